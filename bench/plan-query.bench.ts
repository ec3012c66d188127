/**
 * The case manager's plan view through the gateway: a plan with 50 actions across three agencies,
 * each action's delivery read from its agency's own server, consent checked field by field.
 *
 *   npm run bench                        # embedded PGlite
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 *
 * Prints latency percentiles and the SQL statements each server ran per request, and writes
 * them to bench/results/plan-query.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestFederation } from '../test/support/test-federation';
import { AOIFE, createCaseWithPlan } from '../test/support/plan-factory';

const AGENCIES = ['CDAS', 'PROB', 'HSEM'];
const ACTIONS = 50;
const WARMUP = 20;
const SEQUENTIAL = 200;
const CONCURRENT_REQUESTS = 400;
const CONCURRENCY = 8;

const PLAN = `query($id: ID!) { carePlan(id: $id) { version nextReviewOn
  needs { domain description } goals { statement targetDate status }
  actions { id description dueOn responsibleAgency { code } keyWorker { id }
    delivery { agencyCode status progressNotes { body } } } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    n: s.length,
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    p99: round(percentile(s, 99)),
    max: round(s[s.length - 1]!),
  };
}

describe('benchmark: plan view through the gateway', () => {
  let f: TestFederation;
  beforeAll(async () => {
    process.env.LOG_LEVEL = 'silent';
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it(`measures a plan of ${ACTIONS} actions across ${AGENCIES.length} agencies`, async () => {
    const { planId } = await createCaseWithPlan(f, AGENCIES);
    const extra = Array.from({ length: ACTIONS - AGENCIES.length }, (_, i) => ({
      description: `Action ${i}`,
      domain: 'SOCIAL',
      responsibleAgencyCode: AGENCIES[i % AGENCIES.length],
    }));
    await f.query(
      AOIFE,
      `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { version } }`,
      {
        input: {
          planId,
          expectedVersion: 1,
          changeSummary: 'Benchmark actions',
          addActions: extra,
        },
      },
    );
    const token = await f.token('CDAS', AOIFE.user, ['CASE_MANAGER']);
    const once = async () => {
      const started = performance.now();
      const r = await f.query({ token }, PLAN, { id: planId });
      const elapsed = performance.now() - started;
      if (r.body.errors || r.body.data.carePlan.actions.length !== ACTIONS)
        throw new Error(r.text.slice(0, 500));
      return elapsed;
    };
    for (let i = 0; i < WARMUP; i += 1) await once();

    f.resetStatements();
    await once();
    const statements = Object.fromEntries(
      ['case-management', ...AGENCIES].map((s) => [s, f.statements(s).length]),
    );

    const sequential: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i += 1) sequential.push(await once());

    const concurrent: number[] = [];
    let next = 0;
    const wall = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CONCURRENT_REQUESTS) {
          next += 1;
          concurrent.push(await once());
        }
      }),
    );
    const seconds = (performance.now() - wall) / 1000;

    const result = {
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
      actions: ACTIONS,
      agencies: AGENCIES.length,
      sqlStatementsPerRequest: statements,
      sequentialMs: summary(sequential),
      concurrent: {
        concurrency: CONCURRENCY,
        ...summary(concurrent),
        requestsPerSecond: Math.round(CONCURRENT_REQUESTS / seconds),
      },
      node: process.version,
      measuredAt: new Date().toISOString(),
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(
      join(__dirname, 'results', `plan-query-${result.database}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n`);
  });
});
