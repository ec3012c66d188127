import type { Json } from './json';

/**
 * The records of one page of a cursor connection (ADR 0045) as the API answers it: `edges {
 * node }` in the list's order; [] for a connection that is null (withheld or refused).
 */
export function nodesOf<T = Json>(connection: { edges: { node: T }[] } | null | undefined): T[] {
  return connection?.edges.map((e) => e.node) ?? [];
}
