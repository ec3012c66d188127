import {
  BadInputError,
  decodeCursor,
  isUuid,
  pageFromRows,
  purposeOfUse,
  type ConsentSubject,
  type CursorKey,
  type Page,
  type PageArgs,
} from '@icp/shared';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CmContext } from '../kernel/context';

/*
 * Paging lists of protected records (ADR 0045 over ADR 0017). Consent enforcement leaves out of
 * a plain list every record the reader may not see at all; a connection's `edges` are not records,
 * so a resolver of a connection filters first and pages what is left: no edge, no cursor and no
 * `hasNextPage` ever stands for a hidden record.
 */

/** Whose a record is, as its type's consent subject resolver says. */
export type SubjectOf<T> = (item: T, ctx: CmContext) => ConsentSubject | Promise<ConsentSubject>;

/** Category deciding whether a record shows in a list at all: its own, else the plan summary. */
const LISTING_CATEGORY = 'CARE_PLAN_SUMMARY';

/**
 * The records the reader may see at all, in their order: the rule consent enforcement applies to
 * plain lists of protected records (shared/src/consent/enforce-consent.ts, filterProtectedLists).
 */
export async function shownRecords<T>(
  items: readonly T[],
  typeName: string,
  subjectOf: SubjectOf<T>,
  ctx: CmContext,
): Promise<T[]> {
  const shown = await Promise.all(
    items.map(async (item) => {
      const subject = await subjectOf(item, ctx);
      const verdict = await ctx.consent.verdict(
        subject,
        subject.category ?? LISTING_CATEGORY,
        purposeOfUse(subject, typeName, { scalar: true }),
      );
      return verdict.allowed;
    }),
  );
  return items.filter((_, i) => shown[i]);
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
