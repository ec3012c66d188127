import type { ConsentDecider, ConsentDecision, ConsentReader } from './consent-decision';

/** Longest a cached decision is used, whatever else holds (ADR 0025). */
export const DECISION_CACHE_TTL_MS = 500;

/** Most decisions one process keeps; the oldest go first. */
export const DECISION_CACHE_MAX_ENTRIES = 20_000;

interface Cached {
  decision: ConsentDecision;
  /** case-management's epoch when it decided. */
  epoch: number;
  /** Local time after which the entry is not used: fetch time + TTL, or the decision's end. */
  usableUntil: number;
}

/**
 * Consent decisions an agency instance got from case-management, kept for other requests
 * (ADR 0025). An entry is used for a request only while all of these hold, else it is asked again:
 *
 * - it was decided at case-management's consent epoch the request's gateway token names (`cep`)
 *   or later: a withdrawal (any mutation) answered before the request started makes every older
 *   entry stale at once;
 * - nothing it relies on has ended: not past the earliest `validUntil` of its consents or the end
 *   of its emergency access (`expiresAt`), at the request's own moment;
 * - it is younger than DECISION_CACHE_TTL_MS: the bound for whatever the epoch does not see (a
 *   change through another gateway, a directory edit).
 *
 * Keyed by reading agency, reading user (emergency access is personal) and service user.
 */
export class ConsentDecisionCache {
  private readonly entries = new Map<string, Cached>();
  /**
   * Calls to case-management under way, by the key each will answer: a request missing the same
   * decision waits for that call instead of making its own (ADR 0051), then reads the cache under
   * its own epoch and moment like any hit, and asks itself if the answer does not serve it.
   */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly ttlMs = DECISION_CACHE_TTL_MS,
    private readonly maxEntries = DECISION_CACHE_MAX_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  private static key(reader: ConsentReader, serviceUserId: string): string {
    // A service user's decisions are theirs alone (ADR 0049), never a staff member's of that id.
    return `${reader.agencyCode}\u0000${reader.userId ?? ''}\u0000${reader.serviceUserId ?? '-'}\u0000${serviceUserId.toLowerCase()}`;
  }

  /** A decision usable for a request at `at` whose token names `epoch`; else undefined. */
  get(
    reader: ConsentReader,
    serviceUserId: string,
    at: Date,
    epoch: number | undefined,
  ): ConsentDecision | undefined {
    const key = ConsentDecisionCache.key(reader, serviceUserId);
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    const moment = Math.max(at.getTime(), this.now());
    if (moment >= hit.usableUntil || (epoch !== undefined && hit.epoch < epoch)) {
      this.entries.delete(key);
      return undefined;
    }
    return { ...hit.decision, serviceUserId };
  }

  /** The call under way that will answer this decision, if any. */
  pending(reader: ConsentReader, serviceUserId: string): Promise<unknown> | undefined {
    return this.inFlight.get(ConsentDecisionCache.key(reader, serviceUserId));
  }

  /** Marks `call` as the one answering these decisions until it settles (its answer put here). */
  track(reader: ConsentReader, serviceUserIds: readonly string[], call: Promise<unknown>): void {
    const keys = serviceUserIds.map((id) => ConsentDecisionCache.key(reader, id));
    for (const k of keys) this.inFlight.set(k, call);
    const done = () => {
      for (const k of keys) if (this.inFlight.get(k) === call) this.inFlight.delete(k);
    };
    call.then(done, done);
  }

  /** Keeps decisions just made; one without an epoch (an older server) is not kept. */
  put(reader: ConsentReader, decisions: readonly ConsentDecision[], fetchedAt: number): void {
    for (const d of decisions) {
      if (d.epoch === undefined) continue;
      const ends = d.expiresAt ? d.expiresAt.getTime() : Infinity;
      const usableUntil = Math.min(fetchedAt + this.ttlMs, ends);
      if (usableUntil <= this.now()) continue;
      const key = ConsentDecisionCache.key(reader, d.serviceUserId);
      this.entries.delete(key);
      this.entries.set(key, { decision: d, epoch: d.epoch, usableUntil });
    }
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * A request's decider in front of the cache: answers what the cache holds for the request's
 * epoch and moment, waits for a call another request has under way for a decision it misses
 * (then reads the cache as for a hit), and asks `remote` (one call) for the rest.
 */
export class CachedConsentDecider implements ConsentDecider {
  constructor(
    private readonly cache: ConsentDecisionCache,
    private readonly remote: ConsentDecider,
    /** The consent epoch the request's gateway token names (`Identity.consentEpoch`). */
    private readonly epoch: number | undefined,
  ) {}

  async decide(
    reader: ConsentReader,
    serviceUserIds: readonly string[],
    at: Date,
  ): Promise<ConsentDecision[]> {
    const found = new Map<string, ConsentDecision>();
    const missing: string[] = [];
    const waiting: string[] = [];
    const calls = new Set<Promise<unknown>>();
    for (const id of serviceUserIds) {
      const hit = this.cache.get(reader, id, at, this.epoch);
      if (hit) {
        found.set(id, hit);
        continue;
      }
      const call = this.cache.pending(reader, id);
      if (call) {
        calls.add(call);
        waiting.push(id);
      } else missing.push(id);
    }
    const ask = async (ids: readonly string[]) => {
      const fetchedAt = Date.now();
      const call = this.remote.decide(reader, ids, at).then((fresh) => {
        this.cache.put(reader, fresh, fetchedAt);
        return fresh;
      });
      this.cache.track(reader, ids, call);
      for (const d of await call) found.set(d.serviceUserId, d);
    };
    const joined = async () => {
      // Another request's call: its failure is not this request's (it asks itself below).
      await Promise.allSettled(calls);
      const still: string[] = [];
      for (const id of waiting) {
        const hit = this.cache.get(reader, id, at, this.epoch);
        if (hit) found.set(id, hit);
        else still.push(id);
      }
      if (still.length > 0) await ask(still);
    };
    await Promise.all([
      missing.length > 0 ? ask(missing) : undefined,
      waiting.length > 0 ? joined() : undefined,
    ]);
    return serviceUserIds.flatMap((id) => {
      const d = found.get(id);
      return d ? [d] : [];
    });
  }
}
