/**
 * Side by side with the peer (issue 13): the same single-hop query (case-management only) sent
 * directly to case-management, signed as the gateway would sign it; through this gateway; and
 * through a stock @apollo/gateway over the same supergraph SDL, whose data source signs the same
 * way (the same signing fetcher) but adds nothing else (no request limits, no re-disclosure
 * notice, no schema check, no sharding). The three are interleaved in rounds, in turn first, at
 * 8 concurrent requests, so that the machine's load falls on all three alike.
 *
 * Every server is a process of its own, as deployed (bench/support/process-federation.ts,
 * ADR 0046): case-management, the agencies, this gateway and the stock gateway
 * (bench/support/stock-gateway.cjs); the benchmark's process is only the client. Build first:
 *
 *   npx tsc -b && npm run bench -- bench/gateway-compare.bench.ts    # embedded PGlite
 *   npx tsc -b && TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     npm run bench -- bench/gateway-compare.bench.ts
 *
 * BENCH_BASELINE_ROOT=<another built checkout> adds that checkout's gateway and its stock gateway (with
 * its signing fetcher) as two more paths over the same subgraphs, interleaved the same way: the
 * code before a change measured beside it in one run. BENCH_CPU_PROF=<dir> profiles every process.
 *
 * The client sends all three the same way (undici over kept-alive connections). Prints throughput
 * and latency of each path; the CPU per request of case-management, of the gateway process on the
 * path, of this client and of the PostgreSQL backends (from /proc/<pid>/stat), the whole
 * machine's CPU per request and its idle share (from /proc/stat); and the ratios; writes
 * bench/results/gateway-compare-<database>.json.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { CASE_MANAGEMENT_AUDIENCE, DEMO, importKey } from '@icp/shared';
import { SIGN_AS_HEADER, signingFetcher } from '../gateway/src/routing/signing-fetcher';
import {
  ProcessFederation,
  machineCpuMs,
  postgresBackendCpu,
  processCpuMs,
} from './support/process-federation';
import { SINGLE_HOP_QUERY } from './support/plan-fixture';
import { pooledClient, type PooledClient } from './support/pooled-client';
import { startStockGateway } from './support/stock-gateway-process';

const CONCURRENCY = 8;
const PER_ROUND = 100;
const ROUNDS = Number(process.env.BENCH_COMPARE_ROUNDS ?? 12);
/** Requests per path before measuring: servers measured warm, as in concurrency.bench.ts. */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1000);

const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);

function summary(ms: number[], seconds: number) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 10) / 10;
  return {
    n: s.length,
    p50: at(0.5),
    p95: at(0.95),
    requestsPerSecond: Math.round(s.length / seconds),
  };
}

describe('benchmark: this gateway, a stock Apollo gateway and no gateway', () => {
  let f: ProcessFederation;
  let stockUrl: string;
  let stockPid: number;
  const baselineRoot = process.env.BENCH_BASELINE_ROOT;
  let baseline: { gateway: { url: string; pid: number }; stock: { url: string; pid: number } };
  beforeAll(async () => {
    f = await ProcessFederation.start(['CDAS', 'PROB', 'HSEM']);
    ({ url: stockUrl, pid: stockPid } = await startStockGateway(f));
    if (baselineRoot) {
      baseline = {
        gateway: await f.startOtherGateway(baselineRoot),
        stock: await startStockGateway(f, baselineRoot),
      };
    }
  });
  afterAll(async () => {
    await f?.close();
  });

  it('measures the same single-hop query three ways at 8 concurrent requests', async () => {
    const user = {
      agencyCode: 'CDAS',
      userId: DEMO.staff.aoife.id,
      roles: ['CASE_MANAGER' as const],
    };
    const token = await f.token(user.agencyCode, user.userId, user.roles);
    const body = JSON.stringify({
      query: SINGLE_HOP_QUERY,
      variables: { id: DEMO.plans.jamie },
      operationName: 'Plan',
    });
    const key = await importKey(f.gatewayKey);
    const direct = signingFetcher(async () => ({ key }), CASE_MANAGEMENT_AUDIENCE, 5000);
    // The client sends every path's requests the same way: undici over a kept-alive pool, as the
    // direct path's signing fetcher does (the gateways' own client), so that the client's CPU
    // differs between paths only by the direct path's signing.
    const clients: PooledClient[] = [];
    const viaGateway = (url: string) => {
      const client = pooledClient(url, CONCURRENCY);
      clients.push(client);
      return () =>
        client.post({ 'content-type': 'application/json', authorization: `Bearer ${token}` }, body);
    };
    const paths: Record<
      string,
      () => Promise<{ ok: boolean; status: number; text(): Promise<string> }>
    > = {
      direct: () => {
        const requestId = randomUUID();
        return direct(f.urls.get('case-management')!, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-request-id': requestId,
            [SIGN_AS_HEADER]: JSON.stringify({ ...user, requestId, operationName: 'Plan' }),
          },
          body,
        });
      },
      thisGateway: viaGateway(f.url),
      stockGateway: viaGateway(stockUrl),
      ...(baselineRoot
        ? {
            baselineGateway: viaGateway(baseline.gateway.url),
            baselineStockGateway: viaGateway(baseline.stock.url),
          }
        : {}),
    };
    const once = async (name: string) => {
      const started = performance.now();
      const res = await paths[name]!();
      const text = await res.text();
      const elapsed = performance.now() - started;
      const parsed = JSON.parse(text) as { data?: { carePlan?: unknown }; errors?: unknown };
      if (!res.ok || parsed.errors || !parsed.data?.carePlan)
        throw new Error(`${name}: ${res.status} ${text.slice(0, 400)}`);
      return elapsed;
    };
    const batch = async (name: string, n: number) => {
      const times: number[] = [];
      let next = 0;
      const wall = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < n) {
            next += 1;
            times.push(await once(name));
          }
        }),
      );
      return { times, seconds: (performance.now() - wall) / 1000 };
    };

    const names = Object.keys(paths);
    for (const name of names) await batch(name, WARMUP);
    const all = new Map(names.map((n) => [n, { times: [] as number[], seconds: 0 }]));
    // CPU of the processes on each path, per path (from /proc: 10 ms steps, summed over rounds).
    const pids: Record<string, number> = {
      caseManagement: f.pidOf('case-management'),
      thisGateway: f.pidOf('gateway'),
      stockGateway: stockPid,
      ...(baselineRoot
        ? { baselineGateway: baseline.gateway.pid, baselineStockGateway: baseline.stock.pid }
        : {}),
    };
    const cpu = new Map(
      names.map((n) => [
        n,
        { caseManagement: 0, gateway: 0, client: 0, postgres: 0, machineBusy: 0, machineIdle: 0 },
      ]),
    );
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each path goes first in turn.
      const order = names.map((_, i) => names[(i + round) % names.length]!);
      for (const name of order) {
        const gatewayPid = name === 'direct' ? undefined : pids[name];
        const cmBefore = processCpuMs(pids.caseManagement!) ?? 0;
        const gwBefore = gatewayPid ? (processCpuMs(gatewayPid) ?? 0) : 0;
        const pgBefore = await postgresBackendCpu(f.databaseNames);
        const clientBefore = process.cpuUsage();
        const machineBefore = machineCpuMs();
        const r = await batch(name, PER_ROUND);
        const machineAfter = machineCpuMs();
        const client = process.cpuUsage(clientBefore);
        const pgAfter = await postgresBackendCpu(f.databaseNames);
        const used = cpu.get(name)!;
        used.client += (client.user + client.system) / 1000;
        used.postgres += sum(pgAfter) - sum(pgBefore);
        used.machineBusy += machineAfter.busy - machineBefore.busy;
        used.machineIdle += machineAfter.idle - machineBefore.idle;
        used.caseManagement += (processCpuMs(pids.caseManagement!) ?? 0) - cmBefore;
        if (gatewayPid) used.gateway += (processCpuMs(gatewayPid) ?? 0) - gwBefore;
        const acc = all.get(name)!;
        acc.times.push(...r.times);
        acc.seconds += r.seconds;
      }
    }
    await Promise.all(clients.map((c) => c.close()));
    const results = Object.fromEntries(
      names.map((n) => {
        const requests = all.get(n)!.times.length;
        const used = cpu.get(n)!;
        return [
          n,
          {
            ...summary(all.get(n)!.times, all.get(n)!.seconds),
            cpuMsPerRequest: {
              caseManagement: Math.round((used.caseManagement / requests) * 100) / 100,
              gateway: Math.round((used.gateway / requests) * 100) / 100,
              benchClient: Math.round((used.client / requests) * 100) / 100,
              postgres: Math.round((used.postgres / requests) * 100) / 100,
              wholeMachine: Math.round((used.machineBusy / requests) * 100) / 100,
            },
            machineIdleShare:
              Math.round((used.machineIdle / (used.machineIdle + used.machineBusy)) * 100) / 100,
          },
        ];
      }),
    );
    const rps = (n: string) => results[n]!.requestsPerSecond;
    const ratio = (a: string, b: string) => Math.round((rps(a) / rps(b)) * 100) / 100;
    const result = {
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
      concurrency: CONCURRENCY,
      rounds: ROUNDS,
      requestsPerPathPerRound: PER_ROUND,
      results,
      throughputRatio: {
        thisGatewayToStock: ratio('thisGateway', 'stockGateway'),
        thisGatewayToDirect: ratio('thisGateway', 'direct'),
        stockToDirect: ratio('stockGateway', 'direct'),
        ...(baselineRoot
          ? {
              baselineGatewayToStock: ratio('baselineGateway', 'stockGateway'),
              baselineGatewayToBaselineStock: ratio('baselineGateway', 'baselineStockGateway'),
              baselineGatewayToDirect: ratio('baselineGateway', 'direct'),
              thisGatewayToBaselineGateway: ratio('thisGateway', 'baselineGateway'),
            }
          : {}),
      },
      ...(baselineRoot ? { baselineRoot } : {}),
      servers: 'separate processes (dist/main.js each; the stock gateway stock-gateway.cjs)',
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      node: process.version,
      measuredAt: new Date().toISOString(),
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(
      join(__dirname, 'results', `gateway-compare-${result.database}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n`);
  });
});
