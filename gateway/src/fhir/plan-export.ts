/**
 * Exports one care plan version as FHIR on a caller's behalf (ADR 0041): runs the export's
 * GraphQL operations through the gateway's own Apollo server with the caller's context, so that
 * the subgraphs decide consent and write the disclosure audit exactly as for the same query sent
 * to /graphql, and maps what the caller was given to a Bundle.
 */
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Bundle } from '@medplum/fhirtypes';
import type { GatewayContext } from '../request/gateway-context';
import type { FieldError } from './export-context';
import { PlanNotExportable, planBundle } from './plan-bundle';
import {
  CONSENT_PAGE_QUERY,
  PLAN_CURRENT_VERSION_QUERY,
  PLAN_EXPORT_QUERY,
} from './plan-export.document';
import {
  nextCursor,
  nodes,
  type ConsentData,
  type Listed,
  type PlanExportData,
} from './plan-export.data';

/** A refusal of the export, with the HTTP status and stable code it is answered with. */
export class PlanExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Answer<T> {
  data: T | null;
  errors: readonly GraphQLFormattedError[];
  status: number;
}

async function run<T>(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  query: string,
  operationName: string,
  variables: Record<string, unknown>,
): Promise<Answer<T>> {
  const response = await apollo.executeOperation<T & Record<string, unknown>>(
    { query, operationName, variables },
    { contextValue: context },
  );
  if (response.body.kind !== 'single') throw new Error('The export expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data: data ?? null, errors: errors ?? [], status: response.http.status ?? 200 };
}

const codeOf = (e: GraphQLFormattedError) =>
  typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';

const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONSENT_REQUIRED: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  SERVICE_UNAVAILABLE: 503,
};

/** Where an error means there is no plan, version or person to export. */
const ESSENTIAL = new Set([
  'carePlan',
  'carePlan.versionAt',
  'carePlan.case',
  'carePlan.case.serviceUser',
]);

/**
 * The refusal an answer without the plan gives: the request's own error (no path), or the error
 * at what is missing; else not found (a plan the caller may not know of is not found, ADR 0026).
 */
function refusal(errors: readonly GraphQLFormattedError[], fallback: string): PlanExportError {
  const atPlan = errors.find((e) => !e.path || ESSENTIAL.has(e.path.join('.')));
  if (!atPlan) return new PlanExportError(404, 'NOT_FOUND', fallback);
  const code = codeOf(atPlan);
  return new PlanExportError(STATUS_OF[code] ?? 502, code, atPlan.message);
}

const fieldErrors = (errors: readonly GraphQLFormattedError[]) =>
  errors
    .filter((e) => e.path)
    .map((e): FieldError => ({
      path: e.path!,
      code: codeOf(e),
      ...(typeof e.extensions?.category === 'string' ? { category: e.extensions.category } : {}),
    }));

/** At most this many pages of consents are read (100 each). */
const MAX_CONSENT_PAGES = 50;

/**
 * Every consent of the service user the caller may read, a page after the other. Their errors
 * are added to `errors` at the place the records take in the whole list.
 */
async function allConsents(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  serviceUserId: string,
  errors: FieldError[],
): Promise<Listed<ConsentData> | null> {
  const edges: { node: ConsentData }[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_CONSENT_PAGES; page += 1) {
    const more = await run<{ serviceUser: { consents: Listed<ConsentData> | null } | null }>(
      apollo,
      context,
      CONSENT_PAGE_QUERY,
      'FhirPlanConsents',
      { serviceUserId, after: after ?? null },
    );
    const offset = edges.length;
    for (const e of fieldErrors(more.errors)) {
      const [, , , index, ...rest] = e.path; // serviceUser.consents.edges.<i>...
      const at = typeof index === 'number' ? ['edges', offset + index, ...rest] : [];
      errors.push({ ...e, path: ['carePlan', 'case', 'serviceUser', 'consents', ...at] });
    }
    const list = more.data?.serviceUser?.consents;
    if (page === 0 && !list) return null;
    edges.push(...nodes(list).map((node) => ({ node })));
    after = nextCursor(list);
    if (!after) break;
  }
  return { edges };
}

/**
 * The Bundle of the plan's version `version` (default: the current one) as `context`'s caller may
 * read it. Throws PlanExportError when there is nothing the caller may export.
 */
export async function exportPlan(
  apollo: ApolloServer<GatewayContext>,
  context: GatewayContext,
  o: { planId: string; version?: number; baseUrl: string },
): Promise<Bundle> {
  let version = o.version;
  if (version === undefined) {
    const current = await run<{ carePlan: { version: number | null } | null }>(
      apollo,
      context,
      PLAN_CURRENT_VERSION_QUERY,
      'FhirPlanCurrentVersion',
      { planId: o.planId },
    );
    const v = current.data?.carePlan?.version;
    if (typeof v !== 'number') throw refusal(current.errors, 'No such care plan that you may read');
    version = v;
  }
  const answer = await run<PlanExportData>(apollo, context, PLAN_EXPORT_QUERY, 'FhirPlanExport', {
    planId: o.planId,
    version,
    nextVersion: version + 1,
  });
  if (!answer.data) throw refusal(answer.errors, 'The export failed');
  const errors = fieldErrors(answer.errors);
  const su = answer.data.carePlan?.case?.serviceUser;
  // The consents are read only for a plan there is to export: every read is a disclosure.
  if (su && answer.data.carePlan?.versionAt)
    su.consents = await allConsents(apollo, context, su.id, errors);
  try {
    return planBundle(answer.data, errors, { baseUrl: o.baseUrl });
  } catch (error) {
    if (error instanceof PlanNotExportable) throw refusal(answer.errors, error.message);
    throw error;
  }
}
