import { DomainError, encodeCursor, type CursorKey, type Page } from '@icp/shared';
import { instantKey, keysetPage, notACursor, type KeysetQuery } from './keyset';

/** Records in keyset order, some hidden from the reader: a list as a keyset query reads it. */
interface Row {
  n: number;
  id: string;
  hidden: boolean;
}

const rows: Row[] = Array.from({ length: 12 }, (_, i) => ({
  n: i,
  id: `r${String(i).padStart(2, '0')}`,
  // Runs of hidden records, one at the very end.
  hidden: [2, 3, 4, 5, 6, 9, 11].includes(i),
}));

function query(fetched: number[] = []): KeysetQuery<Row> {
  return {
    parts: 2,
    keyOf: (r) => [r.n, r.id],
    fetch: (after: CursorKey | null, limit: number) => {
      fetched.push(limit);
      const from = after ? rows.findIndex((r) => r.n > (after[0] as number)) : 0;
      return Promise.resolve(from < 0 ? [] : rows.slice(from, from + limit));
    },
    shown: (batch) => Promise.resolve(batch.filter((r) => !r.hidden)),
  };
}

async function pages(first: number): Promise<{ ids: string[]; cursors: string[] }> {
  const ids: string[] = [];
  const cursors: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<Row> = await keysetPage({ first, after }, query());
    ids.push(...page.edges.map((e) => e.node.id));
    cursors.push(...page.edges.map((e) => e.cursor));
    if (!page.pageInfo.hasNextPage) return { ids, cursors };
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    after = page.pageInfo.endCursor;
  }
}

describe('a keyset page of a list filtered by consent', () => {
  const visible = rows.filter((r) => !r.hidden).map((r) => r.id);

  it.each([1, 2, 3, 5, 100])('pages the shown records, %i at a time, in order', async (first) => {
    expect((await pages(first)).ids).toEqual(visible);
  });

  it('never gives a cursor of a hidden record', async () => {
    const hidden = rows.filter((r) => r.hidden).map((r) => encodeCursor([r.n, r.id]));
    for (const first of [1, 2, 4]) {
      const { cursors } = await pages(first);
      expect(cursors.filter((c) => hidden.includes(c))).toEqual([]);
    }
  });

  it('says no next page when only hidden records follow', async () => {
    // r10 is the last shown record; r11 after it is hidden.
    const page = await keysetPage({ first: 1, after: encodeCursor([8, 'r08']) }, query());
    expect(page.edges.map((e) => e.node.id)).toEqual(['r10']);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('fetches past a run of hidden records to fill a page', async () => {
    const fetched: number[] = [];
    const page = await keysetPage({ first: 2, after: null }, query(fetched));
    expect(page.edges.map((e) => e.node.id)).toEqual(['r00', 'r01']);
    // r07 is the third shown record: it says a next page exists.
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(fetched.length).toBeGreaterThan(1);
  });

  it('answers an empty page for an empty list', async () => {
    const page = await keysetPage(
      { first: 5, after: null },
      { ...query(), fetch: () => Promise.resolve([]) },
    );
    expect(page).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses a cursor not of this list with BAD_USER_INPUT naming after', async () => {
    for (const after of ['not-a-cursor', encodeCursor([1]), encodeCursor([1, 2, 3])]) {
      await expect(keysetPage({ first: 1, after }, query())).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'after' },
      });
    }
    expect(notACursor()).toBeInstanceOf(DomainError);
  });

  it('keys an instant by its milliseconds, then the id', () => {
    expect(instantKey(new Date('2026-12-03T09:30:00.123Z'), 'x')).toEqual([
      Date.parse('2026-12-03T09:30:00.123Z'),
      'x',
    ]);
  });
});
