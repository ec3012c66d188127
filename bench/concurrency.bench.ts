/**
 * The case manager's 50-action plan view through the gateway, first one request at a time
 * (concurrency 1), then 32 at once, in the same run against the same federation:
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- bench/concurrency.bench.ts
 *
 * Reports per phase: throughput, latency percentiles, every answer withheld or degraded by error
 * code (CONSENT_SERVICE_UNAVAILABLE, AUDIT_UNAVAILABLE, AGENCY_UNAVAILABLE, …), CPU milliseconds
 * per request and token signatures/verifications per request; and the throughput ratio
 * concurrency 32 / concurrency 1. Writes bench/results/concurrency-<database>.json.
 *
 * CPU: all five servers run in this one Node.js process (as in the other benchmarks), so the
 * process's own counters (process.cpuUsage) are the servers' CPU summed, plus the benchmark's
 * client (a small part: it sends one small request and parses one answer per request). The
 * PostgreSQL backends serving the federation's five databases are separate processes: their
 * CPU is read from /proc/<pid>/stat (Linux, same host) for the backends
 * pg_stat_activity lists on those databases before and after each phase (a backend that opened
 * during the phase counts from zero; one that closed during it is missed). Token counts come from the counters in
 * shared/src/identity/token-counters.ts, by issuer (signed) and audience (verified).
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { DataSource } from 'typeorm';
import { resetTokenCounts, tokenCounts } from '@icp/shared';
import { TestFederation } from '../test/support/test-federation';
import {
  PLAN_ACTIONS as ACTIONS,
  PLAN_AGENCIES as AGENCIES,
  PLAN_QUERY as PLAN,
  createBenchmarkPlan,
  runConcurrently,
} from './support/plan-fixture';

const WARMUP = 30;
const PHASES = [
  { concurrency: 1, requests: 150 },
  { concurrency: 32, requests: 640 },
];

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentiles(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!);
  return { p50: at(50), p95: at(95), p99: at(99), max: round(s[s.length - 1]!) };
}

/** CPU ms (user + system) of each given PostgreSQL backend; absent when /proc cannot read it. */
function backendCpuMs(pids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime (fields 14, 15), in ticks of USER_HZ = 100 on Linux
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the backend ended (or another host): its CPU is not counted
    }
  }
  return out;
}

async function backendPids(sources: DataSource[]): Promise<number[]> {
  const pids = new Set<number>();
  for (const ds of sources) {
    const rows = await ds.query<{ pid: number }[]>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
    );
    for (const r of rows) pids.add(Number(r.pid));
  }
  return [...pids];
}

const perRequest = (counts: Record<string, number>, n: number) =>
  Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, round(v / n, 2)]));

describe('benchmark: plan view at concurrency 1 and 32', () => {
  let f: TestFederation;
  beforeAll(async () => {
    process.env.LOG_LEVEL = 'silent';
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it(`measures a plan of ${ACTIONS} actions across ${AGENCIES.length} agencies`, async () => {
    const postgres = Boolean(process.env.TEST_DATABASE_URL);
    const { planId, token } = await createBenchmarkPlan(f);
    const withheld: Record<string, number> = {};
    const once = async () => {
      const started = performance.now();
      const r = await f.query({ token }, PLAN, { id: planId });
      const elapsed = performance.now() - started;
      for (const e of r.body.errors ?? []) {
        const reason = e.extensions?.reason ?? e.extensions?.code ?? 'UNKNOWN';
        withheld[String(reason)] = (withheld[String(reason)] ?? 0) + 1;
      }
      if (r.body.data?.carePlan?.actions?.length !== ACTIONS)
        withheld.PLAN_MISSING = (withheld.PLAN_MISSING ?? 0) + 1;
      return elapsed;
    };
    for (let i = 0; i < WARMUP; i += 1) await once();
    for (const k of Object.keys(withheld)) delete withheld[k];

    const sources: DataSource[] = [
      f.cm.services.dataSource,
      ...AGENCIES.map((c) => f.agencies.get(c)!.services.dataSource),
    ];
    const phases = [];
    for (const { concurrency, requests } of PHASES) {
      const pgBefore = backendCpuMs(postgres ? await backendPids(sources) : []);
      resetTokenCounts();
      for (const k of Object.keys(withheld)) delete withheld[k];
      const cpu = process.cpuUsage();
      const wall = performance.now();
      const latencies = await runConcurrently(concurrency, requests, once);
      const seconds = (performance.now() - wall) / 1000;
      const used = process.cpuUsage(cpu);
      // Backends opened during the phase count from 0; one closed during it is not counted.
      const pgAfter = backendCpuMs(postgres ? await backendPids(sources) : []);
      let pgMs = 0;
      for (const [pid, ms] of pgAfter) pgMs += ms - (pgBefore.get(pid) ?? 0);
      const tokens = tokenCounts();
      const nodeMs = (used.user + used.system) / 1000;
      phases.push({
        concurrency,
        requests,
        requestsPerSecond: round(requests / seconds),
        latencyMs: percentiles(latencies),
        withheldByCode: { ...withheld },
        cpuMsPerRequest: {
          node: round(nodeMs / requests, 2),
          postgresBackends: postgres ? round(pgMs / requests, 2) : null,
          total: round((nodeMs + (postgres ? pgMs : 0)) / requests, 2),
        },
        tokensPerRequest: {
          signed: perRequest(tokens.signed, requests),
          verified: perRequest(tokens.verified, requests),
          signedTotal: round(Object.values(tokens.signed).reduce((a, b) => a + b, 0) / requests, 2),
          verifiedTotal: round(
            Object.values(tokens.verified).reduce((a, b) => a + b, 0) / requests,
            2,
          ),
        },
      });
    }
    const [one, many] = phases;
    const result = {
      database: postgres ? 'postgresql' : 'pglite',
      actions: ACTIONS,
      agencies: AGENCIES.length,
      throughputRatio: round(many!.requestsPerSecond / one!.requestsPerSecond, 2),
      phases,
      loadAverage: loadavg().map((l) => round(l, 2)),
      node: process.version,
      measuredAt: new Date().toISOString(),
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(
      join(__dirname, 'results', `concurrency-${result.database}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n`);
  });
});
