import {
  CASE_MANAGEMENT_AUDIENCE,
  GATEWAY_ISSUER,
  agencyAudience,
  importKey,
  readChain,
  type PostgresReplayStore,
  verifyChain,
  type Database,
} from '@icp/shared';
import type { RunningCaseManagement } from '@icp/case-management';
import type { RunningAgency } from '@icp/agency';
import { signRequestToken } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { AOIFE, createCaseWithPlan, inDays } from './support/plan-factory';
import { roundRobinProxy, type RoundRobinProxy } from './support/round-robin-proxy';
import { TEST_SERVER_URL, createTestDatabase, type TestDatabase } from './support/test-database';
import {
  MIGRATIONS as CM_MIGRATIONS,
  openCaseManagementDatabase,
} from '../subgraphs/case-management/src/database';
import type { Json } from './support/json';

/**
 * Replicas (issue 18 point 2, ADR 0039): case-management and the PROB agency instance each run
 * as two servers on one database, behind a round-robin balancer the directory points at (as a
 * Kubernetes Service is), so the gateway's hops and the agencies' internal calls go to either.
 *
 * On PostgreSQL only: an embedded PGlite lives in the memory of the process that started it and
 * serves one connection, so a second server cannot share its database (ADR 0004); the embedded
 * mode is for one process per database, which is what it keeps doing (the same store, the same
 * table, one writer).
 */
const describeOnServer = TEST_SERVER_URL ? describe : describe.skip;

const DECLAN = { agency: 'PROB', user: 'prob-declan', roles: ['KEY_WORKER' as const] };

function ok<T>(r: GraphQLResponse<T>): T {
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data as T;
}

const REVISE = `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { version } }`;
/** Ids inline: their scalar (ID or UUID) is the schema's business, not this test's. */
const planQuery = (id: string) => `{ carePlan(id: "${id}") { version actions { id description
  delivery { agencyCode status } } } }`;

describeOnServer('replicas starting at once on a new database', () => {
  let testDb: TestDatabase;
  const opened: Database[] = [];
  beforeAll(async () => {
    testDb = await createTestDatabase('replicas_migrate');
  });
  afterAll(async () => {
    for (const db of opened) await db.close();
    await testDb?.drop();
  });

  it('run the migrations once, under the start-up lock, and both start', async () => {
    const starts = await Promise.all(
      [1, 2].map(() => openCaseManagementDatabase({ url: testDb.url! })),
    );
    opened.push(...starts);
    const runs = await starts[0]!.dataSource.query<{ name: string }[]>(
      'SELECT name FROM schema_migrations',
    );
    expect(runs).toHaveLength(CM_MIGRATIONS.length);
    expect(new Set(runs.map((r) => r.name)).size).toBe(CM_MIGRATIONS.length);
  });
});

describeOnServer('two replicas of case-management and of an agency, each on one database', () => {
  let f: TestFederation;
  let cm2: RunningCaseManagement;
  let prob2: RunningAgency;
  let cmBalancer: RoundRobinProxy;
  let probBalancer: RoundRobinProxy;

  beforeAll(async () => {
    f = await TestFederation.start({ agencies: [{ code: 'CDAS' }, { code: 'PROB' }] });
    // Started after the first on the same, already migrated and seeded, database: its migrations
    // and demo seed find nothing to do (both run under the start-up lock).
    cm2 = await f.startReplica('case-management');
    prob2 = await f.startReplica('PROB');
    cmBalancer = await roundRobinProxy([f.cm.url, cm2.url]);
    probBalancer = await roundRobinProxy([f.agencies.get('PROB')!.url, prob2.url]);
    f.setCaseManagementUrl(cmBalancer.url);
    f.setAgencyUrl('PROB', probBalancer.url);
  });
  afterAll(async () => {
    await f?.close();
    await cmBalancer?.close();
    await probBalancer?.close();
  });

  const post = (url: string, body: string, token: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });

  it('refuses on one replica a hop token the other has accepted', async () => {
    const gatewayKey = await importKey(f.gatewayKey);
    const body = JSON.stringify({ query: 'query Replay { _service { sdl } }' });
    for (const [audience, first, second] of [
      [CASE_MANAGEMENT_AUDIENCE, f.cm.url, cm2.url],
      [agencyAudience('PROB'), f.agencies.get('PROB')!.url, prob2.url],
    ] as const) {
      const token = await signRequestToken({
        issuer: GATEWAY_ISSUER,
        audience,
        identity: { agencyCode: 'CDAS', userId: 'cdas-aoife', roles: [], requestId: 'r-hop' },
        body,
        key: gatewayKey,
      });
      expect({ audience, status: (await post(first, body, token)).status }).toEqual({
        audience,
        status: 200,
      });
      // The same bytes and token, captured and sent to the other replica: refused there too.
      expect({ audience, status: (await post(second, body, token)).status }).toEqual({
        audience,
        status: 401,
      });
      expect((await post(first, body, token)).status).toBe(401);
    }
  });

  it('forgets a used token id a minute after its token expired, not before', async () => {
    const sql = (q: string, p: unknown[] = []) => f.cm.db.dataSource.query(q, p);
    await sql(
      `INSERT INTO request_token_use (issuer, jti, expires_at) VALUES
       ('test', 'long-expired', now() - interval '2 minutes'),
       ('test', 'just-expired', now() - interval '10 seconds')`,
    );
    await (cm2.services.replay as PostgresReplayStore).prune();
    const left = await sql(`SELECT jti FROM request_token_use WHERE issuer = 'test'`);
    expect(left).toEqual([{ jti: 'just-expired' }]);
  });

  it('keeps one valid disclosure chain in each database while both replicas append at once', async () => {
    const plans = await Promise.all([0, 1].map(() => createCaseWithPlan(f, ['CDAS', 'PROB'])));
    f.resetStatements();
    const reads = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        f.query(AOIFE, planQuery(plans[i % 2]!.planId)).then(ok),
      ),
    );
    expect(reads).toHaveLength(16);
    // Both replicas of each server wrote audit entries in this burst ...
    const auditWrites = (server: string) =>
      f.statements(server).filter((q) => /INSERT INTO "?disclosure_audit/.test(q)).length;
    for (const server of ['case-management', 'case-management#2', 'PROB', 'PROB#2'])
      expect({ server, wrote: auditWrites(server) > 0 }).toEqual({ server, wrote: true });
    // ... and each database holds one valid, gap-free chain (what npm run audit:verify checks).
    for (const db of [f.cm.db, f.agencies.get('PROB')!.db] as Database[]) {
      const report = await verifyChain(
        readChain((sql, params) => db.dataSource.query(sql, params)),
      );
      expect(report).toMatchObject({ ok: true, problems: [] });
      expect(report.entries).toBeGreaterThan(0);
      expect(report.head!.position).toBe(report.entries);
    }
  });

  it('loses no plan revision: of two made at once from one version, one wins, the other VERSION_CONFLICT', async () => {
    const { planId } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const revise = (summary: string, expectedVersion: number) =>
      f.query(AOIFE, REVISE, {
        input: {
          planId,
          expectedVersion,
          changeSummary: summary,
          addActions: [{ description: summary, domain: 'SOCIAL', responsibleAgencyCode: 'CDAS' }],
        },
      });
    const sentBefore = cmBalancer.forwarded.length;
    const [a, b] = await Promise.all([revise('Race A', 1), revise('Race B', 1)]);
    // The balancer sent the two revisions to different replicas.
    const replicas = cmBalancer.forwarded
      .slice(sentBefore)
      .filter((r) => r.body.includes('reviseCarePlan'))
      .map((r) => r.replica);
    expect(new Set(replicas)).toEqual(new Set([0, 1]));
    const results = [a, b].map((r) => (r.body.errors ? codes(r)[0] : r.body.data.reviseCarePlan));
    expect(results).toEqual(expect.arrayContaining([{ version: 2 }, 'VERSION_CONFLICT']));
    const winner = a.body.errors ? 'Race B' : 'Race A';
    // Then revisions in turn, each from the version the last one returned, alternate replicas
    // and every one of them stays.
    let version = 2;
    for (const n of [1, 2, 3, 4]) {
      version = ok(await revise(`Turn ${n}`, version)).reviseCarePlan.version as number;
    }
    expect(version).toBe(6);
    const plan = ok(await f.query(AOIFE, planQuery(planId))).carePlan;
    expect(plan.version).toBe(6);
    const descriptions = (plan.actions as Json[]).map((x) => x.description as string);
    expect(descriptions).toEqual(
      expect.arrayContaining([winner, 'Turn 1', 'Turn 2', 'Turn 3', 'Turn 4']),
    );
    expect(descriptions).not.toContain(winner === 'Race A' ? 'Race B' : 'Race A');
  });

  it('loses no agency update: one of two changes of a delivery at once wins, and every note stays', async () => {
    const { actionIds } = await createCaseWithPlan(f, ['PROB', 'PROB']);
    const [action, other] = actionIds;
    const sentBefore = probBalancer.forwarded.length;
    const [accept, decline] = await Promise.all([
      f.query(DECLAN, `mutation { acceptAction(actionId: "${action}") { status version } }`),
      f.query(
        DECLAN,
        `mutation { declineAction(actionId: "${action}", reason: "No capacity") { status version } }`,
      ),
    ]);
    const replicas = probBalancer.forwarded
      .slice(sentBefore)
      .filter((r) => /acceptAction|declineAction/.test(r.body))
      .map((r) => r.replica);
    expect(new Set(replicas)).toEqual(new Set([0, 1]));
    const won = [accept, decline].filter((r) => !r.body.errors);
    const lost = [accept, decline].filter((r) => r.body.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    // Refused whichever way the race went: CONFLICT when both read version 0, or (when one
    // committed before the other read) no move from the winner's status.
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(codes(lost[0]!)[0]);
    const status = (Object.values(won[0]!.body.data)[0] as Json).status as string;
    const stored = await f.agencies
      .get('PROB')!
      .db.dataSource.query<{ status: string; version: number }[]>(
        'SELECT status, version FROM action_delivery WHERE action_id = $1',
        [action],
      );
    expect(stored).toEqual([{ status, version: 1 }]);

    // Progress notes written at once on both replicas: every one is kept.
    ok(await f.query(DECLAN, `mutation { acceptAction(actionId: "${other}") { status } }`));
    const notes = Array.from({ length: 6 }, (_, i) => `Note ${i} on ${inDays(0)}`);
    const noted = probBalancer.forwarded.length;
    const written = await Promise.all(
      notes.map((b) =>
        f.query(
          DECLAN,
          `mutation($b: String!) { recordProgressNote(actionId: "${other}", body: $b) { body } }`,
          { b },
        ),
      ),
    );
    for (const r of written) ok(r);
    const noteReplicas = probBalancer.forwarded
      .slice(noted)
      .filter((r) => r.body.includes('recordProgressNote'))
      .map((r) => r.replica);
    expect(new Set(noteReplicas)).toEqual(new Set([0, 1]));
    const rows = await prob2.db.dataSource.query<{ body: string }[]>(
      'SELECT body FROM progress_note WHERE action_id = $1',
      [other],
    );
    expect(rows.map((r) => r.body).sort()).toEqual([...notes].sort());
  });
});
