/** Puts a valid value in the form it is stored in (trimmed, lower-cased, …). */
export type Normaliser = (value: unknown) => unknown;

/** input class → property → its normaliser; filled by the decorators in ./constraints. */
const normalisers = new Map<Function, Map<string | symbol, Normaliser>>();

export function addNormaliser(
  target: Function,
  property: string | symbol,
  normalise: Normaliser,
  each = false,
): void {
  const own = normalisers.get(target) ?? new Map<string | symbol, Normaliser>();
  own.set(property, each ? (v) => (Array.isArray(v) ? v.map(normalise) : normalise(v)) : normalise);
  normalisers.set(target, own);
}

/**
 * Normalises a validated input in place: every property with a normalising constraint, in the
 * input and in the inputs nested in it (arrays included). Absent values (null, undefined) stay as
 * they are. Only ever called on values that passed validation.
 */
export function normaliseInput(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) normaliseInput(item);
    return;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return;
  const record = value as Record<string | symbol, unknown>;
  const done = new Set<string | symbol>();
  for (
    let proto: unknown = Object.getPrototypeOf(value);
    proto !== null && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const [key, normalise] of normalisers.get((proto as object).constructor) ?? []) {
      if (done.has(key)) continue; // a subclass's own rule wins over its parent's
      done.add(key);
      if (record[key] !== null && record[key] !== undefined) record[key] = normalise(record[key]);
    }
  }
  for (const key of Object.keys(record)) normaliseInput(record[key]);
}
