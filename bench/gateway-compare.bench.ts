/**
 * Side by side with the peer (issue 13): the same single-hop query (case-management only) sent
 * directly to case-management, signed as the gateway would sign it; through this gateway; and
 * through a stock @apollo/gateway over the same supergraph SDL, whose data source signs the same
 * way (the same signing fetcher) but adds nothing else (no request limits, no re-disclosure
 * notice, no schema check, no sharding). The three are interleaved in rounds, in turn first, at
 * 8 concurrent requests, so that the machine's load falls on all three alike.
 *
 *   npm run bench                        # embedded PGlite
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 *
 * Prints throughput and latency of each path and the ratios; writes
 * bench/results/gateway-compare-<database>.json.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import {
  CASE_MANAGEMENT_AUDIENCE,
  DEMO,
  agencyAudience,
  importKey,
  type Identity,
} from '@icp/shared';
import { readSupergraph } from '@icp/gateway';
import { authenticate } from '../gateway/src/auth/authenticate';
import {
  SIGN_AS_HEADER,
  signingFetcher,
  type SigningKey,
} from '../gateway/src/routing/signing-fetcher';
import { TestFederation } from '../test/support/test-federation';

const CONCURRENCY = 8;
const PER_ROUND = 100;
const ROUNDS = Number(process.env.BENCH_COMPARE_ROUNDS ?? 12);
const WARMUP = 100;

const QUERY = `query Plan($id: ID!) { carePlan(id: $id) { version nextReviewOn lastReviewedOn
  needs { domain description } goals { statement targetDate status }
  actions { id description dueOn interventionType } } }`;

interface StockContext {
  identity: Identity;
}

/** A stock data source: RemoteGraphQLDataSource with the gateway's signing fetcher, nothing else. */
class StockSignedDataSource extends RemoteGraphQLDataSource<StockContext> {
  constructor(url: string, audience: string, signing: () => Promise<SigningKey>) {
    super({ url });
    this.fetcher = signingFetcher(signing, audience, 5000) as never;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<StockContext>) {
    request.http?.headers.set(SIGN_AS_HEADER, JSON.stringify(context.identity));
    request.http?.headers.set('x-request-id', context.identity.requestId);
  }
}

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
  let f: TestFederation;
  let stock: ApolloServer<StockContext>;
  let stockUrl: string;
  beforeAll(async () => {
    process.env.LOG_LEVEL = 'silent';
    f = await TestFederation.start();
    const key = await importKey(f.gatewayKey);
    const signing = async () => ({ key, ...(f.gatewayKey.kid ? { kid: f.gatewayKey.kid } : {}) });
    const gateway = new ApolloGateway({
      supergraphSdl: readSupergraph().supergraphSdl,
      buildService: ({ name }) =>
        name === 'case-management'
          ? new StockSignedDataSource(f.cm.url, CASE_MANAGEMENT_AUDIENCE, signing)
          : new StockSignedDataSource(f.agencies.get('CDAS')!.url, agencyAudience('CDAS'), signing),
    });
    stock = new ApolloServer<StockContext>({ gateway });
    ({ url: stockUrl } = await startStandaloneServer(stock, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async ({ req }: { req: IncomingMessage }) => ({
        identity: await authenticate(req, f.directory),
      }),
    }));
  });
  afterAll(async () => {
    await stock?.stop();
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
      query: QUERY,
      variables: { id: DEMO.plans.jamie },
      operationName: 'Plan',
    });
    const key = await importKey(f.gatewayKey);
    const direct = signingFetcher(async () => ({ key }), CASE_MANAGEMENT_AUDIENCE, 5000);
    const viaGateway = (url: string) => () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
    const paths: Record<string, () => Promise<Response>> = {
      direct: () => {
        const requestId = randomUUID();
        return direct(f.cm.url, {
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
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each path goes first in turn.
      const order = names.map((_, i) => names[(i + round) % names.length]!);
      for (const name of order) {
        const r = await batch(name, PER_ROUND);
        const acc = all.get(name)!;
        acc.times.push(...r.times);
        acc.seconds += r.seconds;
      }
    }
    const results = Object.fromEntries(
      names.map((n) => [n, summary(all.get(n)!.times, all.get(n)!.seconds)]),
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
      },
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
