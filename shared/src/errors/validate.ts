import { BadInputError } from './domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Refuses an id that is not a UUID with BAD_USER_INPUT, before it reaches SQL. */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw new BadInputError(`${field} must be a UUID`, { field });
  return value.toLowerCase();
}

/**
 * Free text a client must give: trimmed, 1 to `max` characters, else BAD_USER_INPUT naming the
 * field. Anything that is not a string counts as empty.
 */
export function requiredText(value: unknown, field: string, max: number): string {
  const v = typeof value === 'string' ? value.trim() : '';
  if (v.length === 0 || v.length > max) {
    throw new BadInputError(`${field} needs 1 to ${max} characters`, { field });
  }
  return v;
}
