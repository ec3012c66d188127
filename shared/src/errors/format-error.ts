import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from './domain-error';
import { isKnownErrorCode } from './error-codes';
import { invalidInput } from './invalid-input';
import { validationFailures } from './validation-failures';

/** Extension keys that may reach a client besides `code`. Everything else is dropped. */
const SAFE_EXTENSION_KEYS = new Set([
  'code',
  'category',
  'agencyCode',
  'entity',
  'id',
  'expectedVersion',
  'field',
  'reason',
  'from',
  'to',
  /** When several input fields fail validation: each, as `{ field, message }` (`field`: the first). */
  'fields',
  /** DUPLICATE_SUSPECTED: the ids of the service users the new one may duplicate. */
  'candidates',
]);

const INTERNAL_MESSAGE = 'Internal server error';

function safeExtensions(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extensions ?? {})) {
    if (SAFE_EXTENSION_KEYS.has(key)) out[key] = value;
  }
  return out;
}

/**
 * One error formatter for every server in the federation. Domain errors and request errors keep
 * their message and code; anything else becomes a generic internal error, so stack traces, SQL
 * and internal URLs never reach a client.
 *
 * @param onInternal called with the original error of every masked error, for logging.
 */
export function createErrorFormatter(onInternal: (error: unknown) => void = () => undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      // Input validation (../validation) before a resolver ran: the first failing field is the
      // error's message and field, as a service's own BAD_USER_INPUT would be; when several
      // fields fail, `fields` lists them all.
      const invalid = invalidInput(validationFailures(original.extensions.validationErrors));
      return {
        message: invalid.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: 'BAD_USER_INPUT', ...invalid.details },
      };
    }
    if (original instanceof DomainError) {
      return {
        message: original.message,
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: safeExtensions({ ...original.details, code: original.code }),
      };
    }
    const code = formatted.extensions?.code;
    if (isKnownErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
      return {
        message: stripUrls(formatted.message),
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: safeExtensions(formatted.extensions),
      };
    }
    onInternal(original);
    return {
      message: INTERNAL_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Removes anything that looks like a URL or host:port, in case a library put one in a message. */
export function stripUrls(message: string): string {
  return message
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"')]+/gi, '[internal]')
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, '[internal]')
    .replace(/\blocalhost:\d+\b/gi, '[internal]');
}
