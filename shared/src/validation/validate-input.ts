import {
  ValidationTypes,
  getMetadataStorage as getValidationMetadata,
  validateSync,
  type ValidationError,
  type ValidatorOptions,
} from 'class-validator';
import { ArgumentValidationError, getMetadataStorage } from 'type-graphql';
import { invalidInput } from '../errors/invalid-input';
import { validationFailures } from '../errors/validation-failures';
import { controlCharacterErrors } from './control-characters';
import { normaliseInput } from './normalise';

const OPTIONS: ValidatorOptions = {
  // Absent values are the schema's to allow or refuse (see ./constraints).
  skipMissingProperties: true,
  // A class without constraints is valid, not "unknown".
  forbidUnknownValues: false,
  // One message per field: the first constraint it fails.
  stopAtFirstError: true,
};

function validateObjects(value: unknown): ValidationError[] {
  // Control characters first, in any text of the input: they are refused whatever the field's
  // other rules (NUL would fail the write; see ./control-characters).
  const control = controlCharacterErrors(value);
  if (control.length > 0) return control;
  return classValidatorErrors(value);
}

function classValidatorErrors(value: unknown): ValidationError[] {
  if (Array.isArray(value)) return value.flatMap(classValidatorErrors);
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  return validateSync(value, OPTIONS);
}

/**
 * type-graphql's `validateFn` for every subgraph: validates an argument (an input or args class
 * instance; scalars are left to their GraphQL type) with class-validator, then normalises it in
 * place. A failure is type-graphql's ArgumentValidationError, which the error formatter answers
 * as BAD_USER_INPUT naming the first failing field; a text holding a control character fails
 * first, whatever its field's rules.
 */
export function validateInput(argValue: unknown): void {
  const errors = validateObjects(argValue);
  if (errors.length > 0) throw new ArgumentValidationError(errors);
  normaliseInput(argValue);
}

/**
 * The same rules for a body outside GraphQL (an internal endpoint): a flat object of `Input`'s
 * properties, validated and normalised; one BAD_USER_INPUT naming every failing field.
 */
export function checkInput<T extends object>(Input: new () => T, body: object): T {
  const input = Object.assign(new Input(), body);
  const failures = validationFailures(validateObjects(input));
  if (failures.length > 0) throw invalidInput(failures);
  normaliseInput(input);
  return input;
}

/**
 * class-validator descends into a nested input only through @ValidateNested(); without it the
 * nested input's rules would silently not run. Fails when an input or args class has a field of
 * an input type without it. Call after type-graphql has built its schema (its metadata is
 * complete then).
 */
export function assertNestedInputsValidated(): void {
  const graphql = getMetadataStorage();
  const inputClasses = new Set<unknown>(graphql.inputTypes.map((t) => t.target));
  const owners = new Set<Function>([
    ...graphql.inputTypes.map((t) => t.target),
    ...graphql.argumentTypes.map((t) => t.target),
  ]);
  const validation = getValidationMetadata();
  const missing = graphql.fields
    .filter((f) => owners.has(f.target) && inputClasses.has(f.getType()))
    .filter(
      (f) =>
        !validation
          .getTargetValidationMetadatas(f.target, '', false, false)
          .some((m) => m.propertyName === f.name && m.type === ValidationTypes.NESTED_VALIDATION),
    )
    .map((f) => `${f.target.name}.${f.name}`);
  if (missing.length > 0) {
    throw new Error(`Add @ValidateNested() to the nested inputs ${missing.join(', ')}`);
  }
}
