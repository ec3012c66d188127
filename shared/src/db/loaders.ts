import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/**
 * A loader for rows by a unique key: one query per batch, results in key order, null for
 * missing keys.
 */
export function loaderByKey<K, T>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T | null> {
  return new DataLoader<K, T | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader for the rows belonging to each key (one-to-many): one query per batch, [] when none. */
export function loaderGroupedBy<K, T>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T[]> {
  return new DataLoader<K, T[]>(async (keys) => {
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
