import { ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { addNormaliser, type Normaliser } from './normalise';

/**
 * The input rules every subgraph shares, as class-validator decorators for type-graphql input
 * and args classes (and for the bodies of internal endpoints). type-graphql validates an input
 * before its resolver runs (see ./validate-input); a failure is BAD_USER_INPUT naming the field,
 * with the same message wherever the rule is used. A value that passes is then normalised in
 * place (text trimmed, UUIDs lower-cased), so resolvers and services get it as it is stored.
 *
 * Absent values (null, undefined) are not checked: whether a field may be absent is the schema's
 * to say (a non-null field), or a rule of the service when it depends on other fields.
 */
export interface InputRuleOptions extends ValidationOptions {
  /**
   * The field an error names, when it is not the property's own name: `needs.id` for the id of a
   * need given in `needs`. Default: the property's name.
   */
  field?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A real calendar date written YYYY-MM-DD (not 2025-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The message for a value that is not a calendar date (see isCalendarDate). */
export const calendarDateMessage = (field: string) => `${field} must be a date as YYYY-MM-DD`;

function inputRule(
  name: string,
  isValid: (value: unknown) => boolean,
  message: (field: string) => string,
  normalise: Normaliser | null,
  { field, ...options }: InputRuleOptions,
): PropertyDecorator {
  const validate = ValidateBy(
    {
      name,
      validator: {
        validate: (value) => isValid(value),
        defaultMessage: (args) => message(field ?? args?.property ?? name),
      },
    },
    field === undefined
      ? options
      : { ...options, context: { ...(options.context as object), field } },
  );
  return (target, property) => {
    validate(target, property);
    if (normalise) addNormaliser(target.constructor, property, normalise, options.each);
  };
}

/**
 * An empty string counts as absent: the field's other rules are not checked (for an optional id
 * or date a client may send as ""). The service still sees "", and treats it as absent.
 */
export function SkipIfEmpty(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== '');
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Text a client must give: 1 to `max` characters once trimmed; stored trimmed. */
export function RequiredText(max: number, options: InputRuleOptions = {}): PropertyDecorator {
  return inputRule(
    'requiredText',
    (value) => trimmed(value).length > 0 && trimmed(value).length <= max,
    (field) => `${field} needs 1 to ${max} characters`,
    (value) => trimmed(value),
    options,
  );
}

/**
 * Text of at least `min` characters once trimmed: with RequiredText, written above it (so that
 * RequiredText, registered first, is checked first).
 */
export function MinText(min: number, options: InputRuleOptions = {}): PropertyDecorator {
  return inputRule(
    'minText',
    (value) => trimmed(value).length >= min,
    (field) => `${field} needs at least ${min} characters`,
    null,
    options,
  );
}

/** Text a client may give: at most `max` characters once trimmed; blank is stored as null. */
export function OptionalText(max: number, options: InputRuleOptions = {}): PropertyDecorator {
  return inputRule(
    'optionalText',
    (value) => typeof value === 'string' && trimmed(value).length <= max,
    (field) => `${field} is longer than ${max} characters`,
    (value) => trimmed(value) || null,
    options,
  );
}

/** An id that must be a UUID before it reaches SQL; stored lower-cased. */
export function IsUuidValue(options: InputRuleOptions = {}): PropertyDecorator {
  return inputRule(
    'isUuidValue',
    isUuid,
    (field) => `${field} must be a UUID`,
    (value) => (value as string).toLowerCase(),
    options,
  );
}

/** A calendar date as YYYY-MM-DD, a real one (see isCalendarDate). */
export function IsCalendarDate(options: InputRuleOptions = {}): PropertyDecorator {
  return inputRule('isCalendarDate', isCalendarDate, calendarDateMessage, null, options);
}
