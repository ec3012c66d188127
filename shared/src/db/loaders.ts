import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/**
 * A DataLoader that also tells, without waiting, what it has already loaded (`peek`): code that
 * needs a loaded record on every field of a list (a consent subject, whose case or plan the
 * request has loaded once) then decides synchronously instead of through a promise per field
 * (ADR 0051). The values are those `load` gives; `clear`, `clearAll` and `prime` keep them in step.
 */
export class PeekableLoader<K, V> extends DataLoader<K, V> {
  private readonly settled = new Map<K, V>();
  /** Bumped by every clear: a batch under way across one keeps nothing (it may be stale). */
  private generation = 0;

  constructor(fetch: (keys: readonly K[]) => Promise<V[]>) {
    super(async (keys) => {
      const generation = this.generation;
      const values = await fetch(keys);
      if (generation === this.generation) keys.forEach((k, i) => this.settled.set(k, values[i]!));
      return values;
    });
  }

  /** The value already loaded for `key`; undefined when it has not been (or is still loading). */
  peek(key: K): V | undefined {
    return this.settled.get(key);
  }

  // `prime` needs nothing: DataLoader keeps an entry it has, and a key with no entry has no value
  // here either; a primed value is simply not peeked.
  override clear(key: K): this {
    this.generation += 1;
    this.settled.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.generation += 1;
    this.settled.clear();
    return super.clearAll();
  }
}

/**
 * A loader for rows by a unique key: one query per batch, results in key order, null for
 * missing keys.
 */
export function loaderByKey<K, T>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): PeekableLoader<K, T | null> {
  return new PeekableLoader<K, T | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader for the rows belonging to each key (one-to-many): one query per batch, [] when none. */
export function loaderGroupedBy<K, T>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): PeekableLoader<K, T[]> {
  return new PeekableLoader<K, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, T[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const g = groups.get(k);
      if (g) g.push(r);
      else groups.set(k, [r]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Per-request loader factories that need only the data source, from their `(ds) => loader`
 * makers: `loaders: onDataSource({ caseById: caseByIdLoader })` in a module.
 */
export function onDataSource<L>(makers: { [K in keyof L]: (ds: DataSource) => L[K] }): {
  [K in keyof L]: (ctx: { services: { dataSource: DataSource } }) => L[K];
} {
  const factories = {} as {
    [K in keyof L]: (ctx: { services: { dataSource: DataSource } }) => L[K];
  };
  for (const key of Object.keys(makers) as (keyof L)[]) {
    const make = makers[key];
    factories[key] = (ctx) => make(ctx.services.dataSource);
  }
  return factories;
}
