/**
 * Lists in the API are plain lists or cursor connections (`edges { node }`, `pageInfo`); views
 * read both the same way, so a list turned into a connection changes an operation, not its view.
 */
type Edge<T> = { node?: T | null } | null | undefined;
type Connection<T> = { edges?: readonly Edge<T>[] | null };

export type ItemOf<L> = L extends readonly (infer T)[]
  ? T
  : L extends { edges?: readonly (infer E)[] | null }
    ? NonNullable<NonNullable<E> extends { node?: infer T } ? T : never>
    : never;

export function listOf<T>(list: readonly T[] | Connection<T> | null | undefined): T[] {
  if (!list) return [];
  if (Array.isArray(list)) return [...(list as readonly T[])];
  const edges = (list as Connection<T>).edges ?? [];
  return edges.flatMap((e) => (e?.node ? [e.node] : []));
}

/** Whether a connection says there is more after what it holds. */
export function hasMore(list: unknown): boolean {
  const info = (list as { pageInfo?: { hasNextPage?: boolean } } | null)?.pageInfo;
  return info?.hasNextPage === true;
}
