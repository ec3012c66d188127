/**
 * What tracing costs (ADR 0038): the CPU time of the case manager's plan view (50 actions across
 * three agencies, as bench/plan-query.bench.ts) with tracing off and on. Run once per mode; each
 * run is its own process, since a process's tracing is decided as it starts:
 *
 *   TELEMETRY=off TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- bench/telemetry.bench.ts
 *   TELEMETRY=on  TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- bench/telemetry.bench.ts
 *
 * On is as deployed: every span sampled (unless OTEL_TRACES_SAMPLER says otherwise, e.g.
 * OTEL_TRACES_SAMPLER=parentbased_traceidratio OTEL_TRACES_SAMPLER_ARG=0.1), batched and sent by OTLP/HTTP, here to a stand-in
 * collector in this process that reads and discards what it is sent. The Prometheus metrics are
 * on in both (they cannot be turned off). CPU is this process's (user + system): every server of
 * the federation runs in it; a real PostgreSQL's own is not counted. Writes
 * bench/results/telemetry-<mode>-<database>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TestFederation } from '../test/support/test-federation';
import { startTestTracing, type TestTracing } from '../test/support/telemetry';
import { PLAN_ACTIONS, PLAN_QUERY, createBenchmarkPlan } from './support/plan-fixture';

const MODE = process.env.TELEMETRY === 'on' ? 'on' : 'off';
/** The standard sampler variables apply (default: every trace, parentbased_always_on). */
const SAMPLER =
  MODE === 'on'
    ? [process.env.OTEL_TRACES_SAMPLER, process.env.OTEL_TRACES_SAMPLER_ARG]
        .filter(Boolean)
        .join('-') || 'parentbased_always_on'
    : undefined;
const WARMUP = 30;
const READS = 300;

describe(`benchmark: a plan read's CPU with tracing ${MODE}`, () => {
  let f: TestFederation;
  let tracing: TestTracing | undefined;
  let collector: Server | undefined;
  let received = 0;

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'silent';
    if (MODE === 'on') {
      collector = createServer((req, res) => {
        req.on('data', (chunk: Buffer) => (received += chunk.length));
        req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
      });
      await new Promise<void>((resolve) => collector!.listen(0, '127.0.0.1', resolve));
      const { port } = collector.address() as AddressInfo;
      process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${port}`;
      tracing = startTestTracing({ otlp: true });
    }
    f = await TestFederation.start();
  });
  afterAll(async () => {
    await f?.close();
    await tracing?.stop();
    await new Promise((resolve) => (collector ? collector.close(resolve) : resolve(undefined)));
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  });

  it('measures the CPU time of plan reads', async () => {
    const { planId, token } = await createBenchmarkPlan(f);
    const once = async () => {
      const r = await f.query({ token }, PLAN_QUERY, { id: planId });
      if (r.body.errors || r.body.data.carePlan.actions.length !== PLAN_ACTIONS)
        throw new Error(r.text.slice(0, 500));
    };
    for (let i = 0; i < WARMUP; i += 1) await once();
    const cpu = process.cpuUsage();
    const wall = performance.now();
    for (let i = 0; i < READS; i += 1) await once();
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - wall;
    await tracing?.tracing.shutdown(); // flushes the last batch, so `received` counts it
    const round = (n: number) => Math.round(n * 100) / 100;
    const result = {
      tracing: MODE,
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
      reads: READS,
      cpuMsPerRead: round((used.user + used.system) / 1000 / READS),
      wallMsPerRead: round(wallMs / READS),
      ...(MODE === 'on'
        ? { sampler: SAMPLER, otlpKibPerRead: round(received / 1024 / READS) }
        : {}),
      node: process.version,
      measuredAt: new Date().toISOString(),
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(
      join(
        __dirname,
        'results',
        `telemetry-${MODE}${SAMPLER && SAMPLER !== 'parentbased_always_on' ? `-${SAMPLER}` : ''}-${result.database}.json`,
      ),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n`);
  });
});
