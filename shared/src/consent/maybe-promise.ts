/** A value, or a promise of it: what a consent subject resolver may give (ADR 0051). */
export type MaybePromise<T> = T | Promise<T>;

/**
 * `f` of the value: at once when it is there, after it when it is a promise. The synchronous
 * path of consent checks (ADRs 0025, 0051) keeps a known value off the microtask queue.
 */
export function thenMaybe<T, U>(
  value: MaybePromise<T>,
  f: (v: T) => MaybePromise<U>,
): MaybePromise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}
