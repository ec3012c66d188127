import { Max, Min } from 'class-validator';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadInputError } from '../errors/domain-error';
import { isUuid } from '../validation/constraints';

/**
 * Cursor connections (ADR 0045): every list that grows with time or caseload is paged with
 * `first`/`after`, answers `edges { cursor node }` and `pageInfo { hasNextPage endCursor }`, and
 * has no total. A cursor is opaque to clients: the sort key of the last record the reader was
 * shown (never of a record withheld from them), so neither a cursor nor `hasNextPage` over a
 * list filtered by consent tells of a hidden record that the reader could not otherwise count.
 */

/** The most records one page holds. */
export const PAGE_MAX = 100;
/** The records a page holds when `first` is not given. */
export const PAGE_DEFAULT = 20;

const PAGE_SIZE = { message: `first is 1 to ${PAGE_MAX}` };

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: PAGE_DEFAULT,
    description: `How many records to return: 1 to ${PAGE_MAX} (default ${PAGE_DEFAULT}). BAD_USER_INPUT outside that range.`,
  })
  @Min(1, PAGE_SIZE)
  @Max(PAGE_MAX, PAGE_SIZE)
  first!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Return the records after this cursor: `pageInfo.endCursor` of the previous page. Omit for the first page. BAD_USER_INPUT when it is not a cursor of this list.',
  })
  after?: string | null;
}

@Directive('@shareable')
@ObjectType('PageInfo', { description: 'Where a page of a connection ends.' })
export class PageInfo {
  @Field(() => Boolean, {
    description: 'Whether a page follows this one: ask for it with `after: endCursor`.',
  })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last edge of this page; null when the page is empty.',
  })
  endCursor!: string | null;
}

/** A page of a connection, as a resolver returns it. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export interface ConnectionOptions {
  /** What one record is, for the descriptions: "case", "progress note". */
  noun: string;
  /**
   * The node may be null: only where the node is another subgraph's entity that the reader may
   * find nothing readable in (it resolves to null there; the edge itself reveals nothing).
   */
  nullableNode?: boolean;
  /**
   * Marks the edge type `@shareable`: for a connection that more than one subgraph defines (then
   * give the connection class `@Directive('@shareable')` too).
   */
  shareable?: boolean;
}

/**
 * The `XConnection` and `XEdge` object types of a node type, for `@ObjectType() class
 * XConnection extends ConnectionOf(X, …) {}` (type-graphql's generic types).
 */
export function ConnectionOf<T extends object>(
  nodeType: ClassType<T>,
  name: string,
  o: ConnectionOptions,
) {
  @ObjectType(`${name}Edge`, { description: `One ${o.noun} of a page, with its cursor.` })
  class Edge {
    @Field(() => String, {
      description: `Opaque; pass as \`after\` to continue after this ${o.noun}.`,
    })
    cursor!: string;

    @Field(() => nodeType, {
      nullable: o.nullableNode ?? false,
      description: o.nullableNode
        ? `The ${o.noun}; null when nothing of it is readable to you.`
        : `The ${o.noun}.`,
    })
    node!: T;
  }
  if (o.shareable) Directive('@shareable')(Edge);

  @ObjectType()
  abstract class Connection {
    @Field(() => [Edge], { description: `This page's ${o.noun} records, in the list's order.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to ask for them.' })
    pageInfo!: PageInfo;
  }
  return Connection;
}

/** One part of a sort key: what a cursor holds. */
export type CursorKey = readonly (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key in a cursor this API gave; BAD_USER_INPUT (field `after`) for anything else. */
export function decodeCursor(cursor: string, parts?: number): CursorKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length === 0 ||
    (parts !== undefined && key.length !== parts) ||
    !key.every((k) => typeof k === 'string' || typeof k === 'number')
  ) {
    throw new BadInputError('after is not a cursor of this list', { field: 'after' });
  }
  return key;
}

/**
 * A page from records fetched in the list's order with one more than asked for (`LIMIT first +
 * 1` after the cursor's key, a keyset query): the extra record only says a next page exists.
 */
export function pageFromRows<T>(
  rows: readonly T[],
  first: number,
  keyOf: (row: T) => CursorKey,
): Page<T> {
  const shown = rows.slice(0, first);
  const edges = shown.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * A page of a list already in memory and in its order (ascending by `keyOf`, or descending with
 * `descending`): the records after the cursor's key, then as `pageFromRows`.
 */
export function pageFromList<T>(
  items: readonly T[],
  args: { first: number; after?: string | null },
  keyOf: (item: T) => CursorKey,
  o: { descending?: boolean } = {},
): Page<T> {
  let rest = items;
  if (args.after !== undefined && args.after !== null) {
    const sample = items[0];
    const after = decodeCursor(args.after, sample ? keyOf(sample).length : undefined);
    const sign = o.descending ? -1 : 1;
    rest = items.filter((item) => sign * compareKeys(keyOf(item), after) > 0);
  }
  return pageFromRows(rest.slice(0, args.first + 1), args.first, keyOf);
}

/** What one part of a list's sort key is, so that a cursor is checked before it reaches SQL. */
export type CursorPart = 'integer' | 'string' | 'uuid' | 'instant';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function isPart(value: string | number, part: CursorPart): boolean {
  switch (part) {
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'string':
      return typeof value === 'string';
    case 'uuid':
      return isUuid(value);
    case 'instant':
      return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
  }
}

/**
 * The key a keyset page starts after: null without `after` (the first page); BAD_USER_INPUT
 * (field `after`) when `after` is not a cursor of this list — too few or too many parts, or a
 * part of the wrong kind — so that no malformed value reaches a query.
 */
export function afterKey(
  after: string | null | undefined,
  parts: readonly CursorPart[],
): CursorKey | null {
  if (after === undefined || after === null) return null;
  const key = decodeCursor(after, parts.length);
  if (!key.every((k, i) => isPart(k, parts[i]!))) {
    throw new BadInputError('after is not a cursor of this list', { field: 'after' });
  }
  return key;
}

/** Orders two keys part by part (numbers as numbers, strings by code unit). */
export function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}
