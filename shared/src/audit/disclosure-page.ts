import { Directive, ObjectType } from 'type-graphql';
import {
  ConnectionOf,
  afterKey,
  pageFromRows,
  type Page,
  type PageArgs,
} from '../schema/connection';
import type { ChainPeriod } from './chain-page';
import { DeniedAttempt } from './denied-attempt.type';
import type { DisclosureAudit } from './disclosure-audit-store';
import { DisclosureEntry } from './disclosure-entry.type';
import type { SecurityEvents } from './security-event-store';

/*
 * "Who saw my data", a page at a time (ADR 0045): each subgraph's disclosures and denied attempts
 * about a person in a period, newest first, paged by keyset on the chain position (a cursor is
 * the position of the last record shown). The same connection types in case-management and the
 * agency subgraph, hence `@shareable`.
 */

@Directive('@shareable')
@ObjectType('DisclosureEntryConnection', {
  description:
    'Disclosures recorded by one server, newest first (by their place in its audit chain), a page at a time: page on with `after: pageInfo.endCursor`.',
})
export class DisclosureEntryConnection extends ConnectionOf(DisclosureEntry, 'DisclosureEntry', {
  noun: 'disclosure',
  shareable: true,
}) {}

@Directive('@shareable')
@ObjectType('DeniedAttemptConnection', {
  description:
    'Refused reads recorded by one server, newest first (by their place in its security event chain), a page at a time: page on with `after: pageInfo.endCursor`.',
})
export class DeniedAttemptConnection extends ConnectionOf(DeniedAttempt, 'DeniedAttempt', {
  noun: 'denied attempt',
  shareable: true,
}) {}

/** A page of a chain read newest first: `read` fetches `limit` records before a position. */
async function chainPage<E, N extends { position: number }>(
  read: (limit: number, before: number | null) => Promise<E[]>,
  page: PageArgs,
  of: (e: E) => N,
): Promise<Page<N>> {
  const after = afterKey(page.after, ['integer']);
  const found = await read(page.first + 1, after ? (after[0] as number) : null);
  return pageFromRows(found.map(of), page.first, (n) => [n.position]);
}

/** A page of what a subgraph disclosed about a person in a period, newest first. */
export function disclosureEntriesPage(
  audit: DisclosureAudit,
  period: ChainPeriod,
  page: PageArgs,
): Promise<Page<DisclosureEntry>> {
  return chainPage(
    (limit, before) => audit.newestAbout(period, limit, before),
    page,
    (e) => DisclosureEntry.of(e),
  );
}

/** A page of the reads a subgraph refused about a person in a period, newest first. */
export function deniedAttemptsPage(
  events: SecurityEvents,
  period: ChainPeriod,
  page: PageArgs,
): Promise<Page<DeniedAttempt>> {
  return chainPage(
    (limit, before) => events.newestAbout(period, limit, before),
    page,
    (e) => DeniedAttempt.of(e),
  );
}
