import {
  In,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  BadInputError,
  afterKey,
  decodeCursor,
  isUuid,
  pageFromRows,
  returnedRows,
  type CursorKey,
  type Page,
  type PageArgs,
} from '@icp/shared';

/*
 * Keyset pages of case-management's lists (ADR 0045). Two ways: pageByInstant, for a list of one
 * table ordered by an instant to the microsecond (ids first, then the records); keysetPage with
 * inInstantOrder, for a query builder ordered to the millisecond, fetching batches until a page of
 * records the reader is shown is full (lists filtered by consent, ../consent/listing).
 */

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

export interface KeysetQuery<T> {
  /** How many parts a cursor of this list has (its sort key, the id last). */
  parts: number;
  /** A record's sort key, as its cursor holds it. */
  keyOf: (row: T) => CursorKey;
  /** Up to `limit` records after `after` (from the start when null), in the list's order. */
  fetch: (after: CursorKey | null, limit: number) => Promise<T[]>;
  /** The records of a batch the reader is shown (consent, a rule SQL cannot say), in order. */
  shown?: (rows: T[]) => Promise<T[]>;
}

/**
 * One page of a list read by keyset (`WHERE (key, id) > cursor ORDER BY key, id LIMIT n`): the
 * records after the cursor's key that the reader is shown, `first` of them, and whether another
 * shown record follows. Batches are fetched until a page is full or the list ends, so records
 * left out after fetching never shorten a page or tell of themselves.
 */
export async function keysetPage<T>(page: PageArgs, q: KeysetQuery<T>): Promise<Page<T>> {
  const want = page.first + 1;
  const out: T[] = [];
  let after = page.after ? decodeCursor(page.after, q.parts) : null;
  for (;;) {
    const rows = await q.fetch(after, want);
    out.push(...(q.shown ? await q.shown(rows) : rows));
    if (out.length >= want || rows.length < want) break;
    after = q.keyOf(rows.at(-1)!);
  }
  return pageFromRows(out.slice(0, want), page.first, q.keyOf);
}

/**
 * An instant as a sort key: its milliseconds since the epoch. SQL orders and compares by
 * {@link msOf} of the column, so the key a cursor holds is exact.
 */
export function msKey(at: Date): number {
  return at.getTime();
}

/** The SQL of a timestamptz column at the precision of a JavaScript `Date`, for keyset order. */
export function msOf(column: string): string {
  return `date_trunc('milliseconds', ${column})`;
}

/** The keyset order of a query over one entity: an instant column, then the id. */
export interface InstantOrder {
  /** The timestamptz column, as SQL names it (`mt.scheduled_for`). */
  column: string;
  /** The id column (`mt.id`); ties are always broken by it ascending. */
  id: string;
  /** Latest first. */
  descending?: boolean;
}

/**
 * Orders a query by instant then id, starts it after a cursor's key (`[ms, id]`, see
 * {@link instantKey}) and limits it: the `fetch` of a {@link keysetPage}.
 */
export function inInstantOrder<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  o: InstantOrder,
  after: CursorKey | null,
  limit: number,
): SelectQueryBuilder<T> {
  const at = msOf(o.column);
  if (after) {
    const keysetId = textOf(after, 1);
    if (!isUuid(keysetId)) throw notACursor();
    const params = { keysetAt: instantOf(after, 0), keysetId };
    qb.andWhere(
      o.descending
        ? `(${at} < :keysetAt OR (${at} = :keysetAt AND ${o.id} > :keysetId))`
        : `(${at}, ${o.id}) > (:keysetAt, :keysetId)`,
      params,
    );
  }
  return qb
    .orderBy(at, o.descending ? 'DESC' : 'ASC')
    .addOrderBy(o.id, 'ASC')
    .limit(limit);
}

/** The cursor key of a record in instant order: `[ms, id]`. */
export function instantKey(at: Date, id: string): CursorKey {
  return [msKey(at), id];
}

/** A cursor's instant part, back as a `Date` for a query parameter. */
export function instantOf(key: CursorKey, i: number): Date {
  const ms = key[i];
  const at = typeof ms === 'number' ? new Date(ms) : null;
  if (!at || Number.isNaN(at.getTime())) throw notACursor();
  return at;
}

/** A cursor's string part (an id). */
export function textOf(key: CursorKey, i: number): string {
  const s = key[i];
  if (typeof s !== 'string') throw notACursor();
  return s;
}

/** BAD_USER_INPUT naming `after`: a cursor not of this list. */
export function notACursor(): BadInputError {
  return new BadInputError('after is not a cursor of this list', { field: 'after' });
}
