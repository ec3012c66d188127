import { EventEmitter } from 'node:events';
import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import { Pool } from 'undici';

/** What RemoteGraphQLDataSource reads of a subgraph's answer (a subset of the fetch Response). */
export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  redirected: false;
  bodyUsed: boolean;
  headers: { get(name: string): string | null; has(name: string): boolean };
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
  clone(): SubgraphResponse;
}

export interface PostInit {
  method?: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Connections the gateway keeps open to one subgraph at most. A gateway executes
 * GATEWAY_MAX_IN_FLIGHT client requests at once (8 by default), each at most a few hops to one
 * subgraph at a time; a hop beyond the bound waits for a free connection, inside its timeout.
 */
export const SUBGRAPH_CONNECTIONS = 32;

/**
 * One undici Pool per subgraph origin (ADR 0050): kept-alive connections, one request at a time
 * on each (pipelining 1: a slow answer never holds up another), at most SUBGRAPH_CONNECTIONS.
 * undici closes an idle connection `keepAliveTimeoutThreshold` (1 s) before the server's
 * `Keep-Alive: timeout=…` answer header says the server would close it: reusing a connection the
 * server is closing fails the request (ADR 0047). `headersTimeout` and `bodyTimeout` are idle
 * bounds of undici's own; the bound that counts is postToSubgraph's, over the whole exchange.
 */
const pools = new Map<string, Pool>();
/** Each URL the gateway posts to, split once: its origin's pool and its path. */
const targets = new Map<string, { pool: Pool; path: string }>();

function targetOf(url: string): { pool: Pool; path: string } {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    let pool = pools.get(parsed.origin);
    if (!pool) {
      pool = new Pool(parsed.origin, {
        connections: SUBGRAPH_CONNECTIONS,
        pipelining: 1,
        keepAliveTimeoutThreshold: 1000,
      });
      pools.set(parsed.origin, pool);
    }
    target = { pool, path: `${parsed.pathname}${parsed.search}` };
    // The directory names a handful of subgraph URLs; a long-lived gateway whose directory kept
    // moving them starts its table over rather than grow it.
    if (targets.size >= 256) targets.clear();
    targets.set(url, target);
  }
  return target;
}

/** Closes every subgraph connection (a gateway that stops; tests). */
export async function closeSubgraphConnections(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  targets.clear();
  await Promise.all(all.map((pool) => pool.close()));
}

function responseOf(
  url: string,
  status: number,
  headers: IncomingHttpHeaders,
  body: Buffer,
): SubgraphResponse {
  let used = false;
  const text = async () => {
    used = true;
    return body.toString('utf8');
  };
  const header = (name: string) => {
    const v = headers[name.toLowerCase()];
    return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
  };
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: STATUS_CODES[status] ?? '',
    url,
    redirected: false,
    get bodyUsed() {
      return used;
    },
    headers: { get: header, has: (name) => header(name) !== null },
    text,
    json: async () => JSON.parse(await text()) as unknown,
    arrayBuffer: async () => {
      used = true;
      return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
    },
    clone: () => responseOf(url, status, headers, body),
  };
}

/**
 * One request to a subgraph with undici's `request` over the subgraph's kept-alive pool,
 * answered as far as RemoteGraphQLDataSource reads a fetch Response: the body whole, then parsed
 * once. Costs the gateway far less CPU per hop than the global fetch (WHATWG streams, abort
 * signals and header objects), which it spends on every one of a plan read's hops (ADR 0047,
 * ADR 0050). The whole exchange, waiting for a connection and the body included, fails after
 * `timeoutMs` with a TimeoutError; the data source turns every failure into its clean
 * SERVICE_UNAVAILABLE / AGENCY_UNAVAILABLE, which an agency's circuit breaker counts (ADR 0034).
 */
export async function postToSubgraph(
  url: string,
  init: PostInit,
  timeoutMs: number,
): Promise<SubgraphResponse> {
  const { pool, path } = targetOf(url);
  // undici aborts on an EventEmitter's 'abort' as on an AbortSignal, with its `reason`: a plain
  // emitter and one timer cost less per hop than AbortSignal.timeout.
  const signal = new EventEmitter() as EventEmitter & { reason?: Error };
  const timer = setTimeout(() => {
    const error = new Error(`The subgraph did not answer within ${timeoutMs} ms`);
    error.name = 'TimeoutError';
    signal.reason = error;
    signal.emit('abort');
  }, timeoutMs);
  try {
    const res = await pool.request({
      path,
      method: init.method ?? 'POST',
      headers: init.headers,
      body: init.body,
      signal,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const bytes = await res.body.bytes();
    const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return responseOf(url, res.statusCode, res.headers, body);
  } finally {
    clearTimeout(timer);
  }
}
