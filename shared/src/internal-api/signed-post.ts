import type { KeyLike } from 'jose';
import type { Identity } from '../identity/identity';
import {
  CASE_MANAGEMENT_AUDIENCE,
  agencyServiceIssuer,
  signRequestToken,
} from '../identity/request-token';
import { httpPost } from './http-client';

/** An agency instance's service credentials towards case-management. */
export interface ServiceCredentials {
  /** Base URL of case-management (its GraphQL URL works: only the origin is used), read per call. */
  caseManagementUrl: () => string;
  agencyCode: string;
  privateKey: KeyLike;
  kid?: string;
  /** default 3000 */
  timeoutMs?: number;
}

/** case-management refused or failed an internal call; `code` is its error code. */
export class CaseManagementRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CaseManagementRefusal';
  }

  /** A refusal the caller's own input caused (as opposed to case-management being unwell). */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 401;
  }
}

/** Header carrying the gateway's token for the request an agency is serving. */
export const ON_BEHALF_OF_HEADER = 'x-icp-on-behalf-of';

/** The user request an agency instance is serving: who asks, and the gateway's proof of it. */
export interface OnBehalfOf {
  identity: Identity;
  gatewayToken: string;
}

/**
 * POSTs JSON to one of case-management's internal endpoints, signed with the agency's service
 * credentials and bound to the body, on behalf of the user request being served: the gateway's
 * token for that request goes along, so case-management trusts the reader's identity only as
 * far as the gateway vouched for it.
 */
export async function postToCaseManagement<T>(
  creds: ServiceCredentials,
  path: string,
  payload: unknown,
  behalf: OnBehalfOf,
): Promise<T> {
  const identity = behalf.identity;
  const body = JSON.stringify(payload);
  const token = await signRequestToken({
    issuer: agencyServiceIssuer(creds.agencyCode),
    audience: CASE_MANAGEMENT_AUDIENCE,
    identity,
    body,
    key: creds.privateKey,
    ...(creds.kid ? { kid: creds.kid } : {}),
  });
  // Over a kept-alive pool per case-management origin, as the gateway's hops (ADR 0053).
  const res = await httpPost(
    new URL(path, creds.caseManagementUrl()).href,
    {
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        [ON_BEHALF_OF_HEADER]: behalf.gatewayToken,
      },
      body,
    },
    creds.timeoutMs ?? 3000,
  );
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
    } | null;
    const first = body?.errors?.[0];
    throw new CaseManagementRefusal(
      res.status,
      first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
      first?.message ?? `case-management answered ${res.status}`,
    );
  }
  return (await res.json()) as T;
}
