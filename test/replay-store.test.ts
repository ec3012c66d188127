/**
 * The request-token replay store (ADR 0039, ADR 0051) keeps refusing used tokens and accepting
 * new ones after its pool has replaced its connection, on the database `npm start` uses (PGlite,
 * which serves every client connection from one session) and on PostgreSQL. A named prepared
 * statement broke this on PGlite: the new connection's `Parse` of the same name failed
 * ("already exists") and every signed request after it was refused.
 */
import type { DataSource } from 'typeorm';
import {
  PostgresReplayStore,
  REQUEST_TOKEN_USE_DDL,
  RequestTokenError,
  openDatabase,
  type Database,
} from '@icp/shared';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let database: Database;
let ds: DataSource;
let store: PostgresReplayStore;

beforeAll(async () => {
  db = await createTestDatabase('replay-store');
  // PostgreSQL when the tests have a server, else an embedded PGlite as `npm start` runs.
  database = await openDatabase({
    url: db.url,
    applicationName: 'icp-replay-store-test',
    entities: [],
    migrations: [],
  });
  ds = database.dataSource;
  for (const ddl of REQUEST_TOKEN_USE_DDL) await ds.query(ddl);
  // As the servers build it: named only on a real PostgreSQL server.
  store = new PostgresReplayStore(ds, { prepared: database.kind === 'postgres' });
});

afterAll(async () => {
  await database?.close();
  await db?.drop();
});

/**
 * Makes the pool close its connection, as its idle timeout does, so that the next statement runs
 * on a new one (after a moment: the embedded database's socket server takes one connection at a
 * time and finishes closing the old one first).
 */
async function replaceConnection(): Promise<void> {
  const pool = (
    ds.driver as unknown as {
      master: { connect(): Promise<{ release(destroy: boolean): void }> };
    }
  ).master;
  const client = await pool.connect();
  client.release(true);
  await new Promise((done) => setTimeout(done, 300));
}

it('accepts a new token and refuses a used one, before and after a new connection', async () => {
  const expires = Date.now() + 60_000;
  await store.use('icp-gateway', 'jti-1', expires);
  await expect(store.use('icp-gateway', 'jti-1', expires)).rejects.toBeInstanceOf(
    RequestTokenError,
  );
  await replaceConnection();
  await store.use('icp-gateway', 'jti-2', expires);
  await expect(store.use('icp-gateway', 'jti-1', expires)).rejects.toBeInstanceOf(
    RequestTokenError,
  );
  await replaceConnection();
  await store.use('icp-gateway', 'jti-3', expires);
});
