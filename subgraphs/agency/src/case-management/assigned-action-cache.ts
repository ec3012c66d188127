import type { AssignedActionDto } from '@icp/shared';

/** Longest a confirmation is used, whatever else holds: as consent decisions (ADR 0025, 0047). */
export const ASSIGNED_ACTION_CACHE_TTL_MS = 500;

/** Most confirmations one process keeps; the oldest go first. */
export const ASSIGNED_ACTION_CACHE_MAX_ENTRIES = 50_000;

interface Cached {
  /** null: case-management said the action is not this agency's (or does not exist). */
  action: AssignedActionDto | null;
  /** case-management's consent epoch when it answered. */
  epoch: number;
  usableUntil: number;
}

/**
 * Which plan actions case-management confirmed as this agency's (`/internal/plan-actions`),
 * kept for other **reads** under the rule of consent decisions (ADR 0025, ADR 0047). An entry is
 * used for a request only while both hold, else it is asked again:
 *
 * - it was answered at case-management's epoch the request's gateway token names (`cep`) or
 *   later: any mutation case-management answered before the request started (a plan revision
 *   that removes or reassigns an action, edits its description or domain) makes it stale at once;
 * - it is younger than ASSIGNED_ACTION_CACHE_TTL_MS: the bound for what the epoch does not see (a
 *   change answered through another gateway process).
 *
 * The answer depends on nothing but the action and the asking agency (this instance), so one
 * cache serves every reader of the instance. An answer without an epoch (an older
 * case-management) is not kept. Writes never use it: they confirm afresh.
 */
export class AssignedActionCache {
  private readonly entries = new Map<string, Cached>();
  /** Calls under way, by action id, with the `cep` of the request that made each. */
  private readonly inFlight = new Map<
    string,
    { epoch: number | undefined; answer: Promise<AssignedActionDto | null> }
  >();

  constructor(
    private readonly ttlMs = ASSIGNED_ACTION_CACHE_TTL_MS,
    private readonly maxEntries = ASSIGNED_ACTION_CACHE_MAX_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The confirmation for a request whose token names `epoch`: the action, null (not this
   * agency's), or undefined when there is no usable entry.
   */
  get(actionId: string, epoch: number | undefined): AssignedActionDto | null | undefined {
    const key = actionId.toLowerCase();
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (this.now() >= hit.usableUntil || (epoch !== undefined && hit.epoch < epoch)) {
      this.entries.delete(key);
      return undefined;
    }
    return hit.action;
  }

  /**
   * The answer of a call under way that a request whose token names `epoch` may share (requests
   * arriving together ask once): one made for a request naming the same epoch or a later one, so
   * case-management answers at an epoch at least the request's. Else undefined.
   */
  pending(
    actionId: string,
    epoch: number | undefined,
  ): Promise<AssignedActionDto | null> | undefined {
    const call = this.inFlight.get(actionId.toLowerCase());
    if (!call) return undefined;
    if (epoch !== undefined && (call.epoch === undefined || call.epoch < epoch)) return undefined;
    return call.answer;
  }

  /** Registers a call for `asked` made for a request naming `epoch`, until it settles. */
  track(
    asked: readonly string[],
    epoch: number | undefined,
    call: Promise<{ actions: readonly AssignedActionDto[] }>,
  ): void {
    for (const id of asked) {
      const key = id.toLowerCase();
      const answer = call.then((a) => a.actions.find((x) => x.id.toLowerCase() === key) ?? null);
      // A failure reaches whoever shares the call through `answer`; not unhandled here.
      answer.catch(() => undefined);
      const entry = { epoch, answer };
      this.inFlight.set(key, entry);
      void answer
        .finally(() => {
          if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
        })
        .catch(() => undefined);
    }
  }

  /** Keeps the answer to one call: `asked` the ids asked, `actions` those confirmed. */
  put(
    asked: readonly string[],
    actions: readonly AssignedActionDto[],
    epoch: number | undefined,
    fetchedAt: number,
  ): void {
    if (epoch === undefined) return;
    const usableUntil = fetchedAt + this.ttlMs;
    if (usableUntil <= this.now()) return;
    const byId = new Map(actions.map((a) => [a.id.toLowerCase(), a]));
    for (const id of asked) {
      const key = id.toLowerCase();
      this.entries.delete(key);
      this.entries.set(key, { action: byId.get(key) ?? null, epoch, usableUntil });
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
