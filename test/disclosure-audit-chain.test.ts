import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
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
 * The audit chain on a real database (PostgreSQL with TEST_DATABASE_URL, else PGlite): appends
 * under the lock, the append-only trigger, and verification finding the exact position of an
 * edited, deleted or cut-off entry.
 */
const reader = (n: number): Identity => ({
  agencyCode: 'PROB',
  userId: `prob-${n}`,
  roles: ['KEY_WORKER'],
  requestId: `req-${n}-${randomUUID()}`,
  operationName: 'Plan',
});

const read = (serviceUserId: string, field = 'ServiceUser.givenName'): Disclosure => ({
  serviceUserId,
  category: 'IDENTITY',
  field,
  basis: 'CONSENT',
  consentIds: ['c-1'],
});

describe('the disclosure audit chain', () => {
  let testDb: TestDatabase;
  let db: Database;
  let audit: DisclosureAudit;
  const sql: AuditSql = async (text, params) => db.dataSource.query(text, params);
  const verify = (expectHead?: { position: number; hash: string }) =>
    verifyChain(readChain(sql, 3), expectHead); // small batches: the paging is exercised too

  /** Changes the table past its trigger, as only a superuser or its owner can. */
  const tamper = (statement: string, params: unknown[] = []) =>
    db.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL session_replication_role = replica`);
      await m.query(statement, params);
    });

  beforeAll(async () => {
    testDb = await createTestDatabase('audit_chain');
    db = await openCaseManagementDatabase(testDb.url ? { url: testDb.url } : {});
    audit = new DisclosureAudit(db.dataSource);
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('writes one entry per service user per request, and chains concurrent requests gap-free', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const first = await audit.record(reader(0), [
      read(a),
      read(a, 'ServiceUser.familyName'),
      { ...read(b), basis: 'HOLDER', consentIds: [] },
    ]);
    expect(first.map((e) => [e.position, e.serviceUserId])).toEqual(
      [a, b].sort().map((id, i) => [i + 1, id]),
    );
    const forA = first.find((e) => e.serviceUserId === a)!;
    expect(forA).toMatchObject({
      readerAgency: 'PROB',
      readerUser: 'prob-0',
      categories: ['IDENTITY'],
      fields: ['ServiceUser.familyName', 'ServiceUser.givenName'],
      consentIds: ['c-1'],
      bases: ['CONSENT'],
      operationName: 'Plan',
    });

    await Promise.all(
      Array.from({ length: 12 }, (_, i) => audit.record(reader(i + 1), [read(randomUUID())])),
    );
    const report = await verify();
    expect(report).toMatchObject({ ok: true, entries: 14, problems: [] });
    expect(report.head!.position).toBe(14);
    // What was written reads back exactly (the hash covers it).
    expect(await audit.about(a, new Date(0), new Date())).toEqual([forA]);
  });

  it('writes nothing for a request that disclosed nothing', async () => {
    expect(await audit.record(reader(99), [])).toEqual([]);
    expect((await verify()).entries).toBe(14);
  });

  it('refuses UPDATE, DELETE and TRUNCATE by its trigger, for the owner too', async () => {
    await expect(
      db.dataSource.query(`UPDATE ${AUDIT_TABLE} SET reader_user = 'x' WHERE position = 1`),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(
      db.dataSource.query(`DELETE FROM ${AUDIT_TABLE} WHERE position = 1`),
    ).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db.dataSource.query(`TRUNCATE ${AUDIT_TABLE}`)).rejects.toThrow(
      /append-only: TRUNCATE refused/,
    );
    expect((await verify()).ok).toBe(true);
  });

  it('finds an edited entry at its exact position', async () => {
    await tamper(`UPDATE ${AUDIT_TABLE} SET reader_user = 'someone-else' WHERE position = 5`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ position: 5, kind: 'EDITED' })]);
  });

  it('finds an edited entry whose hash was recomputed, at the next link', async () => {
    // Hide the edit of 5 by "fixing" its hash: entry 6 no longer chains to it.
    await tamper(`UPDATE ${AUDIT_TABLE} SET hash = repeat('a', 64) WHERE position = 5`);
    const report = await verify();
    expect(report.problems).toEqual([
      expect.objectContaining({ position: 5, kind: 'EDITED' }),
      expect.objectContaining({ position: 6, kind: 'BROKEN_LINK' }),
    ]);
  });

  it('finds a deleted entry at the position where the chain breaks', async () => {
    await tamper(`DELETE FROM ${AUDIT_TABLE} WHERE position = 9`);
    const report = await verify();
    expect(report.problems).toContainEqual(
      expect.objectContaining({ position: 9, kind: 'DELETED' }),
    );
    expect(report.problems.map((p) => p.position)).toEqual([5, 6, 9]);
  });

  (TEST_SERVER_URL ? it : it.skip)(
    'audit:verify names each broken position and exits non-zero (PostgreSQL)',
    async () => {
      // The built CLI (npm run build), as an operator runs it against the instance's database.
      const cli = join(__dirname, '..', 'shared', 'dist', 'cli', 'audit-verify.js');
      const run = promisify(execFile)(process.execPath, [
        cli,
        '--service',
        'case-management',
        '--database-url',
        testDb.url!,
      ]);
      await expect(run).rejects.toMatchObject({
        code: 1,
        stdout: expect.stringMatching(
          /EDITED at position 5[^]*BROKEN_LINK at position 6[^]*DELETED at position 9[^]*CHAIN BROKEN/,
        ),
      });
    },
  );

  it('finds a cut-off tail only against an expected head', async () => {
    const before = (await verify()).head!;
    await audit.record(reader(100), [read(randomUUID())]);
    const head = (await verify()).head!;
    expect(head.position).toBe(before.position + 1);
    await tamper(`DELETE FROM ${AUDIT_TABLE} WHERE position = $1`, [head.position]);
    const without = await verify();
    expect(without.problems.some((p) => p.kind === 'TRUNCATED')).toBe(false); // the limitation
    const withHead = await verify(head);
    expect(withHead.problems).toContainEqual(
      expect.objectContaining({ position: head.position, kind: 'TRUNCATED' }),
    );
  });

  (TEST_SERVER_URL ? it : it.skip)(
    'gives an application role with only SELECT, INSERT permission denied on UPDATE and DELETE (PostgreSQL)',
    async () => {
      const role = `icp_audit_app_${randomUUID().slice(0, 8)}`;
      await db.dataSource.query(`CREATE ROLE ${role} LOGIN`);
      await db.dataSource.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await db.dataSource.query(`GRANT SELECT, INSERT ON ${AUDIT_TABLE} TO ${role}`);
      const url = new URL(testDb.url!);
      url.username = role;
      url.password = '';
      const app = new Client({ connectionString: url.toString() });
      try {
        await app.connect();
        // It can append (as the subgraph does: lock, read the head, insert) ...
        const appDs = new DataSource({ type: 'postgres', url: url.toString() });
        await appDs.initialize();
        try {
          const [entry] = await new DisclosureAudit(appDs).record(reader(200), [
            read(randomUUID()),
          ]);
          expect(entry!.position).toBe((await verify()).head!.position);
        } finally {
          await appDs.destroy();
        }
        // ... but not change or remove: refused by privileges, before any trigger runs.
        for (const statement of [
          `UPDATE ${AUDIT_TABLE} SET reader_user = 'x' WHERE position = 1`,
          `DELETE FROM ${AUDIT_TABLE} WHERE position = 1`,
          `TRUNCATE ${AUDIT_TABLE}`,
        ]) {
          await expect(app.query(statement)).rejects.toMatchObject({
            code: '42501',
            message: expect.stringMatching(/permission denied/),
          });
        }
        // The owner gets past privileges but not the trigger.
        await expect(
          db.dataSource.query(`DELETE FROM ${AUDIT_TABLE} WHERE position = 1`),
        ).rejects.toThrow(/append-only: DELETE refused/);
      } finally {
        await app.end().catch(() => undefined);
        await db.dataSource.query(`DROP OWNED BY ${role}`);
        await db.dataSource.query(`DROP ROLE ${role}`);
      }
    },
  );
});
