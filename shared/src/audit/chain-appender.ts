import { isUniqueViolation } from '../db/database';
import type { ChainLink } from './disclosure-audit-entry';
import { auditAppendDuration } from '../telemetry/metrics';

/** The last entry of the chain as this appender last saw it. */
export interface ChainHead {
  position: number;
  hash: string;
}

/**
 * The database side of an appender: read the head, chain entries after it, insert them in one
 * statement. `U` is an entry before the chain gives it its place, `E` the chained entry.
 */
export interface ChainStore<U, E extends ChainLink> {
  /** The committed entry with the highest position, or null for an empty chain. No lock. */
  readHead(): Promise<ChainHead | null>;
  /** Gives entries their positions after `head` and chains their hashes (no I/O). */
  chain(entries: readonly U[], head: ChainHead | null): E[];
  /**
   * Inserts the entries in one statement, on its own (autocommit). Must fail with a unique
   * violation when any position is taken: the position primary key is the only arbiter.
   */
  insert(entries: readonly E[]): Promise<void>;
}

/** Most rows one INSERT carries (13 or 14 parameters each, under PostgreSQL's 65 535). */
export const MAX_ROWS_PER_APPEND = 2000;

/** Attempts before an append gives up when other writers keep taking its positions. */
export const MAX_APPEND_ATTEMPTS = 25;

interface Pending<U, E> {
  entries: readonly U[];
  resolve: (entries: E[]) => void;
  reject: (error: unknown) => void;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Appends to one hash chain without any lock (ADR 0024).
 *
 * - **Group commit.** One append in flight per appender; the requests that arrive meanwhile wait
 *   in a queue and go together in the next multi-row INSERT. Under load a process writes its
 *   requests' entries in few statements instead of queueing transactions in the pool.
 * - **Optimistic, arbitrated by the primary key.** Entries are chained after the head this
 *   appender knows (its own last insert, or one unlocked read) and inserted in one autocommit
 *   statement. If another writer (another process on the same database) took a position first,
 *   the INSERT fails with a unique violation as a whole; the appender re-reads the head and
 *   chains again. A committed row never changes (append-only trigger), so a successful INSERT
 *   at `head + 1` with `prev_hash = head.hash` is chained to its real predecessor, and positions
 *   stay gap-free: a failed INSERT takes nothing (unlike a sequence).
 *
 * In the steady state (one writer per database, as deployed) an append is one statement.
 */
export class ChainAppender<U, E extends ChainLink> {
  /** undefined: not known (at start, and after any failure): read before the next insert. */
  private head: ChainHead | null | undefined = undefined;
  private readonly queue: Pending<U, E>[] = [];
  private draining = false;

  /** @param chain names the chain in metrics: 'disclosures' or 'security-events'. */
  constructor(
    private readonly store: ChainStore<U, E>,
    private readonly chain = 'disclosures',
  ) {}

  /**
   * Chains and writes the entries; resolves once they are committed, rejects if they are not.
   * The time it takes, queue included, is icp_audit_append_duration_seconds (ADR 0038).
   */
  append(entries: readonly U[]): Promise<E[]> {
    if (entries.length === 0) return Promise.resolve([]);
    const timer = auditAppendDuration.startTimer({ chain: this.chain });
    const appended = new Promise<E[]>((resolve, reject) => {
      this.queue.push({ entries, resolve, reject });
      if (!this.draining) void this.drain();
    });
    void appended.then(
      () => timer({ outcome: 'ok' }),
      () => timer({ outcome: 'error' }),
    );
    return appended;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.takeBatch();
        try {
          const written = await this.write(batch.flatMap((p) => p.entries));
          let at = 0;
          for (const p of batch) {
            p.resolve(written.slice(at, at + p.entries.length));
            at += p.entries.length;
          }
        } catch (error) {
          if (batch.length === 1 || isUniqueViolation(error)) {
            for (const p of batch) p.reject(error);
          } else {
            // One request's rows may be what failed: the others must not be withheld for it.
            for (const p of batch) await this.write(p.entries).then(p.resolve, p.reject);
          }
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /** The queued requests that fit one INSERT (always at least one). */
  private takeBatch(): Pending<U, E>[] {
    let rows = this.queue[0]!.entries.length;
    let n = 1;
    while (n < this.queue.length && rows + this.queue[n]!.entries.length <= MAX_ROWS_PER_APPEND) {
      rows += this.queue[n]!.entries.length;
      n += 1;
    }
    return this.queue.splice(0, n);
  }

  private async write(rows: readonly U[]): Promise<E[]> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (this.head === undefined) this.head = await this.store.readHead();
        const entries = this.store.chain(rows, this.head);
        await this.store.insert(entries);
        const last = entries[entries.length - 1]!;
        this.head = { position: last.position, hash: last.hash };
        return entries;
      } catch (error) {
        this.head = undefined;
        if (!isUniqueViolation(error) || attempt >= MAX_APPEND_ATTEMPTS) throw error;
        // Another writer appended first: back off a little (less the more we collide), re-read.
        await pause(Math.random() * Math.min(20, 2 * attempt));
      }
    }
  }
}
