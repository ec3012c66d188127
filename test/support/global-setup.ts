import { Client } from 'pg';

/** Where `npm test` looks for PostgreSQL when TEST_DATABASE_URL is not set. */
export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Chooses the database the integration tests use, once, before jest starts its workers (which
 * inherit the environment): TEST_DATABASE_URL when set; embedded PGlite when TEST_DATABASE is
 * `embedded`; otherwise PostgreSQL on 127.0.0.1:5432 when it accepts a connection (trust auth, as
 * on a development machine), else embedded PGlite. Each test database is a throwaway one made
 * from a template (ADR 0031), so a developer's own databases are never touched.
 */
export default async function chooseTestDatabase(): Promise<void> {
  if (process.env.TEST_DATABASE_URL || process.env.TEST_DATABASE === 'embedded') return;
  const client = new Client({
    connectionString: LOCAL_POSTGRES_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    process.env.TEST_DATABASE_URL = LOCAL_POSTGRES_URL;
  } catch {
    process.stdout.write(
      `\nNo PostgreSQL at ${LOCAL_POSTGRES_URL}: the tests use embedded PGlite (slower).\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
