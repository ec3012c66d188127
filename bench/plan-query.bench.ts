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
import {
  PLAN_ACTIONS as ACTIONS,
  PLAN_AGENCIES as AGENCIES,
  PLAN_QUERY as PLAN,
  createBenchmarkPlan,
  runConcurrently,
} from './support/plan-fixture';

const WARMUP = 20;
const SEQUENTIAL = 200;
const CONCURRENT_REQUESTS = 400;
const CONCURRENCY = 8;

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
    const { planId, token } = await createBenchmarkPlan(f);
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

    const wall = performance.now();
    const concurrent = await runConcurrently(CONCURRENCY, CONCURRENT_REQUESTS, once);
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
