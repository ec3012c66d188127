import { DomainError } from './domain-error';

/** A record cannot move from its current state to the one asked for. */
export class InvalidTransitionError extends DomainError {
  constructor(entity: string, from: string, to: string) {
    super('INVALID_TRANSITION', `A ${entity} cannot go from ${from} to ${to}`, {
      entity,
      from,
      to,
    });
  }
}

/**
 * A record cannot move to a state before the time it may: a meeting minuted or finalised before
 * it starts. The same code as any refused transition, with a `reason` saying why.
 */
export class NotYetError extends DomainError {
  constructor(entity: string, from: string, to: string, message: string, reason = 'NOT_YET') {
    super('INVALID_TRANSITION', message, { entity, from, to, reason });
  }
}
