import { useCallback, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError } from 'urql';
import { toDocument } from './client';
import type { TypedDocumentString } from './generated/graphql';
import { listOf } from './lists';

/** A cursor connection as the operations ask for it: its items and where the page ends. */
export interface Connection<T> {
  edges?: readonly ({ node?: T | null } | null)[] | null;
  pageInfo?: { hasNextPage?: boolean | null; endCursor?: string | null } | null;
}

/** How to fetch the page after a cursor: a query taking `after`, and where its connection is. */
export interface NextPage<R, V extends AnyVariables, T> {
  query: TypedDocumentString<R, V>;
  /** The query's variables but `after`. */
  variables: Omit<V, 'after'>;
  /** Where the page is in the data; `error` is that page's own (its items' field problems). */
  connection: (data: R, error: CombinedError | undefined) => Connection<T> | null | undefined;
}

export interface Paged<T> {
  /** The first page's items, then each page loaded after it, less those dropped. */
  items: T[];
  /** Whether the connection says there is more after what is loaded. */
  hasMore: boolean;
  loading: boolean;
  error?: CombinedError;
  /** Fetches the next page (`after: endCursor`) and appends its items. */
  loadMore: () => void;
  /** Takes an item off the list (acted on, so no longer to do). */
  drop: (id: string) => void;
}

interface State<T> {
  /** The first page these pages follow: a new first page (the view reloaded) starts over. */
  first: Connection<T> | null | undefined;
  more: T[];
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  dropped: ReadonlySet<string>;
  loading: boolean;
  error?: CombinedError;
}

/**
 * A connection with each node made into the item a view lists (with an `id` for usePaged, say),
 * given its place in the page: the index a field's error path names (Problems), that page's own.
 * A node made into null is left out; the page's info is kept, so the list pages on past it.
 */
export function mapConnection<N, T>(
  page: Connection<N> | null | undefined,
  item: (node: N, at: number) => T | null,
): Connection<T> | null | undefined {
  if (!page) return page;
  return {
    edges: (page.edges ?? []).map((e, at) => {
      const node = e?.node ? item(e.node, at) : null;
      return node ? { node } : null;
    }),
    pageInfo: page.pageInfo,
  };
}

const start = <T>(first: Connection<T> | null | undefined): State<T> => ({
  first,
  more: [],
  endCursor: first?.pageInfo?.endCursor,
  hasNextPage: first?.pageInfo?.hasNextPage === true,
  dropped: new Set(),
  loading: false,
});

/**
 * "Load more" on a cursor connection: the view shows the first page from its own query; each
 * further page comes from `next.query` with `after` the last page's `endCursor`, appended.
 */
export function usePaged<T extends { id: string }, R, V extends AnyVariables>(
  first: Connection<T> | null | undefined,
  next: NextPage<R, V, T>,
): Paged<T> {
  const client = useClient();
  const [state, setState] = useState(() => start(first));
  const current = state.first === first ? state : start(first);
  if (current !== state) setState(current);
  const { query, variables, connection } = next;

  const loadMore = () => {
    if (current.loading || !current.hasNextPage || !current.endCursor) return;
    const after = current.endCursor;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    void client
      .query(toDocument(query), { ...variables, after } as unknown as V)
      .toPromise()
      .then((result) => {
        const page = result.data ? connection(result.data, result.error) : undefined;
        setState((s) => {
          if (s.first !== first) return s;
          if (!page) return { ...s, loading: false, error: result.error };
          return {
            ...s,
            loading: false,
            error: result.error,
            more: [...s.more, ...listOf(page)],
            endCursor: page.pageInfo?.endCursor,
            hasNextPage: page.pageInfo?.hasNextPage === true,
          };
        });
      });
  };

  const drop = useCallback(
    (id: string) => setState((s) => ({ ...s, dropped: new Set([...s.dropped, id]) })),
    [],
  );

  return {
    items: [...listOf(first), ...current.more].filter((i) => !current.dropped.has(i.id)),
    hasMore: current.hasNextPage,
    loading: current.loading,
    error: current.error,
    loadMore,
    drop,
  };
}
