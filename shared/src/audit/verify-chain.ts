import { GENESIS_HASH, hashEntry, type AuditEntry, type ChainLink } from './disclosure-audit-entry';

export type ChainProblemKind =
  /** The entry's content no longer matches its own hash: it was changed after it was written. */
  | 'EDITED'
  /** Positions are missing: entries were deleted (reported at the first missing position). */
  | 'DELETED'
  /**
   * The entry does not chain to the one before it although none is missing: the one before was
   * rewritten with a recomputed hash, or entries were renumbered after a deletion.
   */
  | 'BROKEN_LINK'
  /** The expected head is missing or differs: the tail was cut off or rewritten. */
  | 'TRUNCATED';

export interface ChainProblem {
  position: number;
  kind: ChainProblemKind;
  detail: string;
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The last entry: record `position:hash` somewhere else to catch a truncated tail later. */
  head: { position: number; hash: string } | null;
  problems: ChainProblem[];
}

/** Parses `position:hash` (as printed by `audit:verify`). */
export function parseHead(text: string): { position: number; hash: string } {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!m) throw new Error(`expected head as position:sha256hex, got ${text}`);
  return { position: Number(m[1]), hash: m[2]! };
}

/**
 * Walks the chain in position order and reports every place it is broken. Each entry is checked
 * on its own (its hash over its content and stored predecessor hash) and as a link (positions
 * consecutive from 1, predecessor hash equal to the previous entry's hash).
 *
 * Without `expectHead`, entries cut off the end leave a shorter but valid chain: only a head
 * recorded elsewhere (a ticket, a log shipper, another agency) catches that.
 */
export async function verifyChain(
  entries: AsyncIterable<AuditEntry> | Iterable<AuditEntry>,
  expectHead?: { position: number; hash: string },
): Promise<ChainReport> {
  return verifyLinks(entries, hashEntry, expectHead);
}

/**
 * {@link verifyChain} for any hash-chained table (the disclosure audit, the security events):
 * `hashOf` recomputes an entry's hash from its content, position and predecessor's hash.
 */
export async function verifyLinks<E extends ChainLink>(
  entries: AsyncIterable<E> | Iterable<E>,
  hashOf: (content: Omit<E, 'hash'>) => string,
  expectHead?: { position: number; hash: string },
): Promise<ChainReport> {
  const problems: ChainProblem[] = [];
  let previous: E | null = null;
  let count = 0;
  let expectedHeadSeen = false;
  for await (const e of entries) {
    count += 1;
    const expectedPosition = (previous?.position ?? 0) + 1;
    if (e.position > expectedPosition) {
      const missing = e.position - expectedPosition;
      problems.push({
        position: expectedPosition,
        kind: 'DELETED',
        detail:
          missing === 1
            ? `entry ${expectedPosition} is missing`
            : `entries ${expectedPosition}..${e.position - 1} are missing`,
      });
    } else if (e.position < expectedPosition) {
      problems.push({
        position: e.position,
        kind: 'BROKEN_LINK',
        detail: `entry ${e.position} is out of order`,
      });
    } else if (e.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
      problems.push({
        position: e.position,
        kind: 'BROKEN_LINK',
        detail: `entry ${e.position} does not chain to entry ${expectedPosition - 1}`,
      });
    }
    const { hash, ...content } = e;
    if (hashOf(content) !== hash) {
      problems.push({
        position: e.position,
        kind: 'EDITED',
        detail: `entry ${e.position} does not match its hash: it was changed after it was written`,
      });
    }
    if (expectHead && e.position === expectHead.position) {
      expectedHeadSeen = true;
      if (e.hash !== expectHead.hash) {
        problems.push({
          position: e.position,
          kind: 'TRUNCATED',
          detail: `entry ${e.position} is not the expected head ${expectHead.hash}`,
        });
      }
    }
    previous = e;
  }
  if (expectHead && !expectedHeadSeen) {
    problems.push({
      position: expectHead.position,
      kind: 'TRUNCATED',
      detail: `the expected head ${expectHead.position} is gone: the chain ends at ${previous?.position ?? 0}`,
    });
  }
  return {
    ok: problems.length === 0,
    entries: count,
    head: previous ? { position: previous.position, hash: previous.hash } : null,
    problems,
  };
}
