import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-codes';

/** Extra, client-safe facts about an error (never hosts, SQL or stack frames). */
export type ErrorDetails = Record<
  string,
  string | number | boolean | null | string[] | { field: string; message: string }[]
>;

/**
 * A failure the caller can act on. Services throw these; the error formatter turns them into
 * GraphQL errors with a stable `extensions.code`. Anything else is an internal error and is
 * masked.
 */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'DomainError';
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'A valid token is required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('FORBIDDEN', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} was not found`, { entity, id });
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('CONFLICT', message, details);
  }
}

export class VersionConflictError extends DomainError {
  constructor(entity: string, id: string, expectedVersion: number) {
    super(
      'VERSION_CONFLICT',
      `${entity} ${id} was changed by someone else since version ${expectedVersion}; reload and try again`,
      { entity, id, expectedVersion },
    );
  }
}

export class ConsentRequiredError extends DomainError {
  /** @param reason set when consent could not be checked (the decision service was unreachable) */
  constructor(category: string, reason?: string) {
    super(
      'CONSENT_REQUIRED',
      reason
        ? `Consent to share ${category} information could not be checked, so it is withheld`
        : category === 'UNCATEGORISED'
          ? 'This record is shared only with the agencies that hold it'
          : `The service user has not consented to share ${category} information with your agency`,
      reason ? { category, reason } : { category },
    );
  }
}
