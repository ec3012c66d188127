import type { DataSource } from 'typeorm';
import type { Disclosure } from '../consent/consent-guard';
import type { Identity } from '../identity/identity';
import { ChainAppender } from './chain-appender';
import { chain, entriesOf, type AuditEntry, type UnchainedEntry } from './disclosure-audit-entry';
import { newestInChain, type ChainPeriod } from './chain-page';

export const AUDIT_TABLE = 'disclosure_audit';

/**
 * The audit table, its append-only trigger and privileges: the same DDL in every subgraph's own
 * database (each subgraph's migration runs it).
 *
 * - The trigger raises on UPDATE, DELETE and TRUNCATE for every role, the owner and superusers
 *   included (only `session_replication_role = replica` or disabling the trigger, both needing
 *   superuser or ownership, get past it — which is what `audit:verify` is for).
 * - `REVOKE ... FROM PUBLIC` states the intent; the real protection is running the application
 *   as a role that does not own the table and holds only SELECT, INSERT on it
 *   (docs/security.md).
 */
export const AUDIT_TABLE_DDL: readonly string[] = [
  `CREATE TABLE ${AUDIT_TABLE} (
     position bigint PRIMARY KEY CHECK (position > 0),
     at timestamptz NOT NULL,
     service_user_id uuid,
     reader_agency text NOT NULL,
     reader_user text NOT NULL,
     categories text[] NOT NULL,
     fields text[] NOT NULL,
     consent_ids text[] NOT NULL,
     bases text[] NOT NULL CHECK (cardinality(bases) > 0),
     operation_name text,
     request_id text NOT NULL,
     prev_hash char(64) NOT NULL,
     hash char(64) NOT NULL UNIQUE
   )`,
  `CREATE INDEX ${AUDIT_TABLE}_service_user ON ${AUDIT_TABLE} (service_user_id, at)`,
  `CREATE INDEX ${AUDIT_TABLE}_request ON ${AUDIT_TABLE} (request_id)`,
  `CREATE FUNCTION ${AUDIT_TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION '${AUDIT_TABLE} is append-only: % refused', TG_OP
       USING ERRCODE = 'insufficient_privilege';
   END $$`,
  `CREATE TRIGGER ${AUDIT_TABLE}_no_update_delete BEFORE UPDATE OR DELETE ON ${AUDIT_TABLE}
     FOR EACH ROW EXECUTE FUNCTION ${AUDIT_TABLE}_append_only()`,
  `CREATE TRIGGER ${AUDIT_TABLE}_no_truncate BEFORE TRUNCATE ON ${AUDIT_TABLE}
     FOR EACH STATEMENT EXECUTE FUNCTION ${AUDIT_TABLE}_append_only()`,
  `REVOKE UPDATE, DELETE, TRUNCATE ON ${AUDIT_TABLE} FROM PUBLIC`,
];

/**
 * A person's entries in chain order, for "who saw my data" newest first, one page at a time
 * (each subgraph's own later migration adds it).
 */
export const AUDIT_NEWEST_INDEX_DDL = `CREATE INDEX ${AUDIT_TABLE}_service_user_newest
  ON ${AUDIT_TABLE} (service_user_id, position)`;
export const AUDIT_NEWEST_INDEX_DROP = `DROP INDEX ${AUDIT_TABLE}_service_user_newest`;

export const AUDIT_TABLE_DROP: readonly string[] = [
  `DROP TABLE ${AUDIT_TABLE}`,
  `DROP FUNCTION ${AUDIT_TABLE}_append_only()`,
];

/**
 * A row of the table as the drivers return it: bigint `position` as a string, CHAR hashes
 * blank-padded. (A type, not an interface: pg's `query<R>` wants an index-signature type.)
 */
export type AuditRow = {
  position: string | number;
  at: Date | string;
  service_user_id: string | null;
  reader_agency: string;
  reader_user: string;
  categories: string[] | null;
  fields: string[] | null;
  consent_ids: string[] | null;
  bases: string[] | null;
  operation_name: string | null;
  request_id: string;
  prev_hash: string;
  hash: string;
};

/** Runs SQL and returns its rows: a TypeORM DataSource/EntityManager or a pg client, alike. */
export type AuditSql = (sql: string, params?: unknown[]) => Promise<AuditRow[]>;

const COLUMNS = `position, at, service_user_id, reader_agency, reader_user, categories, fields,
  consent_ids, bases, operation_name, request_id, prev_hash, hash`;

/** A row as stored → an entry (bigint positions come back as strings). */
export function entryOfRow(r: AuditRow): AuditEntry {
  return {
    position: Number(r.position),
    at: r.at instanceof Date ? r.at : new Date(r.at),
    serviceUserId: r.service_user_id ?? null,
    readerAgency: r.reader_agency,
    readerUser: r.reader_user,
    categories: r.categories ?? [],
    fields: r.fields ?? [],
    consentIds: r.consent_ids ?? [],
    bases: r.bases ?? [],
    operationName: r.operation_name ?? null,
    requestId: r.request_id,
    prevHash: String(r.prev_hash).trim(),
    hash: String(r.hash).trim(),
  };
}

/** One multi-row INSERT of chained entries. */
function insertStatement(entries: readonly AuditEntry[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const tuples = entries.map((e) => {
    const values = [
      e.position,
      e.at,
      e.serviceUserId,
      e.readerAgency,
      e.readerUser,
      e.categories,
      e.fields,
      e.consentIds,
      e.bases,
      e.operationName,
      e.requestId,
      e.prevHash,
      e.hash,
    ];
    const start = params.length;
    params.push(...values);
    return `(${values.map((_, i) => `$${start + i + 1}`).join(', ')})`;
  });
  return { sql: `INSERT INTO ${AUDIT_TABLE} (${COLUMNS}) VALUES ${tuples.join(', ')}`, params };
}

/** Reads every entry in chain order, `batch` rows at a time (for verification). */
export async function* readChain(sql: AuditSql, batch = 1000): AsyncGenerator<AuditEntry> {
  let after = 0;
  for (;;) {
    const rows = await sql(
      `SELECT ${COLUMNS} FROM ${AUDIT_TABLE} WHERE position > $1 ORDER BY position LIMIT $2`,
      [after, batch],
    );
    for (const r of rows) yield entryOfRow(r);
    if (rows.length < batch) return;
    after = Number(rows[rows.length - 1]!.position);
  }
}

/** One subgraph's disclosure audit trail, in its own database. */
export class DisclosureAudit {
  private readonly appender: ChainAppender<UnchainedEntry, AuditEntry>;

  constructor(private readonly ds: DataSource) {
    this.appender = new ChainAppender({
      readHead: async () => {
        const [head] = await ds.query<{ position: string; hash: string }[]>(
          `SELECT position, hash FROM ${AUDIT_TABLE} ORDER BY position DESC LIMIT 1`,
        );
        return head ? { position: Number(head.position), hash: head.hash.trim() } : null;
      },
      chain,
      insert: async (entries) => {
        const { sql, params } = insertStatement(entries);
        await ds.query(sql, params);
      },
    });
  }

  /**
   * Appends one entry per service user for what a request disclosed: chained after the head and
   * written in one INSERT, with no lock, together with whatever other requests of this process
   * are waiting (ChainAppender, ADR 0024). Throws if the entries could not be written (the
   * caller then withholds the data).
   */
  async record(
    identity: Identity,
    disclosures: readonly Disclosure[],
    at = new Date(),
  ): Promise<AuditEntry[]> {
    return this.appender.append(entriesOf(identity, disclosures, at));
  }

  /** The entries about one service user in [from, to], oldest first. */
  async about(serviceUserId: string, from: Date, to: Date): Promise<AuditEntry[]> {
    const rows = await this.ds.query<AuditRow[]>(
      `SELECT ${COLUMNS} FROM ${AUDIT_TABLE}
        WHERE service_user_id = $1 AND at >= $2 AND at <= $3 ORDER BY position`,
      [serviceUserId, from, to],
    );
    return rows.map(entryOfRow);
  }

  /**
   * The newest `limit` entries about one service user in the period, before the chain position
   * `before` when given, newest first: a page read backwards along the person's entries in chain
   * order (keyset, ADR 0045), whatever the length of their history.
   */
  newestAbout(
    period: ChainPeriod,
    limit: number,
    before: number | null = null,
  ): Promise<AuditEntry[]> {
    return newestInChain<AuditRow, AuditEntry>(
      this.ds,
      { table: AUDIT_TABLE, columns: COLUMNS, ofRow: entryOfRow },
      period,
      limit,
      before,
    );
  }
}
