import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  AUDIT_TABLE,
  DisclosureAudit,
  readChain,
  verifyChain,
  type AuditSql,
  type Database,
  type Disclosure,
  type Identity,
} from '@icp/shared';
import { openCaseManagementDatabase } from '../subgraphs/case-management/src/database';
import { createTestDatabase, TEST_SERVER_URL, type TestDatabase } from './support/test-database';

/**
 * Two writers appending to one chain at once (ADR 0024): as two processes serving the same
 * database would. On PostgreSQL each writer has its own connection pool; on PGlite (one
 * connection) they share it but each keeps its own idea of the head, so they still take each
 * other's positions and must re-read. Either way the result is one valid, gap-free chain.
 */
const reader = (writer: string, n: number): Identity => ({
  agencyCode: 'PROB',
  userId: `${writer}-${n}`,
  roles: ['KEY_WORKER'],
  requestId: `req-${writer}-${n}-${randomUUID()}`,
});

const read = (serviceUserId: string): Disclosure => ({
  serviceUserId,
  category: 'IDENTITY',
  field: 'ServiceUser.givenName',
  basis: 'CONSENT',
  consentIds: ['c-1'],
});

describe('two disclosure audit writers on one database', () => {
  let testDb: TestDatabase;
  let db: Database;
  let second: DataSource | undefined;
  const sql: AuditSql = async (text, params) => db.dataSource.query(text, params);

  beforeAll(async () => {
    testDb = await createTestDatabase('audit_writers');
    db = await openCaseManagementDatabase(testDb.url ? { url: testDb.url } : {});
    if (TEST_SERVER_URL) {
      second = new DataSource({ type: 'postgres', url: testDb.url!, poolSize: 10 });
      await second.initialize();
    }
  });
  afterAll(async () => {
    await second?.destroy();
    await db?.close();
    await testDb?.drop();
  });

  it('append concurrently to one valid chain, every entry once', async () => {
    const a = new DisclosureAudit(db.dataSource);
    const b = new DisclosureAudit(second ?? db.dataSource);
    const PER_WRITER = 40;
    const written = await Promise.all(
      Array.from({ length: PER_WRITER }, (_, i) => [
        a.record(reader('a', i), [read(randomUUID()), read(randomUUID())]),
        b.record(reader('b', i), [read(randomUUID())]),
      ]).flat(),
    );
    // A second round: both writers' cached heads are now stale for one of them.
    written.push(
      ...(await Promise.all([
        a.record(reader('a', 100), [read(randomUUID())]),
        b.record(reader('b', 100), [read(randomUUID())]),
      ])),
    );
    const entries = written.flat();
    expect(entries).toHaveLength(PER_WRITER * 3 + 2);

    const report = await verifyChain(readChain(sql));
    expect(report).toMatchObject({ ok: true, problems: [], entries: entries.length });
    expect(report.head!.position).toBe(entries.length);
    // What each writer was told it wrote is what the chain holds, at those positions.
    const positions = entries.map((e) => e.position).sort((x, y) => x - y);
    expect(positions).toEqual(Array.from({ length: entries.length }, (_, i) => i + 1));
    const stored = await db.dataSource.query<{ position: string; hash: string }[]>(
      `SELECT position, hash FROM ${AUDIT_TABLE} ORDER BY position`,
    );
    const byPosition = new Map(stored.map((r) => [Number(r.position), r.hash.trim()]));
    for (const e of entries) expect(byPosition.get(e.position)).toBe(e.hash);
  });
});
