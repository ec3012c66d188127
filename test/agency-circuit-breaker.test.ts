import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import type { Json } from './support/json';

/**
 * The gateway's per-agency circuit breaker (ADR 0034), on a real federation. PROB's directory URL
 * points at a small proxy in front of PROB's own server, which forwards every request and counts
 * it: what the gateway sends toward PROB, whether PROB is up or not. While PROB is stopped the
 * proxy cannot forward and drops the connection, as a dead host's address would.
 */

const PLAN = /* GraphQL */ `
  query Plan($id: UUID!) {
    case(id: $id) {
      carePlan {
        actions {
          responsibleAgency {
            code
          }
          delivery {
            agencyCode
            status
          }
        }
      }
    }
  }
`;

/** The schema check's query: the probe a half-open circuit sends. */
const PROBE = /_service\s*\{\s*sdl/;
const HALF_OPEN_AFTER_MS = 2000;

interface CountingProxy {
  url: string;
  /** The body of every request received, in order. */
  requests: string[];
  server: Server;
}

/** Forwards to `target` (host and port of an agency server), recording each request's body. */
async function countingProxy(target: URL): Promise<CountingProxy> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push(body.toString());
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: target.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      // The agency is down: drop the gateway's connection, sending nothing back.
      upstream.on('error', () => req.socket.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, requests, server };
}

const deliveries = (r: GraphQLResponse) =>
  Object.fromEntries(
    (r.body.data.case.carePlan.actions as Json[]).map((a) => [
      a.responsibleAgency.code,
      a.delivery.status,
    ]),
  );

describe("the gateway's circuit breaker per agency", () => {
  let f: TestFederation;
  let proxy: CountingProxy;
  let probPort: number;
  const plan = () => f.query({ agency: 'CDAS' }, PLAN, { id: DEMO.cases.jamie });

  beforeAll(async () => {
    f = await TestFederation.start({
      agencyCircuit: { failures: 2, halfOpenAfterMs: HALF_OPEN_AFTER_MS },
    });
    const real = new URL(f.agencies.get('PROB')!.url);
    probPort = Number(real.port);
    proxy = await countingProxy(real);
    f.setAgencyUrl('PROB', proxy.url);
  });
  afterAll(async () => {
    await f?.close();
    await new Promise((resolve) => proxy?.server.close(resolve));
  });

  it('sends to a healthy agency through its closed circuit', async () => {
    const r = await plan();
    expect(r.body.errors).toBeUndefined();
    expect(deliveries(r)).toEqual({
      CDAS: 'IN_PROGRESS',
      PROB: 'IN_PROGRESS',
      HSEM: 'IN_PROGRESS',
    });
    expect(proxy.requests.length).toBeGreaterThan(0);
    expect(f.gateway.agencies.circuitStates().PROB).toBe('closed');
  });

  it('opens after repeated failures, each answered AGENCY_UNAVAILABLE for that part only', async () => {
    await f.stopAgency('PROB');
    for (let i = 0; i < 5 && f.gateway.agencies.circuitStates().PROB !== 'open'; i++) {
      const r = await plan();
      expect(deliveries(r)).toEqual({ CDAS: 'IN_PROGRESS', PROB: null, HSEM: 'IN_PROGRESS' });
      expect(codes(r)).toEqual(['AGENCY_UNAVAILABLE']);
    }
    expect(f.gateway.agencies.circuitStates()).toMatchObject({
      CDAS: 'closed',
      PROB: 'open',
      HSEM: 'closed',
    });
  });

  it('sends nothing to the agency while open, and the other parts still answer', async () => {
    const sentBefore = proxy.requests.length;
    f.resetStatements();
    for (let i = 0; i < 3; i++) {
      const r = await plan();
      expect(deliveries(r)).toEqual({ CDAS: 'IN_PROGRESS', PROB: null, HSEM: 'IN_PROGRESS' });
      expect(r.body.errors).toEqual([
        {
          message: 'Agency PROB is unavailable',
          path: ['case', 'carePlan', 'actions', 1, 'delivery'],
          extensions: { code: 'AGENCY_UNAVAILABLE', agencyCode: 'PROB' },
        },
      ]);
    }
    // A PROB user's own root query: its agency's circuit is open too.
    const own = await f.query({ agency: 'PROB' }, `{ keyWorkers { id } }`);
    expect(codes(own)).toEqual(['AGENCY_UNAVAILABLE']);
    expect(own.text).not.toMatch(/127\.0\.0\.1|localhost|http:\/\//);

    // No client request went toward PROB. On a very slow machine the circuit's background probe
    // (the schema check) may have come due meanwhile; it is the only thing allowed through.
    const sent = proxy.requests.slice(sentBefore);
    expect(sent.filter((body) => !PROBE.test(body))).toEqual([]);
    // The other agencies did answer their parts.
    expect(f.statements('CDAS').length).toBeGreaterThan(0);
    expect(f.statements('HSEM').length).toBeGreaterThan(0);
  });

  it('closes once the agency is back and a probe succeeds', async () => {
    await f.startAgency('PROB', probPort);
    // startAgency records PROB's own address in the directory: the gateway keeps going through
    // the proxy, at the same URL, so the same (open) circuit is the one that must close.
    f.setAgencyUrl('PROB', proxy.url);
    const sentBefore = proxy.requests.length;

    let r = await plan();
    const deadline = Date.now() + 60_000;
    while (deliveries(r).PROB !== 'IN_PROGRESS' && Date.now() < deadline) {
      expect(deliveries(r)).toEqual({ CDAS: 'IN_PROGRESS', PROB: null, HSEM: 'IN_PROGRESS' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      r = await plan();
    }
    expect(r.body.errors).toBeUndefined();
    expect(deliveries(r)).toEqual({
      CDAS: 'IN_PROGRESS',
      PROB: 'IN_PROGRESS',
      HSEM: 'IN_PROGRESS',
    });
    expect(f.gateway.agencies.circuitStates().PROB).toBe('closed');
    // What reached PROB first was the probe (the schema check), not a client's request.
    const sent = proxy.requests.slice(sentBefore);
    expect(sent[0]).toMatch(PROBE);
    expect(sent.some((body) => !PROBE.test(body))).toBe(true);
  });

  it("uses the agency's own timeout from the directory, with a fresh circuit", async () => {
    expect(f.gateway.agencies.sourceFor('HSEM')!.timeoutMs).toBe(20_000); // TestFederation's default
    f.updateDirectoryEntry('HSEM', { timeoutMs: 750 });
    try {
      const target = f.gateway.agencies.sourceFor('HSEM')!;
      expect(target.timeoutMs).toBe(750);
      expect(target.circuit.state).toBe('closed');
      const r = await plan();
      expect(r.body.errors).toBeUndefined();
      expect(deliveries(r).HSEM).toBe('IN_PROGRESS');
    } finally {
      f.updateDirectoryEntry('HSEM', { timeoutMs: undefined });
    }
  });
});
