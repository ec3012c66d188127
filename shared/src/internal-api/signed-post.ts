import type { KeyLike } from 'jose';
import type { Identity } from '../identity/identity';
import {
  CASE_MANAGEMENT_AUDIENCE,
  agencyServiceIssuer,
  signRequestToken,
} from '../identity/request-token';

/** An agency instance's service credentials towards case-management. */
export interface ServiceCredentials {
  /** Base URL of case-management (its GraphQL URL works: only the origin is used). */
  caseManagementUrl: string;
  agencyCode: string;
  privateKey: KeyLike;
  kid?: string;
  /** default 3000 */
  timeoutMs?: number;
}

/**
 * POSTs JSON to one of case-management's internal endpoints, signed with the agency's service
 * credentials and bound to the body; on behalf of `identity` (the user request being served).
 */
export async function postToCaseManagement<T>(
  creds: ServiceCredentials,
  path: string,
  payload: unknown,
  identity: Identity,
): Promise<T> {
  const body = JSON.stringify(payload);
  const token = await signRequestToken({
    issuer: agencyServiceIssuer(creds.agencyCode),
    audience: CASE_MANAGEMENT_AUDIENCE,
    identity,
    body,
    key: creds.privateKey,
    ...(creds.kid ? { kid: creds.kid } : {}),
  });
  const res = await fetch(new URL(path, creds.caseManagementUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
    signal: AbortSignal.timeout(creds.timeoutMs ?? 3000),
  });
  if (!res.ok) throw new Error(`case-management answered ${res.status} on ${path}`);
  return (await res.json()) as T;
}
