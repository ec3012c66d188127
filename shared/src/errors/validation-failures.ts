import type { ValidationError } from 'class-validator';

/** One input field that failed validation, as a client sees it. */
export interface FieldFailure {
  /** The field's name: its property's, or the name a constraint gave it (`needs.id`). */
  field: string;
  message: string;
}

/**
 * class-validator's errors (a tree: nested inputs are children) → one failure per failing field,
 * in the order of the fields in their input classes. A constraint names its field through its
 * context (`{ context: { field } }`, see the decorators in ../validation); otherwise the field is
 * the property's own name, without the names of the inputs around it.
 */
export function validationFailures(errors: readonly ValidationError[]): FieldFailure[] {
  const out: FieldFailure[] = [];
  const visit = (error: ValidationError) => {
    const [constraint, message] = Object.entries(error.constraints ?? {})[0] ?? [];
    if (constraint !== undefined && message !== undefined) {
      const named = (error.contexts?.[constraint] as { field?: unknown } | undefined)?.field;
      out.push({ field: typeof named === 'string' ? named : error.property, message });
    }
    for (const child of error.children ?? []) visit(child);
  };
  for (const error of errors) visit(error);
  return out;
}
