/**
 * The case manager's 50-action plan view through the gateway, one request at a time
 * (concurrency 1) and 32 at once, **interleaved in the same run** against the same federation,
 * which runs as deployed: the gateway, case-management and three agency servers each in their own
 * Node.js process (bench/support/process-federation.ts, ADR 0046).
 *
 *   npx tsc -b && TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     npm run bench -- bench/concurrency.bench.ts
 *
 * The servers run their built entry points (`dist/main.js`): build first. BENCH_CPU_PROF=<dir>
 * writes each server's V8 CPU profile there. BENCH_CONCURRENCY_ROUNDS (default 3) sets the rounds.
 * BENCH_BASELINE_ROOT=<another built checkout> runs that checkout's servers too, as a second
 * federation measured in the same rounds, batch for batch, which goes first alternating (a
 * before/after comparison on a machine whose load changes); reported under `baseline`.
 *
 * Reports per concurrency: throughput, latency percentiles, every error in the answers by code
 * (CONSENT_SERVICE_UNAVAILABLE, AUDIT_UNAVAILABLE, AGENCY_UNAVAILABLE, …), CPU milliseconds per
 * request of each server process from its own counters (its /metrics: prom-client's
 * process_cpu_*_seconds_total) and summed, plus the PostgreSQL backends' CPU (from
 * /proc/<pid>/stat for the backends pg_stat_activity lists on the federation's databases; one
 * that closed during a batch is missed), and token signatures/verifications per request (each
 * process's icp_tokens_*_total), and the benchmark client's own CPU apart. The client sends with
 * undici over kept-alive connections (not `fetch`, which cost it 2.5-3 ms of the shared cores per
 * read). Then the throughput ratio concurrency 32 / concurrency 1.
 * Writes bench/results/concurrency-<database>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import {
  ProcessFederation,
  machineCpuMs,
  postgresBackendCpu,
  type ProcessCounters,
} from './support/process-federation';
import {
  PLAN_ACTIONS as ACTIONS,
  PLAN_AGENCIES as AGENCIES,
  PLAN_QUERY as PLAN,
  createBenchmarkPlan,
  runConcurrently,
} from './support/plan-fixture';
import { pooledClient, type PooledClient } from './support/pooled-client';

/**
 * Reads before measuring, at concurrency 4: enough for V8 to optimise the servers' hot code, so
 * that the figures are those of servers that have been running (measured 2026-12-03: after 40
 * reads a read cost 36 ms of CPU at 32, after 400 27 ms, after 2,000 22 ms). BENCH_WARMUP.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1500);
const ROUNDS = Number(process.env.BENCH_CONCURRENCY_ROUNDS ?? 3);
/** Requests per round at each concurrency. */
const BATCHES = [
  { concurrency: 1, requests: 50 },
  { concurrency: 32, requests: 224 },
];

const cores = cpus().length;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function percentiles(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!);
  return { p50: at(50), p95: at(95), p99: at(99), max: round(s[s.length - 1]!) };
}

const add = (into: Record<string, number>, from: Record<string, number>, sign = 1) => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + sign * v;
};

interface Totals {
  requests: number;
  seconds: number;
  latencies: number[];
  errors: Record<string, number>;
  cpuMs: Record<string, number>;
  postgresMs: number;
  clientMs: number;
  /** The whole machine's busy and idle CPU ms during the batches (every process, not only ours). */
  machineBusyMs: number;
  machineIdleMs: number;
  signed: Record<string, number>;
  verified: Record<string, number>;
}

describe('benchmark: plan view at concurrency 1 and 32, servers as separate processes', () => {
  const feds: { name: string; f: ProcessFederation }[] = [];
  beforeAll(async () => {
    feds.push({ name: 'this', f: await ProcessFederation.start(AGENCIES) });
    const baseline = process.env.BENCH_BASELINE_ROOT;
    if (baseline)
      feds.push({ name: 'baseline', f: await ProcessFederation.start(AGENCIES, baseline) });
  });
  const clients: PooledClient[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    for (const { f } of feds) await f.close();
  });

  it(`measures a plan of ${ACTIONS} actions across ${AGENCIES.length} agencies`, async () => {
    const postgres = Boolean(process.env.TEST_DATABASE_URL);
    let errors: Record<string, number> = {};
    const runs = [];
    for (const { name, f } of feds) {
      const { planId, token } = await createBenchmarkPlan(f);
      const body = JSON.stringify({ query: PLAN, variables: { id: planId } });
      // A lean client (undici over kept-alive connections, as the gateway's own hops), so that the
      // benchmark's process takes as little as it can of the two cores the servers share.
      const client = pooledClient(f.url, 32);
      clients.push(client);
      const once = async () => {
        const started = performance.now();
        const res = await client.post(
          { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        );
        const r = JSON.parse(await res.text()) as {
          data?: { carePlan?: { actions?: unknown[] } };
          errors?: { extensions?: { code?: string; reason?: string } }[];
        };
        const elapsed = performance.now() - started;
        for (const e of r.errors ?? []) {
          const reason = e.extensions?.reason ?? e.extensions?.code ?? 'UNKNOWN';
          errors[reason] = (errors[reason] ?? 0) + 1;
        }
        if (r.data?.carePlan?.actions?.length !== ACTIONS)
          errors.PLAN_MISSING = (errors.PLAN_MISSING ?? 0) + 1;
        return elapsed;
      };
      errors = {};
      await runConcurrently(4, WARMUP, once);
      const totals = new Map<number, Totals>(
        BATCHES.map(({ concurrency }) => [
          concurrency,
          {
            requests: 0,
            seconds: 0,
            latencies: [],
            errors: {},
            cpuMs: {},
            postgresMs: 0,
            clientMs: 0,
            machineBusyMs: 0,
            machineIdleMs: 0,
            signed: {},
            verified: {},
          },
        ]),
      );
      runs.push({ name, f, once, totals, warmupErrors: errors });
    }

    for (let r = 0; r < ROUNDS; r += 1) {
      // Each concurrency, and each federation, goes first in turn.
      const order = r % 2 === 0 ? BATCHES : [...BATCHES].reverse();
      for (const { concurrency, requests } of order) {
        const turn = r % 2 === 0 ? runs : [...runs].reverse();
        for (const { f, once, totals } of turn) {
          const t = totals.get(concurrency)!;
          const pgBefore = await postgresBackendCpu(f.databaseNames);
          const before = await f.counters();
          errors = {};
          const client = process.cpuUsage();
          const machine = machineCpuMs();
          const wall = performance.now();
          t.latencies.push(...(await runConcurrently(concurrency, requests, once)));
          t.seconds += (performance.now() - wall) / 1000;
          const machineAfter = machineCpuMs();
          t.machineBusyMs += machineAfter.busy - machine.busy;
          t.machineIdleMs += machineAfter.idle - machine.idle;
          const used = process.cpuUsage(client);
          t.clientMs += (used.user + used.system) / 1000;
          const after = await f.counters();
          const pgAfter = await postgresBackendCpu(f.databaseNames);
          t.requests += requests;
          add(t.errors, errors);
          for (const name of f.names) {
            const a = after.get(name)!;
            const b = before.get(name) as ProcessCounters;
            t.cpuMs[name] = (t.cpuMs[name] ?? 0) + a.cpuMs - b.cpuMs;
            add(t.signed, a.signed);
            add(t.signed, b.signed, -1);
            add(t.verified, a.verified);
            add(t.verified, b.verified, -1);
          }
          // Backends opened during the batch count from 0; one closed during it is not counted.
          for (const [pid, ms] of pgAfter) t.postgresMs += ms - (pgBefore.get(pid) ?? 0);
        }
      }
    }

    const perRequest = (counts: Record<string, number>, n: number, digits = 2) =>
      Object.fromEntries(
        Object.entries(counts)
          .filter(([, v]) => v !== 0)
          .map(([k, v]) => [k, round(v / n, digits)]),
      );
    const sum = (counts: Record<string, number>) =>
      Object.values(counts).reduce((a, b) => a + b, 0);
    const report = (totals: Map<number, Totals>, warmupErrors: Record<string, number>) => {
      const phases = BATCHES.map(({ concurrency }) => {
        const t = totals.get(concurrency)!;
        const nodeMs = sum(t.cpuMs);
        const federationMs = nodeMs + (postgres ? t.postgresMs : 0);
        return {
          concurrency,
          requests: t.requests,
          requestsPerSecond: round(t.requests / t.seconds),
          latencyMs: percentiles(t.latencies),
          errorsByCode: t.errors,
          cpuMsPerRequest: {
            byProcess: perRequest(t.cpuMs, t.requests),
            serverProcesses: round(nodeMs / t.requests, 2),
            postgresBackends: postgres ? round(t.postgresMs / t.requests, 2) : null,
            total: round(federationMs / t.requests, 2),
            benchmarkClient: round(t.clientMs / t.requests, 2),
          },
          // How many of the machine's cores the batch kept busy: this federation, its database
          // backends and the client; and the whole machine, with its idle share.
          cores: {
            federationAndClient: round((federationMs + t.clientMs) / 1000 / t.seconds, 2),
            wholeMachine: round(t.machineBusyMs / 1000 / t.seconds, 2),
            idleShare: round(t.machineIdleMs / (t.machineBusyMs + t.machineIdleMs), 2),
          },
          tokensPerRequest: {
            signed: perRequest(t.signed, t.requests),
            verified: perRequest(t.verified, t.requests),
            signedTotal: round(sum(t.signed) / t.requests, 2),
            verifiedTotal: round(sum(t.verified) / t.requests, 2),
          },
        };
      });
      const [one, many] = phases;
      const cpuAt32 = many!.cpuMsPerRequest.total + many!.cpuMsPerRequest.benchmarkClient;
      return {
        throughputRatio: round(many!.requestsPerSecond / one!.requestsPerSecond, 2),
        // The most concurrency 32 could reach over concurrency 1 on this machine: every core busy
        // with reads at the CPU per read measured at 32, over the throughput measured at 1.
        machineBoundRatio: round((cores * 1000) / cpuAt32 / one!.requestsPerSecond, 2),
        phases,
        warmupErrorsByCode: warmupErrors,
      };
    };
    const [main, baseline] = runs;
    const result = {
      database: postgres ? 'postgresql' : 'pglite',
      servers: 'separate processes (dist/main.js each)',
      actions: ACTIONS,
      agencies: AGENCIES.length,
      rounds: ROUNDS,
      ...report(main!.totals, main!.warmupErrors),
      ...(baseline
        ? {
            baseline: {
              root: process.env.BENCH_BASELINE_ROOT,
              ...report(baseline.totals, baseline.warmupErrors),
            },
          }
        : {}),
      warmupReads: WARMUP,
      cores,
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
