import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export interface DatabaseOptions {
  /** A real PostgreSQL server. When absent, an embedded PGlite is started. */
  url?: string;
  /** Where the embedded database persists; in memory when absent. Ignored with `url`. */
  dataDir?: string;
  /**
   * Start the in-memory embedded database from this data directory tarball (an
   * `EmbeddedPostgres.dump()`) instead of an empty one. Tests use a snapshot taken after every
   * migration: the migrations it records as run are then skipped, any newer ones still run.
   * Ignored with `url`; not allowed with `dataDir`.
   */
  embeddedSnapshot?: Blob;
  /** Shown in pg_stat_activity. */
  applicationName: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Pool size on a real server; default 10. The embedded database always uses 1. */
  poolMax?: number;
  /** Per-statement limit in ms; default 10000. */
  statementTimeoutMs?: number;
  /** Logs every SQL statement (TypeORM logger) when set. */
  onQuery?: (sql: string) => void;
  /** Told once when another process holds the start-up lock (it is migrating): start waits. */
  onStartupLockWait?: () => void;
}

export interface Database {
  dataSource: DataSource;
  /** 'postgres' for a real server, 'pglite' for the embedded one. */
  kind: 'postgres' | 'pglite';
  /**
   * The embedded database's whole data directory as a tarball, for `embeddedSnapshot` (tests
   * take one after the migrations). Only for the embedded database; absent on a real server.
   */
  dumpEmbedded?(): Promise<Blob>;
  /**
   * Runs `work` while holding the database's start-up lock (the one the migrations run under),
   * so that of several replicas starting at once only one does it at a time: the demo seed,
   * which each then finds done. On the embedded database (one process) it just runs it.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * The session-level advisory lock replicas of one server take while they migrate (and seed) the
 * database they share. Each server has its own database, so one key serves them all.
 */
export const STARTUP_LOCK_KEY = 0x1c9_5747;

/** How long a starting process waits for another to finish its migrations; default 15 min. */
const STARTUP_LOCK_WAIT_MS = 15 * 60_000;
const STARTUP_LOCK_POLL_MS = 250;

/**
 * Holds the start-up lock on a connection of its own while `work` runs on the pool. Polls with
 * `pg_try_advisory_lock` rather than waiting in `pg_advisory_lock`, so that no statement waits
 * longer than the statement timeout however long another replica's migrations take.
 */
async function underStartupLock<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
  o: { waitMs?: number; onWait?: () => void } = {},
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const deadline = Date.now() + (o.waitMs ?? STARTUP_LOCK_WAIT_MS);
    let told = false;
    for (;;) {
      const [row] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
        STARTUP_LOCK_KEY,
      ])) as { locked: boolean }[];
      if (row?.locked) break;
      if (Date.now() > deadline)
        throw new Error('another process has held the start-up lock too long (migrations?)');
      if (!told) o.onWait?.();
      told = true;
      await new Promise((r) => setTimeout(r, STARTUP_LOCK_POLL_MS));
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Opens the database and runs pending migrations. Pools never wait forever: connecting,
 * statements and idle transactions all have limits.
 */
export async function openDatabase(o: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = o.url;
  if (!url) {
    embedded = await startEmbeddedPostgres(
      o.dataDir,
      o.embeddedSnapshot ? { snapshot: o.embeddedSnapshot } : {},
    );
    url = embedded.url;
  }
  const statementTimeout = o.statementTimeoutMs ?? 10_000;
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: o.entities,
    migrations: o.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: o.onQuery ? ['query'] : false,
    ...(o.onQuery ? { logger: new QueryCountingLogger(o.onQuery) } : {}),
    applicationName: o.applicationName,
    extra: {
      max: embedded ? 1 : (o.poolMax ?? 10),
      // The embedded database shares the CPU with the app; under load it can take a while to answer.
      connectionTimeoutMillis: embedded ? 30_000 : 5_000,
      idleTimeoutMillis: 30_000,
      ...(embedded
        ? {}
        : {
            statement_timeout: statementTimeout,
            idle_in_transaction_session_timeout: statementTimeout * 3,
          }),
    },
  });
  try {
    await dataSource.initialize();
    // Replicas starting at once on one database: one runs the pending migrations, the others
    // wait for the lock and then find none pending. The embedded database has one process
    // (its data directory lock) and one connection, so it takes no lock.
    const migrate = () => dataSource.runMigrations({ transaction: 'each' });
    if (embedded) await migrate();
    else
      await underStartupLock(
        dataSource,
        migrate,
        o.onStartupLockWait ? { onWait: o.onStartupLockWait } : {},
      );
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    kind: embedded ? 'pglite' : 'postgres',
    ...(embedded ? { dumpEmbedded: dumpOf(embedded) } : {}),
    exclusively: (work) => (embedded ? work() : underStartupLock(dataSource, work)),
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

const dumpOf = (embedded: EmbeddedPostgres) => () => embedded.dump();

class QueryCountingLogger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string) {
    this.onQuery(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** Rows returned by an UPDATE ... RETURNING through TypeORM's postgres driver ([rows, count]). */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as T[];
  return (Array.isArray(result) ? result : []) as T[];
}

const UNIQUE_VIOLATION = '23505';

/** PostgreSQL's unique violation, as pg (through TypeORM's QueryFailedError) reports it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return e?.code === UNIQUE_VIOLATION || e?.driverError?.code === UNIQUE_VIOLATION;
}
