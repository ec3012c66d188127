import type { KeyLike } from 'jose';
import type { Identity } from '../identity/identity';
import {
  CASE_MANAGEMENT_ISSUER,
  RequestTokenError,
  agencyAudience,
  signRequestToken,
  verifyRequestToken,
  type ReplayStore,
} from '../identity/request-token';
import { httpPost, type HttpAnswer } from './http-client';

/** Path where case-management asks an agency instance which of some staff ids are its staff. */
export const STAFF_STATUS_PATH = '/internal/staff-status';

/** At most this many staff ids in one question. */
export const MAX_STAFF_STATUS_BATCH = 1000;

export interface StaffStatusRequestDto {
  staffIds: string[];
}

/** A member of the agency's staff, as case-management is told; ids not on the staff are absent. */
export interface StaffStatusDto {
  id: string;
  /** false once the agency's administrator deactivated them. */
  active: boolean;
  /** KEY_WORKER, CASE_MANAGER, SUPERVISOR... */
  role: string;
}

export interface StaffStatusResponseDto {
  staff: StaffStatusDto[];
}

/** case-management's signing key for its calls to agency instances. */
export interface CaseManagementCredentials {
  privateKey: KeyLike;
  kid?: string;
  /** default 3000 */
  timeoutMs?: number;
}

/** An agency instance did not answer, or answered with an error. */
export class AgencyCallError extends Error {
  constructor(
    readonly agencyCode: string,
    message: string,
  ) {
    super(message);
    this.name = 'AgencyCallError';
  }
}

/**
 * POSTs JSON to one of an agency instance's internal routes, signed by case-management (issuer
 * `case-management`, audience `agency:<code>`), bound to the body and used once, on behalf of
 * `identity` (the user whose request case-management is serving). The agency's URL is its
 * directory entry's; only its origin is used. Throws AgencyCallError when the agency cannot be
 * reached in time or refuses.
 */
export async function postToAgency<T>(
  creds: CaseManagementCredentials,
  agency: { code: string; url: string },
  path: string,
  payload: unknown,
  identity: Identity,
): Promise<T> {
  const body = JSON.stringify(payload);
  const token = await signRequestToken({
    issuer: CASE_MANAGEMENT_ISSUER,
    audience: agencyAudience(agency.code),
    identity,
    body,
    key: creds.privateKey,
    ...(creds.kid ? { kid: creds.kid } : {}),
  });
  let res: HttpAnswer;
  try {
    // Over a kept-alive pool per agency origin, as every call between servers (ADR 0053).
    res = await httpPost(
      new URL(path, agency.url).href,
      { headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body },
      creds.timeoutMs ?? 3000,
    );
  } catch (cause) {
    throw new AgencyCallError(
      agency.code,
      `agency ${agency.code} did not answer: ${cause instanceof Error ? cause.name : 'error'}`,
    );
  }
  if (!res.ok) {
    throw new AgencyCallError(agency.code, `agency ${agency.code} answered ${res.status}`);
  }
  try {
    return (await res.json()) as T;
  } catch {
    throw new AgencyCallError(agency.code, `agency ${agency.code} answered malformed JSON`);
  }
}

/**
 * Verifies, on an agency instance, a call from case-management: signed with case-management's
 * key from the directory, for this agency, bound to the body, used once. Returns the identity
 * case-management acts for. Throws RequestTokenError on any doubt, and when the directory names
 * no key for case-management (then no such call is answered): the route answers 401.
 */
export async function verifyCaseManagementCall(
  token: string | undefined,
  body: Buffer,
  o: { agencyCode: string; key: KeyLike | undefined; replay: ReplayStore },
): Promise<Identity> {
  if (!o.key) throw new RequestTokenError('the directory names no key for case-management');
  return verifyRequestToken({
    token,
    body,
    issuer: CASE_MANAGEMENT_ISSUER,
    audience: agencyAudience(o.agencyCode),
    key: o.key,
    replay: o.replay,
  });
}
