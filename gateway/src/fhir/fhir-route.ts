/**
 * The gateway's FHIR endpoint (ADR 0041): `GET /fhir/CarePlan/{planId}/$export[?version=N]`
 * answers a FHIR R4 Bundle of that version of the care plan (default: the current one), as the
 * caller may read it. The caller authenticates exactly as for /graphql (the same bearer token,
 * the same `authenticate`), and the export waits its turn with the GraphQL requests (the same
 * admission). Refusals are FHIR OperationOutcomes with the API's stable error codes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { OperationOutcome } from '@medplum/fhirtypes';
import { HttpError, type Admission, type HttpMiddleware, type Identity } from '@icp/shared';
import type { GatewayContext } from '../request/gateway-context';
import { PlanExportError, exportPlan } from './plan-export';

/** Where the gateway's FHIR endpoints live. */
export const FHIR_PATH = '/fhir';

const EXPORT_PATH = /^\/fhir\/CarePlan\/([A-Za-z0-9\-.]{1,64})\/\$export$/;

const ISSUE_OF_STATUS: Record<number, OperationOutcome['issue'][number]['code']> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  405: 'not-supported',
  503: 'transient',
};

/** The error system of the OperationOutcomes: the codes of docs/errors.md. */
export const ERROR_CODE_SYSTEM = 'urn:icp:error-code';

export function operationOutcome(status: number, code: string, message: string): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: ISSUE_OF_STATUS[status] ?? 'exception',
        details: { coding: [{ system: ERROR_CODE_SYSTEM, code }], text: message },
      },
    ],
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/fhir+json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The base of the fullUrls: this endpoint as the caller reached it. */
function baseUrl(req: IncomingMessage): string {
  const host = req.headers.host;
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = forwarded === 'https' ? 'https' : 'http';
  return `${proto}://${host && /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host) ? host : 'localhost'}${FHIR_PATH}`;
}

function requestedVersion(url: URL): number | undefined {
  const v = url.searchParams.get('version');
  if (v === null) return undefined;
  if (!/^[1-9]\d{0,8}$/.test(v))
    throw new PlanExportError(400, 'BAD_USER_INPUT', 'version is a positive whole number');
  return Number(v);
}

export interface FhirRouteOptions {
  apollo: ApolloServer<GatewayContext>;
  /** Establishes the caller, as for /graphql. */
  authenticate: (req: IncomingMessage) => Promise<Identity>;
  admission?: Admission;
  onError?: (error: unknown) => void;
}

/** Answers the FHIR endpoints; every other request goes on. */
export function fhirRoute(o: FhirRouteOptions): HttpMiddleware {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== FHIR_PATH && !url.pathname.startsWith(`${FHIR_PATH}/`)) return next();
    void (async () => {
      try {
        const match = EXPORT_PATH.exec(url.pathname.replace(/%24/gi, '$'));
        if (!match) throw new PlanExportError(404, 'NOT_FOUND', 'No such FHIR endpoint');
        if (req.method !== 'GET')
          throw new PlanExportError(405, 'BAD_REQUEST', 'The export is read with GET');
        req.resume(); // a GET has no body to read
        const identity = await o.authenticate(req);
        res.setHeader('x-request-id', identity.requestId);
        const version = requestedVersion(url);
        const context: GatewayContext = { identity, disclosedCategories: new Set() };
        const work = () =>
          exportPlan(o.apollo, context, {
            planId: match[1]!,
            ...(version !== undefined ? { version } : {}),
            baseUrl: baseUrl(req),
          });
        send(res, 200, await (o.admission ? o.admission.run(work) : work()));
      } catch (error) {
        if (error instanceof PlanExportError || error instanceof HttpError) {
          send(res, error.status, operationOutcome(error.status, error.code, error.message));
          return;
        }
        o.onError?.(error);
        send(res, 500, operationOutcome(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
      }
    })();
  };
}
