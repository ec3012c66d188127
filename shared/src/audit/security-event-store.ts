import type { DataSource } from 'typeorm';
import type { DeniedRead } from '../consent/consent-guard';
import type { Identity } from '../identity/identity';
import { REQUEST_TOKEN_TTL_SECONDS } from '../identity/request-token';
import { ChainAppender } from './chain-appender';
import { newestInChain, type ChainPeriod } from './chain-page';
import { linkChain } from './disclosure-audit-entry';
import {
  hashSecurityEvent,
  securityEventsOf,
  type SecurityEvent,
  type SecurityEventKind,
  type UnchainedSecurityEvent,
} from './security-event';

export const SECURITY_EVENT_TABLE = 'security_event';

/**
 * The security events table (ADR 0029): refused reads, kept apart from the disclosure audit but
 * like it append-only (the same trigger for every role, privileges revoked from PUBLIC) and
 * hash-chained (its own chain, its own hash domain). The same DDL in every subgraph's database.
 */
export const SECURITY_EVENT_TABLE_DDL: readonly string[] = [
  `CREATE TABLE ${SECURITY_EVENT_TABLE} (
     position bigint PRIMARY KEY CHECK (position > 0),
     at timestamptz NOT NULL,
     kind text NOT NULL,
     service_user_id uuid NOT NULL,
     reader_agency text NOT NULL,
     reader_user text NOT NULL,
     category text,
     field text NOT NULL,
     purpose_of_use text NOT NULL,
     reason text NOT NULL,
     operation_name text,
     request_id text NOT NULL,
     prev_hash char(64) NOT NULL,
     hash char(64) NOT NULL UNIQUE
   )`,
  `CREATE INDEX ${SECURITY_EVENT_TABLE}_service_user_newest
     ON ${SECURITY_EVENT_TABLE} (service_user_id, position)`,
  `CREATE INDEX ${SECURITY_EVENT_TABLE}_request ON ${SECURITY_EVENT_TABLE} (request_id)`,
  `CREATE FUNCTION ${SECURITY_EVENT_TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION '${SECURITY_EVENT_TABLE} is append-only: % refused', TG_OP
       USING ERRCODE = 'insufficient_privilege';
   END $$`,
  `CREATE TRIGGER ${SECURITY_EVENT_TABLE}_no_update_delete
     BEFORE UPDATE OR DELETE ON ${SECURITY_EVENT_TABLE}
     FOR EACH ROW EXECUTE FUNCTION ${SECURITY_EVENT_TABLE}_append_only()`,
  `CREATE TRIGGER ${SECURITY_EVENT_TABLE}_no_truncate BEFORE TRUNCATE ON ${SECURITY_EVENT_TABLE}
     FOR EACH STATEMENT EXECUTE FUNCTION ${SECURITY_EVENT_TABLE}_append_only()`,
  `REVOKE UPDATE, DELETE, TRUNCATE ON ${SECURITY_EVENT_TABLE} FROM PUBLIC`,
];

export const SECURITY_EVENT_TABLE_DROP: readonly string[] = [
  `DROP TABLE ${SECURITY_EVENT_TABLE}`,
  `DROP FUNCTION ${SECURITY_EVENT_TABLE}_append_only()`,
];

/** A row as the drivers return it: bigint `position` as a string, CHAR hashes blank-padded. */
export type SecurityEventRow = {
  position: string | number;
  at: Date | string;
  kind: string;
  service_user_id: string;
  reader_agency: string;
  reader_user: string;
  category: string | null;
  field: string;
  purpose_of_use: string;
  reason: string;
  operation_name: string | null;
  request_id: string;
  prev_hash: string;
  hash: string;
};

/** Runs SQL and returns its rows: a TypeORM DataSource/EntityManager or a pg client, alike. */
export type SecurityEventSql = (sql: string, params?: unknown[]) => Promise<SecurityEventRow[]>;

const COLUMNS = `position, at, kind, service_user_id, reader_agency, reader_user, category, field,
  purpose_of_use, reason, operation_name, request_id, prev_hash, hash`;

export function securityEventOfRow(r: SecurityEventRow): SecurityEvent {
  return {
    position: Number(r.position),
    at: r.at instanceof Date ? r.at : new Date(r.at),
    kind: r.kind as SecurityEventKind,
    serviceUserId: r.service_user_id,
    readerAgency: r.reader_agency,
    readerUser: r.reader_user,
    category: r.category ?? null,
    field: r.field,
    purposeOfUse: r.purpose_of_use,
    reason: r.reason,
    operationName: r.operation_name ?? null,
    requestId: r.request_id,
    prevHash: String(r.prev_hash).trim(),
    hash: String(r.hash).trim(),
  };
}

function insertStatement(events: readonly SecurityEvent[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const tuples = events.map((e) => {
    const values = [
      e.position,
      e.at,
      e.kind,
      e.serviceUserId,
      e.readerAgency,
      e.readerUser,
      e.category,
      e.field,
      e.purposeOfUse,
      e.reason,
      e.operationName,
      e.requestId,
      e.prevHash,
      e.hash,
    ];
    const start = params.length;
    params.push(...values);
    return `(${values.map((_, i) => `$${start + i + 1}`).join(', ')})`;
  });
  return {
    sql: `INSERT INTO ${SECURITY_EVENT_TABLE} (${COLUMNS}) VALUES ${tuples.join(', ')}`,
    params,
  };
}

/** Gives events their positions after `head` and chains their hashes. */
export function chainSecurityEvents(
  events: readonly UnchainedSecurityEvent[],
  head: { position: number; hash: string } | null,
): SecurityEvent[] {
  return linkChain(events, head, hashSecurityEvent);
}

/** Reads every event in chain order, `batch` rows at a time (for verification). */
export async function* readSecurityEvents(
  sql: SecurityEventSql,
  batch = 1000,
): AsyncGenerator<SecurityEvent> {
  let after = 0;
  for (;;) {
    const rows = await sql(
      `SELECT ${COLUMNS} FROM ${SECURITY_EVENT_TABLE} WHERE position > $1 ORDER BY position LIMIT $2`,
      [after, batch],
    );
    for (const r of rows) yield securityEventOfRow(r);
    if (rows.length < batch) return;
    after = Number(rows[rows.length - 1]!.position);
  }
}

/**
 * How long a request's events are remembered, to keep one per request across its fetches: the
 * fetches of one request all carry hop tokens signed within REQUEST_TOKEN_TTL_SECONDS of it.
 */
export const SECURITY_EVENT_DEDUP_MS = 2 * REQUEST_TOKEN_TTL_SECONDS * 1000;
/** Most keys remembered; the oldest are forgotten first. */
const SECURITY_EVENT_DEDUP_MAX = 50_000;

/**
 * One subgraph's security events, in its own database: appended like the disclosure audit
 * (group commit, no lock, the position key arbitrating; ADR 0024), read newest first.
 *
 * One event per request, service user, category and field: the consent guard keeps each once
 * within one subgraph request, and this store once across the several fetches the gateway may
 * make to this subgraph for one client request (the same request id), for as long as
 * SECURITY_EVENT_DEDUP_MS, in this process.
 */
export class SecurityEvents {
  private readonly appender: ChainAppender<UnchainedSecurityEvent, SecurityEvent>;
  /** Keys already written (or being written) → when they may be forgotten; oldest first. */
  private readonly recent = new Map<string, number>();

  constructor(private readonly ds: DataSource) {
    this.appender = new ChainAppender(
      {
        readHead: async () => {
          const [head] = await ds.query<{ position: string; hash: string }[]>(
            `SELECT position, hash FROM ${SECURITY_EVENT_TABLE} ORDER BY position DESC LIMIT 1`,
          );
          return head ? { position: Number(head.position), hash: head.hash.trim() } : null;
        },
        chain: chainSecurityEvents,
        insert: async (events) => {
          const { sql, params } = insertStatement(events);
          await ds.query(sql, params);
        },
      },
      'security-events',
    );
  }

  /**
   * Appends one event per refused read of a request not yet recorded for that request. Throws
   * if they could not be written (and forgets them, so a later fetch may write them).
   */
  async record(
    identity: Identity,
    denials: readonly DeniedRead[],
    at = new Date(),
  ): Promise<SecurityEvent[]> {
    const now = Date.now();
    for (const [key, until] of this.recent) {
      if (until > now && this.recent.size <= SECURITY_EVENT_DEDUP_MAX) break;
      this.recent.delete(key);
    }
    const keyOf = (e: UnchainedSecurityEvent) =>
      `${e.requestId}\u0000${e.serviceUserId}\u0000${e.category ?? ''}\u0000${e.field}`;
    const fresh = securityEventsOf(identity, denials, at).filter((e) => {
      const key = keyOf(e);
      if (this.recent.has(key)) return false;
      this.recent.set(key, now + SECURITY_EVENT_DEDUP_MS);
      return true;
    });
    try {
      return await this.appender.append(fresh);
    } catch (error) {
      for (const e of fresh) this.recent.delete(keyOf(e));
      throw error;
    }
  }

  /**
   * The newest `limit` events about one service user in the period, before the chain position
   * `before` when given, newest first (keyset, as DisclosureAudit.newestAbout).
   */
  newestAbout(
    period: ChainPeriod,
    limit: number,
    before: number | null = null,
  ): Promise<SecurityEvent[]> {
    return newestInChain<SecurityEventRow, SecurityEvent>(
      this.ds,
      { table: SECURITY_EVENT_TABLE, columns: COLUMNS, ofRow: securityEventOfRow },
      period,
      limit,
      before,
    );
  }
}
