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
