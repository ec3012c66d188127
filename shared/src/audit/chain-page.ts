import type { DataSource } from 'typeorm';

/** Whose records, and over which period (inclusive), a page of a chain is read from. */
export interface ChainPeriod {
  serviceUserId: string;
  from: Date;
  to: Date;
}

/** A hash-chained table (the disclosure audit, the security events) and how to read its rows. */
export interface ChainTable<R, E> {
  table: string;
  columns: string;
  ofRow: (row: R) => E;
}

/**
 * The newest `limit` records about one service user in the period, newest first, before the
 * chain position `before` when given: a keyset page read backwards along the person's records in
 * chain order (the `(service_user_id, position)` index of each chained table), whatever the length
 * of their history. The one query both chains of every subgraph page with.
 */
export async function newestInChain<R, E>(
  ds: DataSource,
  t: ChainTable<R, E>,
  period: ChainPeriod,
  limit: number,
  before: number | null,
): Promise<E[]> {
  const params: unknown[] = [period.serviceUserId, period.from, period.to, limit];
  if (before !== null) params.push(before);
  const rows = await ds.query<R[]>(
    `SELECT ${t.columns} FROM ${t.table}
      WHERE service_user_id = $1 AND at >= $2 AND at <= $3${before !== null ? ' AND position < $5' : ''}
      ORDER BY position DESC LIMIT $4`,
    params,
  );
  return rows.map(t.ofRow);
}
