/**
 * What a gateway costs on its own (issue 13, point 5): the gateway comparison's query
 * (bench/gateway-compare.bench.ts) through three gateways whose only subgraph is a canned one,
 * an HTTP server in this process that answers every request at once with the same plan. With
 * no case-management, agency or database beside them, each gateway's CPU per request is its own
 * work alone, with little of the noise of a shared machine:
 *
 * - **bare**: a stock @apollo/gateway in an ApolloServer (bench/support/stock-gateway.cjs with
 *   STOCK_GATEWAY_BARE=1): unsigned hops over an undici pool, no user authenticated. The floor of
 *   @apollo/gateway and Apollo Server for this query on this machine.
 * - **stock**: the same with this gateway's signing fetcher and user authentication, as in the
 *   gateway comparison.
 * - **this gateway**: dist/main.js, as deployed (ProcessFederation with `subgraphsAt`).
 *
 * Interleaved in rounds at 8 concurrent requests, each path first in turn. Build first:
 *
 *   npx tsc -b && npm run bench -- bench/gateway-overhead.bench.ts
 *
 * BENCH_BASELINE_ROOT=<another built checkout> adds that checkout's gateway as a fourth path
 * (before/after in one run). Prints and writes bench/results/gateway-overhead.json.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DEMO } from '@icp/shared';
import { ProcessFederation, processCpuMs } from './support/process-federation';
import { SINGLE_HOP_QUERY, runConcurrently } from './support/plan-fixture';
import { pooledClient, type PooledClient } from './support/pooled-client';
import { startStockGateway } from './support/stock-gateway-process';

const CONCURRENCY = 8;
const PER_ROUND = 200;
const ROUNDS = Number(process.env.BENCH_OVERHEAD_ROUNDS ?? 20);
const WARMUP = 500;

/** The shape and size of Jamie's demo plan: 3 needs, 3 goals, 6 actions. */
const ANSWER = JSON.stringify({
  data: {
    carePlan: {
      version: 2,
      nextReviewOn: '2027-01-02',
      lastReviewedOn: '2026-10-04',
      needs: [
        ['SUBSTANCE_USE', 'Opioid dependence; on methadone maintenance since March'],
        ['PSYCHOLOGICAL', 'Low mood and anxiety since a family bereavement'],
        ['LEGAL', 'Probation order with 120 hours of community service'],
      ].map(([domain, description]) => ({ domain, description })),
      goals: [
        'Stay stable on a methadone dose that holds for 24 hours',
        'Use relapse-prevention skills when low mood triggers cravings',
        'Complete the community service order on time',
      ].map((statement) => ({ statement, targetDate: '2027-02-01', status: 'ACTIVE' })),
      actions: Array.from({ length: 6 }, (_, i) => ({
        id: `6f1c2a4e-0000-4000-8000-00000000000${i}`,
        description: `Attend the weekly relapse-prevention group, session block ${i + 1}`,
        dueOn: '2026-12-20',
        interventionType: 'KEY_WORKING',
      })),
    },
  },
});

function cannedSubgraph(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(ANSWER);
    });
  });
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      ready({ server, url: `http://127.0.0.1:${port}/graphql` });
    }),
  );
}

describe('benchmark: what a gateway costs on its own', () => {
  let canned: { server: Server; url: string };
  let f: ProcessFederation;
  const gateways: Record<string, { url: string; pid: number }> = {};
  const baselineRoot = process.env.BENCH_BASELINE_ROOT;
  beforeAll(async () => {
    canned = await cannedSubgraph();
    f = await ProcessFederation.start(['CDAS'], undefined, { subgraphsAt: canned.url });
    gateways.bare = await startStockGateway(f, undefined, { bare: true });
    gateways.stock = await startStockGateway(f);
    gateways.thisGateway = { url: f.url, pid: f.pidOf('gateway') };
    if (baselineRoot) gateways.baselineGateway = await f.startOtherGateway(baselineRoot);
  });
  afterAll(async () => {
    await f?.close();
    canned?.server.close();
  });

  it('measures three gateways over a canned subgraph at 8 concurrent requests', async () => {
    const token = await f.token('CDAS', DEMO.staff.aoife.id, ['CASE_MANAGER']);
    const body = JSON.stringify({
      query: SINGLE_HOP_QUERY,
      variables: { id: DEMO.plans.jamie },
      operationName: 'Plan',
    });
    const clients: PooledClient[] = [];
    const send = (url: string) => {
      const client = pooledClient(url, CONCURRENCY);
      clients.push(client);
      return async () => {
        const res = await client.post(
          { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        );
        const text = await res.text();
        const parsed = JSON.parse(text) as { data?: { carePlan?: unknown }; errors?: unknown };
        if (res.status !== 200 || parsed.errors || !parsed.data?.carePlan)
          throw new Error(`${url}: ${res.status} ${text.slice(0, 400)}`);
      };
    };
    const names = Object.keys(gateways);
    const paths = Object.fromEntries(names.map((n) => [n, send(gateways[n]!.url)]));
    const batch = async (name: string, n: number) => {
      const wall = performance.now();
      await runConcurrently(CONCURRENCY, n, paths[name]!);
      return (performance.now() - wall) / 1000;
    };

    for (const name of names) await batch(name, WARMUP);
    const used = new Map(names.map((n) => [n, { cpuMs: 0, seconds: 0, requests: 0 }]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const name of names.map((_, i) => names[(i + round) % names.length]!)) {
        const before = processCpuMs(gateways[name]!.pid) ?? 0;
        const seconds = await batch(name, PER_ROUND);
        const u = used.get(name)!;
        u.cpuMs += (processCpuMs(gateways[name]!.pid) ?? 0) - before;
        u.seconds += seconds;
        u.requests += PER_ROUND;
      }
    }
    await Promise.all(clients.map((c) => c.close()));

    const round2 = (n: number) => Math.round(n * 100) / 100;
    const results = Object.fromEntries(
      names.map((n) => {
        const u = used.get(n)!;
        return [
          n,
          {
            requests: u.requests,
            requestsPerSecond: Math.round(u.requests / u.seconds),
            gatewayCpuMsPerRequest: Math.round((u.cpuMs / u.requests) * 1000) / 1000,
          },
        ];
      }),
    );
    const cpu = (n: string) => results[n]!.gatewayCpuMsPerRequest;
    const result = {
      concurrency: CONCURRENCY,
      rounds: ROUNDS,
      requestsPerPathPerRound: PER_ROUND,
      results,
      cpuRatio: {
        thisGatewayToBare: round2(cpu('thisGateway') / cpu('bare')),
        thisGatewayToStock: round2(cpu('thisGateway') / cpu('stock')),
        stockToBare: round2(cpu('stock') / cpu('bare')),
        ...(baselineRoot
          ? { thisGatewayToBaselineGateway: round2(cpu('thisGateway') / cpu('baselineGateway')) }
          : {}),
      },
      ...(baselineRoot ? { baselineRoot } : {}),
      subgraph: 'canned (an HTTP server in the benchmark process answering the same plan)',
      loadAverage: loadavg().map((l) => round2(l)),
      node: process.version,
      measuredAt: new Date().toISOString(),
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(
      join(__dirname, 'results', 'gateway-overhead.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n`);
  });
});
