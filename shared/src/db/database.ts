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
  close(): Promise<void>;
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
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    kind: embedded ? 'pglite' : 'postgres',
    ...(embedded ? { dumpEmbedded: dumpOf(embedded) } : {}),
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
