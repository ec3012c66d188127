import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The PostgreSQL server tests may create databases on, from TEST_DATABASE_URL. Unset, each
 * instance gets an in-memory embedded PGlite instead.
 */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL;

export interface TestDatabase {
  /** undefined means: use an embedded in-memory PGlite. */
  url: string | undefined;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_SERVER_URL, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, uniquely named database on the test server (or PGlite), dropped afterwards. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  if (!TEST_SERVER_URL) return { url: undefined, drop: async () => {} };
  const name = `icp_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
