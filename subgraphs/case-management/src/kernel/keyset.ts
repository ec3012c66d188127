import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { afterKey, pageFromRows, returnedRows, type Page } from '@icp/shared';

/** A list of one table's records in the order of an instant column, then id (ADR 0045). */
export interface InstantKeyset {
  /** The table, as SQL names it. */
  table: string;
  /** The timestamptz column the list is ordered by. */
  column: string;
  /** Newest first (DESC) or oldest first (ASC); ties by id the same way. */
  order: 'ASC' | 'DESC';
  /** The records of the list: an SQL condition over `$1…$n`, and its parameters. */
  where: string;
  params: readonly unknown[];
}

/**
 * One keyset page of a list ordered by an instant and id: `WHERE (column, id) > / < cursor ORDER
 * BY column, id LIMIT first + 1`. The cursor holds the instant as the database has it, to the
 * microsecond (a JavaScript Date keeps only milliseconds, which would repeat or skip records
 * written within one millisecond), so the ids of the page are read first, then the records.
 */
export async function pageByInstant<T extends ObjectLiteral & { id: string }>(
  m: EntityManager,
  entity: EntityTarget<T>,
  list: InstantKeyset,
  page: { first: number; after?: string | null },
): Promise<Page<T>> {
  const after = afterKey(page.after, ['instant', 'uuid']);
  const params: unknown[] = [...list.params];
  let where = `(${list.where})`;
  if (after) {
    params.push(after[0], after[1]);
    const n = params.length;
    const op = list.order === 'ASC' ? '>' : '<';
    where += ` AND (${list.column}, id) ${op} ($${n - 1}::timestamptz, $${n}::uuid)`;
  }
  params.push(page.first + 1);
  const keys = returnedRows<{ id: string; key_at: string }>(
    await m.query(
      `SELECT id, to_char(${list.column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key_at
       FROM ${list.table} WHERE ${where}
       ORDER BY ${list.column} ${list.order}, id ${list.order} LIMIT $${params.length}`,
      params,
    ),
  );
  const records = keys.length
    ? await m.getRepository(entity).findBy({ id: In(keys.map((k) => k.id)) } as never)
    : [];
  const byId = new Map(records.map((r) => [r.id, r]));
  const rows = keys.flatMap((k) => {
    const record = byId.get(k.id);
    return record ? [{ record, key: [k.key_at, k.id] as const }] : [];
  });
  const shown = pageFromRows(rows, page.first, (r) => r.key);
  return {
    edges: shown.edges.map((e) => ({ cursor: e.cursor, node: e.node.record })),
    pageInfo: shown.pageInfo,
  };
}
