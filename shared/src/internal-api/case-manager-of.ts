/**
 * Path where an agency instance asks case-management, on behalf of the request it serves,
 * which of some service users the reader is the case manager of (the open case's, in its lead
 * agency, with the role): for "who saw my data", which the case manager reads for the person
 * whatever the consents (ADR 0029). It answers about the reader named in the gateway's token
 * only, so it tells an agency nothing about anyone else's cases.
 */
export const CASE_MANAGER_OF_PATH = '/internal/case-manager-of';

/** Most service users in one call. */
export const MAX_CASE_MANAGER_OF_BATCH = 1000;

export interface CaseManagerOfRequest {
  serviceUserIds: string[];
}

export interface CaseManagerOfResponse {
  /** Those of the ids asked whose open case the reader manages; the others are absent. */
  serviceUserIds: string[];
}
