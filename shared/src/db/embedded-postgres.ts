import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';

export interface EmbeddedPostgres {
  /** A postgres:// URL for node-postgres. */
  url: string;
  /**
   * A tarball of the whole data directory (after a checkpoint), which `startEmbeddedPostgres`
   * can start another in-memory instance from.
   */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /**
   * Start an in-memory instance from this data directory tarball (from `dump()`) instead of an
   * empty database: PGlite then skips initdb, which is most of its start-up time. Not allowed
   * with a `dataDir` (a persistent directory has its own data).
   */
  snapshot?: Blob;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) behind a loopback socket so that the
 * application talks to it over the ordinary PostgreSQL wire protocol with node-postgres, exactly
 * as it talks to a real server. PGlite serves one connection at a time, so pools on it use one.
 *
 * @param dataDir a directory to persist to; omitted, the database lives in memory. Held by
 *   this process (see ./data-dir-lock) until `stop()`.
 */
export async function startEmbeddedPostgres(
  dataDir?: string,
  o: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  if (dataDir && o.snapshot)
    throw new Error('an embedded snapshot only starts an in-memory database');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // One process at a time: refused (DataDirInUseError) while a running process holds it.
  const lock = dataDir ? lockDataDir(dataDir) : null;
  const db = await PGlite.create(
    dataDir ?? 'memory://',
    o.snapshot ? { loadDataDir: o.snapshot } : {},
  );
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const conn = server.getServerConn();
  return {
    url: `postgres://postgres@${conn}/postgres`,
    async dump() {
      await db.exec('CHECKPOINT');
      return db.dumpDataDir('none');
    },
    async stop() {
      await server.stop();
      await db.close();
      lock?.release();
    },
  };
}
