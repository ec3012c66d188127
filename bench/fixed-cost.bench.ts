/**
 * The fixed cost of one subgraph request (issue 13 point 3, ADR 0051): `{ __typename }` sent
 * straight to case-management and to one agency, signed as the gateway signs a hop, one at a
 * time, so each request pays what every hop of a plan read pays before any field is resolved:
 * HTTP, the token's verification, the replay store's INSERT and Apollo's request pipeline.
 * Reports the CPU ms per request of the subgraph's process (its own counters) and of its
 * PostgreSQL backends. BENCH_BASELINE_ROOT=<another built checkout> runs that checkout's servers
 * too, batch for batch (before/after in one run). The servers run their built entry points:
 * build first (`npx tsc -b`).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { CASE_MANAGEMENT_AUDIENCE, DEMO, agencyAudience, importKey } from '@icp/shared';
import { SIGN_AS_HEADER, signingFetcher } from '../gateway/src/routing/signing-fetcher';
import {
  ProcessFederation,
  postgresBackendCpu,
  type ProcessCounters,
} from './support/process-federation';

const ROUNDS = Number(process.env.BENCH_FIXED_COST_ROUNDS ?? 6);
const PER_BATCH = 200;
const WARMUP = 200;
const SERVERS = ['case-management', 'CDAS'] as const;
const BODY = JSON.stringify({ query: '{ __typename }' });

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

describe('benchmark: the fixed cost of one subgraph request', () => {
  const feds: { name: string; f: ProcessFederation }[] = [];
  beforeAll(async () => {
    feds.push({ name: 'this', f: await ProcessFederation.start(['CDAS']) });
    const baseline = process.env.BENCH_BASELINE_ROOT;
    if (baseline)
      feds.push({ name: 'baseline', f: await ProcessFederation.start(['CDAS'], baseline) });
  });
  afterAll(async () => {
    for (const { f } of feds) await f.close();
  });

  it('measures `{ __typename }` straight to case-management and to an agency', async () => {
    const user = { agencyCode: 'CDAS', userId: DEMO.staff.aoife.id, roles: ['CASE_MANAGER'] };
    const senders = await Promise.all(
      feds.map(async ({ f }) => {
        const key = await importKey(f.gatewayKey);
        return Object.fromEntries(
          SERVERS.map((server) => {
            const audience =
              server === 'case-management' ? CASE_MANAGEMENT_AUDIENCE : agencyAudience(server);
            const fetcher = signingFetcher(async () => ({ key }), audience, 5000);
            return [
              server,
              async () => {
                const requestId = randomUUID();
                const res = await fetcher(f.urls.get(server)!, {
                  method: 'POST',
                  headers: {
                    'content-type': 'application/json',
                    [SIGN_AS_HEADER]: JSON.stringify({ ...user, requestId }),
                  },
                  body: BODY,
                });
                const text = await res.text();
                if (!res.ok || !text.includes('__typename'))
                  throw new Error(`${server}: ${res.status} ${text.slice(0, 300)}`);
              },
            ];
          }),
        ) as Record<(typeof SERVERS)[number], () => Promise<void>>;
      }),
    );
    const totals = feds.map(() =>
      Object.fromEntries(SERVERS.map((s) => [s, { requests: 0, cpuMs: 0, postgresMs: 0 }])),
    );
    for (const [i] of feds.entries())
      for (const s of SERVERS) for (let n = 0; n < WARMUP; n++) await senders[i]![s]();
    for (let round = 0; round < ROUNDS; round++) {
      // Each federation goes first in turn.
      const order = round % 2 === 0 ? [...feds.keys()] : [...feds.keys()].reverse();
      for (const s of SERVERS) {
        for (const i of order) {
          const { f } = feds[i]!;
          const pgBefore = await postgresBackendCpu(f.databaseNames);
          const before = (await f.counters()).get(s) as ProcessCounters;
          for (let n = 0; n < PER_BATCH; n++) await senders[i]![s]();
          const after = (await f.counters()).get(s) as ProcessCounters;
          const pgAfter = await postgresBackendCpu(f.databaseNames);
          const t = totals[i]![s]!;
          t.requests += PER_BATCH;
          t.cpuMs += after.cpuMs - before.cpuMs;
          for (const [pid, ms] of pgAfter) t.postgresMs += ms - (pgBefore.get(pid) ?? 0);
        }
      }
    }
    const report = (i: number) =>
      Object.fromEntries(
        SERVERS.map((s) => {
          const t = totals[i]![s]!;
          return [
            s,
            {
              requests: t.requests,
              cpuMsPerRequest: round(t.cpuMs / t.requests),
              postgresMsPerRequest: round(t.postgresMs / t.requests),
            },
          ];
        }),
      );
    const result = {
      query: '{ __typename }',
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
      rounds: ROUNDS,
      perBatch: PER_BATCH,
      this: report(0),
      ...(feds[1] ? { baseline: { root: process.env.BENCH_BASELINE_ROOT, ...report(1) } } : {}),
      loadAverage: loadavg().map((n) => round(n, 2)),
      node: process.version,
      measuredAt: new Date().toISOString(),
    };
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `fixed-cost-${result.database}.json`), JSON.stringify(result, null, 2));
    expect(totals[0]!['CDAS']!.requests).toBe(ROUNDS * PER_BATCH);
  });
});
