/**
 * Every `extensions.code` a client can see. Clients may switch on these: they are a contract,
 * so codes are only ever added, never renamed.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'VERSION_CONFLICT',
  'REVIEW_TOO_LATE',
  'INVALID_TRANSITION',
  'CONSENT_REQUIRED',
  'AGENCY_UNAVAILABLE',
  'AGENCY_UNKNOWN',
  'AGENCY_SCHEMA_MISMATCH',
  'SERVICE_UNAVAILABLE',
  /** The disclosure audit could not be written, so the subgraph withheld the data. */
  'AUDIT_UNAVAILABLE',
  /**
   * The gateway runs only its trusted documents (ADR 0032) and the request named none of them by
   * id (HTTP 400, before any parsing).
   */
  'PERSISTED_QUERY_NOT_LISTED',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes produced by graphql-js and Apollo Server for malformed requests; safe to pass through. */
export const REQUEST_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
] as const;

const KNOWN = new Set<string>([...ERROR_CODES, ...REQUEST_ERROR_CODES]);

export function isKnownErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && KNOWN.has(code);
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
