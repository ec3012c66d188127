import type { DataSource } from 'typeorm';
import { RequestTokenError, type ReplayStore } from '../identity/request-token';

/** The table a server's single-use token ids are kept in (ADR 0039), in its own database. */
export const REQUEST_TOKEN_USE_TABLE = 'request_token_use';

/**
 * The table's DDL, run by a migration of each subgraph (case-management and the agency
 * subgraph). UNLOGGED: no write-ahead log, so an insert costs no WAL flush on the request's path;
 * after a database crash (not a clean restart) PostgreSQL empties it, and the ids of tokens
 * issued in the 35 s before the crash are forgotten (see the ADR).
 */
export const REQUEST_TOKEN_USE_DDL = [
  `CREATE UNLOGGED TABLE ${REQUEST_TOKEN_USE_TABLE} (
    issuer text NOT NULL,
    jti text NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (issuer, jti)
  )`,
];

/** How often, at most, a store removes ids whose tokens have expired. */
export const REPLAY_PRUNE_INTERVAL_MS = 60_000;

/**
 * Removed only this long after the token's own expiry (which already includes the verifier's
 * 5 s clock tolerance): a database clock a little ahead of a replica's never forgets an id
 * while that replica would still accept its token.
 */
const PRUNE_MARGIN = `interval '1 minute'`;

/** Longest token id kept; a signed token with a longer one is refused. */
const MAX_ID_LENGTH = 200;

/**
 * The INSERT of one token id, as a named prepared statement (node-postgres prepares it once per
 * pooled connection, then only binds and executes it: no parse or plan in PostgreSQL per token).
 */
const USE_STATEMENT = {
  name: 'icp_request_token_use',
  text: `INSERT INTO ${REQUEST_TOKEN_USE_TABLE} (issuer, jti, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
} as const;

/** The part of node-postgres' pool the store uses. */
interface PgPool {
  query(q: {
    name?: string;
    text: string;
    values: unknown[];
  }): Promise<{ rowCount: number | null }>;
}

export interface ReplayStoreOptions {
  /** Told when removing expired ids fails (the next prune tries again). */
  onPruneError?: (error: unknown) => void;
  /**
   * Whether the INSERT is a named prepared statement: only on a real PostgreSQL server. The
   * embedded PGlite serves every client connection from one session, so a statement prepared
   * by a connection the pool has since closed is still there when a new connection prepares it
   * again ("already exists"), and every token after that would be refused.
   */
  prepared?: boolean;
}

/**
 * Single-use token ids in the server's database (ADR 0039), so that every replica of a server
 * refuses a token any of them has accepted. One INSERT per verified token: `ON CONFLICT DO
 * NOTHING`, and no row inserted means the id was there already. At most once a minute, after
 * an insert, the ids of expired tokens are deleted in the background.
 *
 * The INSERT goes straight to the data source's pg pool as a named prepared statement, not
 * through a TypeORM query runner (its connect, broadcaster events and result shaping cost more
 * than the statement; ADR 0051). It is still told to the data source's logger, so a test that
 * counts a server's statements (`onQuery`) sees it.
 */
export class PostgresReplayStore implements ReplayStore {
  private lastPrune = Date.now();
  private pruning: Promise<void> | undefined;

  private readonly onPruneError: (error: unknown) => void;
  private readonly statement: { name?: string; text: string };

  constructor(
    private readonly dataSource: DataSource,
    o: ReplayStoreOptions = {},
  ) {
    this.onPruneError = o.onPruneError ?? (() => undefined);
    this.statement = o.prepared ? USE_STATEMENT : { text: USE_STATEMENT.text };
  }

  async use(issuer: string, jti: string, expiresAt: number): Promise<void> {
    if (jti.length > MAX_ID_LENGTH || issuer.length > MAX_ID_LENGTH)
      throw new RequestTokenError('token id too long');
    const values = [issuer, jti, new Date(expiresAt).toISOString()];
    this.dataSource.logger.logQuery(USE_STATEMENT.text, values);
    const { rowCount } = await this.pool().query({ ...this.statement, values });
    if (rowCount !== 1) throw new RequestTokenError('token already used');
    if (Date.now() - this.lastPrune >= REPLAY_PRUNE_INTERVAL_MS && !this.pruning) {
      this.lastPrune = Date.now();
      this.pruning = this.prune()
        .catch(this.onPruneError)
        .finally(() => (this.pruning = undefined));
    }
  }

  /** The data source's pg pool (TypeORM's postgres driver keeps it as `master`). */
  private pool(): PgPool {
    const pool = (this.dataSource.driver as { master?: PgPool }).master;
    if (!pool) throw new Error('the replay store needs an initialised PostgreSQL data source');
    return pool;
  }

  /** Deletes the ids of tokens that expired more than a minute ago. */
  async prune(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM ${REQUEST_TOKEN_USE_TABLE} WHERE expires_at < now() - ${PRUNE_MARGIN}`,
    );
  }

  /** Waits for a prune in progress (a server stopping closes its pool after this). */
  async settled(): Promise<void> {
    await this.pruning;
  }
}
