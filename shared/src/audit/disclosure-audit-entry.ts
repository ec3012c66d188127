import { createHash } from 'node:crypto';
import type { Disclosure } from '../consent/consent-guard';
import type { Identity } from '../identity/identity';

/**
 * One audit entry: everything one request disclosed about one service user to one reading agency
 * (the reading agency is the request's, so one per request and service user). Shaped after FHIR
 * AuditEvent as profiled by IHE Basic Audit Log Patterns (BALP) for a read: who (agency, user),
 * what (the service user, categories, fields), why (basis and consent ids), how (operation,
 * request id), when.
 */
export interface AuditEntry {
  /** Gap-free, from 1, assigned under the append lock: the entry's place in the chain. */
  position: number;
  at: Date;
  /** null for holder-only records about no known service user. */
  serviceUserId: string | null;
  readerAgency: string;
  readerUser: string;
  /** Sorted, distinct. Uncategorised holder-only records contribute no category. */
  categories: string[];
  /** `Type.field`, sorted, distinct. */
  fields: string[];
  /** Sorted, distinct: consents (or, for BREAK_GLASS, emergency accesses) relied on. */
  consentIds: string[];
  /** Sorted, distinct: HOLDER, CONSENT, and any basis the consent guard gains later. */
  bases: string[];
  /** The client's operation name, as the gateway signed it; null for an anonymous operation. */
  operationName: string | null;
  requestId: string;
  /** The hash of the entry before this one (64 zeros for the first). */
  prevHash: string;
  /** sha256 (hex) of the canonical serialisation of this entry, prevHash included. */
  hash: string;
}

/** An entry before the chain gives it its place. */
export type UnchainedEntry = Omit<AuditEntry, 'position' | 'prevHash' | 'hash'>;

export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the serialisation ever changes, so old and new entries can both be verified. */
const HASH_DOMAIN = 'icp-disclosure-audit/v1';

const sortedDistinct = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * Groups one request's disclosures into one entry per service user (in a stable order), so that
 * a plan read touching forty fields of two people writes two entries, not forty.
 */
export function entriesOf(
  identity: Identity,
  disclosures: readonly Disclosure[],
  at: Date,
): UnchainedEntry[] {
  const bySubject = new Map<string | null, Disclosure[]>();
  for (const d of disclosures) {
    const list = bySubject.get(d.serviceUserId);
    if (list) list.push(d);
    else bySubject.set(d.serviceUserId, [d]);
  }
  // Truncated to the millisecond: what JavaScript and the hash see is what the database keeps.
  const when = new Date(Math.floor(at.getTime()));
  return [...bySubject.entries()]
    .sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))
    .map(([serviceUserId, list]) => ({
      at: when,
      serviceUserId,
      readerAgency: identity.agencyCode,
      readerUser: identity.userId,
      categories: sortedDistinct(list.flatMap((d) => (d.category ? [d.category] : []))),
      fields: sortedDistinct(list.map((d) => d.field)),
      consentIds: sortedDistinct(list.flatMap((d) => d.consentIds)),
      bases: sortedDistinct(list.map((d) => String(d.basis))),
      operationName: identity.operationName ?? null,
      requestId: identity.requestId,
    }));
}

/**
 * The canonical serialisation the hash covers: a JSON array in a fixed order (not an object,
 * whose key order a refactoring could change), arrays sorted, the time as ISO-8601 UTC with
 * milliseconds, and the previous entry's hash, which is what makes it a chain.
 */
export function canonicalEntry(e: Omit<AuditEntry, 'hash'>): string {
  return JSON.stringify([
    HASH_DOMAIN,
    e.position,
    e.at.toISOString(),
    e.serviceUserId,
    e.readerAgency,
    e.readerUser,
    sortedDistinct(e.categories),
    sortedDistinct(e.fields),
    sortedDistinct(e.consentIds),
    sortedDistinct(e.bases),
    e.operationName,
    e.requestId,
    e.prevHash,
  ]);
}

export function hashEntry(e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(canonicalEntry(e), 'utf8').digest('hex');
}

/** What every entry of a hash chain has: its place, its predecessor's hash and its own. */
export interface ChainLink {
  position: number;
  prevHash: string;
  hash: string;
}

/**
 * Gives entries their positions after `head` and chains their hashes, each computed by `hashOf`
 * over the entry with its position and predecessor's hash. The same for every chained table.
 */
export function linkChain<U extends object>(
  entries: readonly U[],
  head: { position: number; hash: string } | null,
  hashOf: (e: U & Omit<ChainLink, 'hash'>) => string,
): (U & ChainLink)[] {
  let position = head?.position ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return entries.map((e) => {
    position += 1;
    const unhashed = { ...e, position, prevHash };
    const hash = hashOf(unhashed);
    prevHash = hash;
    return { ...unhashed, hash };
  });
}

/** Gives entries their positions after `head` and chains their hashes. */
export function chain(
  entries: readonly UnchainedEntry[],
  head: { position: number; hash: string } | null,
): AuditEntry[] {
  return linkChain(entries, head, hashEntry);
}
