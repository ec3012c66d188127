import { BadInputError, type ErrorDetails } from './domain-error';
import type { FieldFailure } from './validation-failures';

/** When nothing more precise is known: never type-graphql's bare "Argument Validation Error". */
const GENERIC_MESSAGE = 'The input is not valid';

/**
 * The extensions of one BAD_USER_INPUT for several failing fields, as every server gives them:
 * `field` the first failing field (its message is the error's message) and, when more than one
 * fails, `fields` listing each as `{ field, message }`.
 */
export function invalidInputDetails(failures: readonly FieldFailure[]): ErrorDetails {
  const [first] = failures;
  return {
    ...(first ? { field: first.field } : {}),
    ...(failures.length > 1
      ? { fields: failures.map(({ field, message }) => ({ field, message })) }
      : {}),
  };
}

/** One BAD_USER_INPUT naming every failing field (see invalidInputDetails). */
export function invalidInput(failures: readonly FieldFailure[]): BadInputError {
  return new BadInputError(failures[0]?.message ?? GENERIC_MESSAGE, invalidInputDetails(failures));
}

/**
 * The problems of one input, collected so that a client is told every one at once rather than
 * one per attempt: the rules that depend on several fields, on stored records or on the
 * directory (what class-validator cannot check) add theirs, then `throwIfAny`.
 */
export class FieldFailures {
  private readonly failures: FieldFailure[] = [];

  add(field: string, message: string): this {
    this.failures.push({ field, message });
    return this;
  }

  addAll(failures: readonly FieldFailure[]): this {
    this.failures.push(...failures);
    return this;
  }

  get list(): readonly FieldFailure[] {
    return this.failures;
  }

  /** Throws one BAD_USER_INPUT naming every failure collected; returns when there is none. */
  throwIfAny(): void {
    if (this.failures.length > 0) throw invalidInput(this.failures);
  }
}
