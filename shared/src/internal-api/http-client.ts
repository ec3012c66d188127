import { EventEmitter } from 'node:events';
import { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import { Pool } from 'undici';

/**
 * The answer to one POST, as far as a fetch Response is read by its callers (and by a stock
 * RemoteGraphQLDataSource): status, headers, and the body whole.
 */
export interface HttpAnswer {
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
  clone(): HttpAnswer;
}

export interface PostInit {
  method?: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Connections a process keeps open to one server at most. A gateway executes
 * GATEWAY_MAX_IN_FLIGHT client requests at once (8 by default), each at most a few hops to one
 * subgraph at a time; an agency instance calls case-management only when a request needs consent
 * decisions or case-management's records. A request beyond the bound waits for a free
 * connection, inside its timeout.
 */
export const POOL_CONNECTIONS = 32;

/**
 * One undici Pool per server origin (ADR 0050; ADR 0053 for an agency's calls to case-management): kept-alive connections, one request at a time
 * on each (pipelining 1: a slow answer never holds up another), at most POOL_CONNECTIONS.
 * undici closes an idle connection `keepAliveTimeoutThreshold` (1 s) before the server's
 * `Keep-Alive: timeout=…` answer header says the server would close it: reusing a connection the
 * server is closing fails the request (ADR 0047). `headersTimeout` and `bodyTimeout` are idle
 * bounds of undici's own; the bound that counts is httpPost's, over the whole exchange.
 */
const pools = new Map<string, Pool>();
/** Each URL the process posts to, split once: its origin's pool and its path. */
const targets = new Map<string, { pool: Pool; path: string }>();

function targetOf(url: string): { pool: Pool; path: string } {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    let pool = pools.get(parsed.origin);
    if (!pool) {
      pool = new Pool(parsed.origin, {
        connections: POOL_CONNECTIONS,
        pipelining: 1,
        keepAliveTimeoutThreshold: 1000,
      });
      pools.set(parsed.origin, pool);
    }
    target = { pool, path: `${parsed.pathname}${parsed.search}` };
    // The directory names a handful of URLs; a long-lived process whose directory kept moving
    // them starts its table over rather than grow it.
    if (targets.size >= 256) targets.clear();
    targets.set(url, target);
  }
  return target;
}

/** Closes every pooled connection (a server that stops; tests). */
export async function closeHttpPools(): Promise<void> {
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
): HttpAnswer {
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
 * One request between the federation's servers (the gateway's hops to its subgraphs, an agency's
 * calls to case-management) with undici's `request` over the server's kept-alive pool, answered
 * as far as a fetch Response is read: the body whole, then parsed once. Costs far less CPU per
 * request than the global fetch (WHATWG streams, abort signals and header objects): ADRs 0047,
 * 0050 and 0053. The whole exchange, waiting for a connection and the body included, fails after
 * `timeoutMs` with a TimeoutError; each caller turns failures into its own clean error (the
 * gateway's data sources SERVICE_UNAVAILABLE / AGENCY_UNAVAILABLE, which an agency's circuit
 * breaker counts, ADR 0034).
 */
export async function httpPost(
  url: string,
  init: PostInit,
  timeoutMs: number,
): Promise<HttpAnswer> {
  const { pool, path } = targetOf(url);
  // undici aborts on an EventEmitter's 'abort' as on an AbortSignal, with its `reason`: a plain
  // emitter and one timer cost less per hop than AbortSignal.timeout.
  const signal = new EventEmitter() as EventEmitter & { reason?: Error };
  const timer = setTimeout(() => {
    const error = new Error(`The server did not answer within ${timeoutMs} ms`);
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
