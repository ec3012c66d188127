/**
 * A dead agency (issue 18, ADR 0034): the latency it adds to the case manager's plan view once
 * its circuit breaker is open, against the same view with every agency up, and what each request
 * cost before the circuit opened (what every request cost before the breaker existed).
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- bench/dead-agency.bench.ts
 *   npm run bench -- bench/dead-agency.bench.ts   # embedded PGlite
 *
 * The federation runs with the production defaults: a 5000 ms subgraph timeout, circuits opening
 * after 3 consecutive failures and probing after 10 s. "Dead" is the worst case: PROB's address
 * accepts connections and never answers (a hung process, or a host whose packets are dropped),
 * so that every call waits for the whole timeout. The plan is the 50-action plan of the other
 * benchmarks (17 of its actions are PROB's). Writes bench/results/dead-agency-<database>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_AGENCY_CIRCUIT } from '@icp/gateway';
import { TestFederation, type GraphQLResponse } from '../test/support/test-federation';
import type { Json } from '../test/support/json';
import { PLAN_QUERY as PLAN, createBenchmarkPlan } from './support/plan-fixture';

const WARMUP = 20;
const MEASURED = 100;
const TIMEOUT_MS = 5000;
const DEAD = 'PROB';

const round = (n: number) => Math.round(n * 10) / 10;

function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!);
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99), max: round(s[s.length - 1]!) };
}

describe('benchmark: a dead agency once its circuit is open', () => {
  let f: TestFederation;
  const sockets = new Set<Socket>();
  let connections = 0;
  // Accepts every connection and never answers.
  const silent = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'silent';
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    f = await TestFederation.start({ subgraphTimeoutMs: TIMEOUT_MS });
  });
  afterAll(async () => {
    await f?.close();
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('measures the latency a dead agency adds', async () => {
    const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
    const { planId, token } = await createBenchmarkPlan(f);
    const timed = async (check: (r: GraphQLResponse) => void) => {
      const started = performance.now();
      const r = await f.query({ token }, PLAN, { id: planId });
      const elapsed = performance.now() - started;
      check(r);
      return elapsed;
    };
    const complete = (r: GraphQLResponse) => {
      if (r.body.errors) throw new Error(r.text.slice(0, 500));
    };
    /** Every other agency's part answered; the dead agency's withheld as AGENCY_UNAVAILABLE. */
    const withoutDead = (r: GraphQLResponse) => {
      const actions = r.body.data.carePlan.actions as Json[];
      const others = actions.filter((a) => a.responsibleAgency.code !== DEAD);
      const errors = r.body.errors ?? [];
      if (
        others.some((a) => a.delivery?.status == null) ||
        errors.length === 0 ||
        errors.some(
          (e) => e.extensions?.code !== 'AGENCY_UNAVAILABLE' || e.extensions.agencyCode !== DEAD,
        )
      )
        throw new Error(r.text.slice(0, 500));
    };

    for (let i = 0; i < WARMUP; i += 1) await timed(complete);
    const allUp: number[] = [];
    for (let i = 0; i < MEASURED; i += 1) allUp.push(await timed(complete));

    const real = f.agencies.get(DEAD)!.url;
    const { port } = silent.address() as AddressInfo;
    f.setAgencyUrl(DEAD, `http://127.0.0.1:${port}/graphql`);
    // Until the circuit opens, each request waits for the dead agency's timeout.
    const beforeOpen: number[] = [];
    while (f.gateway.agencies.circuitStates()[DEAD] !== 'open' && beforeOpen.length < 10)
      beforeOpen.push(await timed(withoutDead));
    if (f.gateway.agencies.circuitStates()[DEAD] !== 'open')
      throw new Error('the circuit did not open');

    const connectionsWhenOpen = connections;
    const open: number[] = [];
    const wall = performance.now();
    for (let i = 0; i < MEASURED; i += 1) open.push(await timed(withoutDead));
    const openSeconds = (performance.now() - wall) / 1000;
    // Anything that reached the dead agency while open: only the circuit's background probes.
    const probes = connections - connectionsWhenOpen;
    f.setAgencyUrl(DEAD, real);

    const up = summary(allUp);
    const dead = summary(open);
    const result = {
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
      deadAgency: DEAD,
      deadAgencyBehaviour: 'accepts connections, never answers',
      subgraphTimeoutMs: TIMEOUT_MS,
      circuit: DEFAULT_AGENCY_CIRCUIT,
      allAgenciesUpMs: up,
      beforeCircuitOpenedMs: beforeOpen.map(round),
      circuitOpenMs: dead,
      addedByDeadAgencyOnceOpenMs: { p50: round(dead.p50 - up.p50), p95: round(dead.p95 - up.p95) },
      circuitOpenPhaseSeconds: round(openSeconds),
      probesSentWhileOpen: probes,
      loadAverage: { atStart: loadAtStart, atEnd: loadavg().map((l) => Math.round(l * 100) / 100) },
      node: process.version,
      measuredAt: new Date().toISOString(),
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(
      join(__dirname, 'results', `dead-agency-${result.database}.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n`);
  });
});
