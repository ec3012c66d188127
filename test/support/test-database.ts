import { createHash, randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { openDatabase } from '@icp/shared';

/**
 * The PostgreSQL server tests may create databases on, from TEST_DATABASE_URL. Unset, each
 * instance gets an in-memory embedded PGlite instead.
 */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL;

/** TEST_DB_SNAPSHOTS=off runs every migration in every test database, as before snapshots. */
const SNAPSHOTS = process.env.TEST_DB_SNAPSHOTS !== 'off';

/**
 * A subgraph's migrations, which a test database can start with already run (see
 * docs/adr/0031-test-database-snapshots.md). `kind` names the snapshot: one per subgraph.
 */
export interface MigratedSchema {
  kind: string;
  migrations: readonly Function[];
}

export interface TestDatabase {
  /** undefined means: use an embedded in-memory PGlite. */
  url: string | undefined;
  /**
   * What to open the database with: `{ url }` on a server, else `{ embeddedSnapshot }` (when
   * migrated) or `{}` (an empty in-memory PGlite).
   */
  settings: { url?: string; embeddedSnapshot?: Blob };
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_SERVER_URL, connectionTimeoutMillis: 30_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(TEST_SERVER_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A fresh, uniquely named database on the test server (or PGlite), dropped afterwards. Empty,
 * unless `migrated` is given: then every one of those migrations has already been run in it, by
 * copying a snapshot taken once (a template database on the server, a data directory tarball for
 * PGlite) instead of running them again.
 */
export async function createTestDatabase(
  label: string,
  migrated_?: MigratedSchema,
): Promise<TestDatabase> {
  const migrated = SNAPSHOTS ? migrated_ : undefined;
  if (!TEST_SERVER_URL) {
    const settings = migrated ? { embeddedSnapshot: await embeddedSnapshot(migrated) } : {};
    return { url: undefined, settings, drop: async () => {} };
  }
  const name = `icp_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const create = async () => {
    const template = migrated ? await templateDatabase(migrated) : undefined;
    await admin((c) =>
      c.query(
        template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`,
      ),
    );
  };
  try {
    await create();
  } catch (error) {
    // 3D000: the template is gone (a run with changed migrations replaced it): build it again.
    if (!migrated || (error as { code?: string }).code !== '3D000') throw error;
    templates.clear();
    await create();
  }
  const url = databaseUrl(name);
  return {
    url,
    settings: { url },
    drop: () =>
      admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * Names a snapshot by what it holds: the subgraph, each migration's name, code and the statements
 * it issues, and (for PGlite, whose data directory format is its PostgreSQL build's) the PGlite
 * version. Any change to a migration, to SQL it imports (the audit table's DDL comes from
 * @icp/shared), or a new one, gives a new key, so a stale snapshot is never used.
 */
async function snapshotKey(m: MigratedSchema, engine: string): Promise<string> {
  const hash = createHash('sha256').update(`${engine}\n${m.kind}\n`);
  for (const migration of m.migrations) {
    hash.update(`${migration.name}\n${String(migration)}\n`);
    hash.update(`${await statementsOf(migration)}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * What a migration's `up` asks of TypeORM, recorded by running it against a stand-in that
 * answers every call with no rows. A migration that reads rows and uses them gets none, or fails
 * here: either way the record is the same for the same code, which is all a key needs.
 */
async function statementsOf(migration: Function): Promise<string> {
  const calls: string[] = [];
  const recorder: unknown = new Proxy(
    {},
    {
      get: (_, method) =>
        method === 'then'
          ? undefined
          : (...args: unknown[]) => {
              calls.push(`${String(method)}(${args.map(printed).join(', ')})`);
              return Promise.resolve([]);
            },
    },
  );
  try {
    const instance = new (migration as new () => { up(q: unknown): Promise<unknown> })();
    await instance.up(recorder);
  } catch (error) {
    calls.push(`threw ${String(error)}`);
  }
  return calls.join('\n');
}

function printed(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Runs the migrations once in a database (schema_migrations records them as run). */
async function migrate(m: MigratedSchema, where: { url?: string }) {
  return openDatabase({
    ...where,
    applicationName: `icp-test-snapshot-${m.kind}`,
    entities: [],
    migrations: [...m.migrations],
    statementTimeoutMs: 300_000,
  });
}

// ---- PostgreSQL: one template database per subgraph and key; CREATE DATABASE ... TEMPLATE

const TEMPLATE_LOCK = 0x1c9_7e57; // pg_advisory_lock key: one builder at a time on the server
const templates = new Map<MigratedSchema, Promise<string>>();

/** The template's name, once it exists; looked up (and built, if need be) once per test file. */
function templateDatabase(m: MigratedSchema): Promise<string> {
  let built = templates.get(m);
  if (!built) {
    built = snapshotKey(m, 'postgres').then((key) => buildTemplate(m, `icp_tpl_${m.kind}_${key}`));
    built.catch(() => templates.delete(m));
    templates.set(m, built);
  }
  return built;
}

/**
 * Builds the template under an advisory lock (other jest workers and other people's test runs
 * wait, then find it), under a temporary name renamed when complete, so that a half-migrated
 * template is never copied. Templates of earlier keys are dropped.
 */
async function buildTemplate(m: MigratedSchema, name: string): Promise<string> {
  return admin(async (c) => {
    await c.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount) return name;
      const building = `${name}_b${randomBytes(3).toString('hex')}`;
      await c.query(`CREATE DATABASE "${building}"`);
      try {
        const db = await migrate(m, { url: databaseUrl(building) });
        await db.close();
        await c.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
      } catch (error) {
        await c.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
        throw error;
      }
      // Nobody connects to a template (copying needs it idle); earlier keys' templates go.
      await c.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      const stale = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2`,
        [`icp\\_tpl\\_${m.kind}\\_%`, name],
      );
      for (const { datname } of stale.rows)
        await c.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
      return name;
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

// ---- PGlite: one data directory tarball per subgraph and key, in the OS temporary directory

const SNAPSHOT_DIR = join(tmpdir(), 'icp-test-snapshots');
const snapshots = new Map<MigratedSchema, Promise<Blob>>();

function pgliteVersion(): string {
  const main = require.resolve('@electric-sql/pglite');
  const pkg = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The snapshot's contents; read (and built, if need be) once per test file. */
function embeddedSnapshot(m: MigratedSchema): Promise<Blob> {
  let snapshot = snapshots.get(m);
  if (!snapshot) {
    snapshot = snapshotKey(m, `pglite ${pgliteVersion()}`).then((key) =>
      loadOrBuildSnapshot(m, join(SNAPSHOT_DIR, `${m.kind}-${key}.tar`)),
    );
    snapshot.catch(() => snapshots.delete(m));
    snapshots.set(m, snapshot);
  }
  return snapshot;
}

/** The file's contents (read now: another run may replace it later), or undefined. */
function readSnapshot(path: string): Blob | undefined {
  try {
    return new Blob([readFileSync(path)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A builder that has held the lock this long is taken to have died. */
const STALE_LOCK_MS = 5 * 60_000;

/**
 * The snapshot file if there is one; else one process builds it (a lock directory, as mkdir is
 * atomic) while others wait for it. The file appears complete or not at all (rename).
 */
async function loadOrBuildSnapshot(m: MigratedSchema, file: string): Promise<Blob> {
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  const lock = `${file}.lock`;
  for (;;) {
    const found = readSnapshot(file);
    if (found) return found;
    try {
      mkdirSync(lock);
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      const built = readSnapshot(file);
      if (built) return built;
      const db = await migrate(m, {});
      let tarball: Blob;
      try {
        tarball = await db.dumpEmbedded!();
      } finally {
        await db.close();
      }
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
      renameSync(partial, file);
      removeStaleSnapshots(m.kind, file);
      return tarball;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Earlier keys' snapshots of this subgraph (each is tens of MB). */
function removeStaleSnapshots(kind: string, keep: string) {
  for (const name of readdirSync(SNAPSHOT_DIR)) {
    const path = join(SNAPSHOT_DIR, name);
    if (path !== keep && name.startsWith(`${kind}-`) && name.endsWith('.tar'))
      rmSync(path, { force: true });
  }
}
