import 'reflect-metadata';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema, Directive, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { DomainError } from '../errors/domain-error';
import {
  ConnectionOf,
  afterKey,
  compareKeys,
  decodeCursor,
  encodeCursor,
  pageFromList,
  pageFromRows,
  type CursorKey,
  type Page,
} from './connection';

const UUID_A = '0a0a0a0a-0000-4000-8000-000000000001';

/** The code and field of the error `run` throws. */
function refusal(run: () => unknown): { code: string; field: unknown } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    return { code: e.code, field: e.extensions.field };
  }
  throw new Error('expected a refusal');
}

describe('cursors', () => {
  it('round-trip a key of strings and numbers, opaque and URL-safe', () => {
    const key: CursorKey = ['2026-12-03T09:30:00.000Z', UUID_A, 42];
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(UUID_A);
    expect(decodeCursor(cursor)).toEqual(key);
    expect(decodeCursor(cursor, 3)).toEqual(key);
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['JSON that is not an array', encodeCursor([1]).replace(/./, 'x')],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
    ['an empty key', Buffer.from('[]').toString('base64url')],
    ['a key with a null', Buffer.from('[1,null]').toString('base64url')],
    ['a key with an object', Buffer.from('[1,{}]').toString('base64url')],
    ['an empty string', ''],
  ])('refuse %s with BAD_USER_INPUT naming `after`', (_what, cursor) => {
    expect(refusal(() => decodeCursor(cursor))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("refuse another list's cursor (a key of another length)", () => {
    expect(refusal(() => decodeCursor(encodeCursor([5]), 2))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('check each part of a keyset cursor before it reaches a query', () => {
    const parts = ['instant', 'uuid', 'integer'] as const;
    const key = ['2026-12-03T09:30:00.123Z', UUID_A, 7];
    expect(afterKey(undefined, parts)).toBeNull();
    expect(afterKey(null, parts)).toBeNull();
    expect(afterKey(encodeCursor(key), parts)).toEqual(key);
    for (const bad of [
      ['2026-12-03', UUID_A, 7],
      ['2026-13-45T09:30:00Z', UUID_A, 7],
      ['2026-12-03T09:30:00Z', 'not-a-uuid', 7],
      ['2026-12-03T09:30:00Z', UUID_A, 7.5],
      ['2026-12-03T09:30:00Z', UUID_A, '7'],
      ['2026-12-03T09:30:00Z', UUID_A],
    ]) {
      expect(refusal(() => afterKey(encodeCursor(bad), parts))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    }
    expect(refusal(() => afterKey('', ['string']))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('order keys part by part: numbers as numbers, strings by code unit, shorter first', () => {
    expect(compareKeys([2], [10])).toBeLessThan(0);
    expect(compareKeys(['b'], ['a'])).toBeGreaterThan(0);
    expect(compareKeys(['a', 1], ['a', 1])).toBe(0);
    expect(compareKeys(['a'], ['a', 1])).toBeLessThan(0);
    expect(compareKeys(['B'], ['a'])).toBeLessThan(0);
  });
});

describe('pageFromRows (a keyset query fetched with one row more than asked for)', () => {
  const keyOf = (n: number): CursorKey => [n];

  it('shows `first` rows, and says a next page exists when the extra row came', () => {
    const page = pageFromRows([5, 4, 3], 2, keyOf);
    expect(page.edges.map((e) => e.node)).toEqual([5, 4]);
    expect(page.edges.map((e) => decodeCursor(e.cursor))).toEqual([[5], [4]]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([4]) });
  });

  it('says no next page when no extra row came', () => {
    const page = pageFromRows([5, 4], 2, keyOf);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor([4]) });
  });

  it('gives an empty page no end cursor', () => {
    expect(pageFromRows([], 20, keyOf)).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});

describe('pageFromList (a list sorted in memory)', () => {
  const items = [
    { due: '2026-01-01', id: 'c' },
    { due: '2026-01-01', id: 'd' },
    { due: '2026-02-01', id: 'a' },
    { due: '2026-03-01', id: 'b' },
    { due: '9999', id: 'e' },
  ];
  const keyOf = (i: { due: string; id: string }): CursorKey => [i.due, i.id];
  const ids = (p: { edges: { node: { id: string } }[] }) => p.edges.map((e) => e.node.id);

  it('walks every item exactly once, page by page, in the list order', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Page<(typeof items)[number]> = pageFromList(items, { first: 2, after }, keyOf);
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['c', 'd', 'a', 'b', 'e']);
  });

  it('continues after the key of the cursor even when that item is gone', () => {
    const after = encodeCursor(['2026-01-15', 'zz']);
    expect(ids(pageFromList(items, { first: 10, after }, keyOf))).toEqual(['a', 'b', 'e']);
  });

  it('refuses an empty cursor rather than starting over', () => {
    expect(refusal(() => pageFromList(items, { first: 2, after: '' }, keyOf))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('pages a descending list the same way', () => {
    const newest = [...items].reverse();
    const first = pageFromList(newest, { first: 2 }, keyOf, { descending: true });
    expect(ids(first)).toEqual(['e', 'b']);
    const next = pageFromList(newest, { first: 2, after: first.pageInfo.endCursor }, keyOf, {
      descending: true,
    });
    expect(ids(next)).toEqual(['a', 'd']);
    expect(next.pageInfo.hasNextPage).toBe(true);
  });

  it('answers an empty page after the last item, and an empty list with any cursor', () => {
    const last = encodeCursor(keyOf(items.at(-1)!));
    expect(pageFromList(items, { first: 2, after: last }, keyOf)).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    expect(pageFromList([], { first: 2, after: last }, keyOf).edges).toEqual([]);
  });

  it('refuses a cursor that is not of this list', () => {
    expect(
      refusal(() => pageFromList(items, { first: 2, after: encodeCursor([1]) }, keyOf)),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('ConnectionOf', () => {
  @ObjectType('SpecThing', { description: 'A thing.' })
  class Thing {
    @Field(() => String, { description: 'Its name.' })
    name!: string;
  }

  @ObjectType('SpecOther', { description: 'Another thing.' })
  class Other {
    @Field(() => String, { description: 'Its name.' })
    name!: string;
  }

  @ObjectType('SpecThingConnection', { description: 'Things, a page at a time.' })
  class ThingConnection extends ConnectionOf(Thing, 'SpecThing', { noun: 'thing' }) {}

  @Directive('@shareable')
  @ObjectType('SpecOtherConnection', { description: 'Others, a page at a time.' })
  class OtherConnection extends ConnectionOf(Other, 'SpecOther', {
    noun: 'other',
    nullableNode: true,
    shareable: true,
  }) {}

  @Resolver()
  class SpecResolver {
    @Query(() => ThingConnection, { description: 'Things.' })
    things(): ThingConnection {
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }

    @Query(() => OtherConnection, { description: 'Others.' })
    others(): OtherConnection {
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }
  }

  it('gives each node type its own Connection and Edge types, described, and nothing else', async () => {
    const schema = await buildSchema({ resolvers: [SpecResolver], skipCheck: true });
    const sdl = printSchemaWithDirectives(schema);
    expect(sdl).toContain('type SpecThingConnection {');
    expect(sdl).toMatch(/type SpecThingEdge \{[^}]*node: SpecThing!/);
    expect(sdl).toMatch(/type SpecOtherEdge @shareable \{[^}]*node: SpecOther\n/);
    expect(sdl).toMatch(/type SpecOtherConnection @shareable \{/);
    expect(sdl).toMatch(/type SpecThingEdge \{/);
    expect(sdl).toContain('edges: [SpecThingEdge!]!');
    expect(sdl).toContain('pageInfo: PageInfo!');
    expect(sdl).toContain('One thing of a page, with its cursor.');
    expect(sdl).not.toMatch(/^type Connection\b/m);
  });
});
