import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { DomainError } from '../errors/domain-error';
import type { ErrorCode } from '../errors/error-codes';
import type { Admission } from './admission';
import {
  securityHeaders,
  type HttpMiddleware,
  type SecurityHeaderOptions,
} from './security-headers';
import type { Logger } from '../logging/logger';
import {
  collectProcessMetrics,
  countErrors,
  httpRequestDuration,
  metricsRegistry,
} from '../telemetry/metrics';
import { METRICS_PATH, metricsAccess } from '../telemetry/metrics-endpoint';

/** Default limit on a request body: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * How long a server keeps an idle kept-alive connection open (Node.js's default is 5 s). Longer
 * than the idle timeout of the load balancers and proxies in front of it (60 s for most cloud
 * ones), so that a proxy never sends a request on a connection the server is closing at that
 * moment, which its client would see as a reset. The federation's own clients close an idle
 * connection a second before the `Keep-Alive: timeout=65` the answers carry (ADR 0047), unless
 * their event loop is held up past that second, as it was for a test client sharing a process
 * with embedded databases under load: a reset then too. The headers of a request must arrive
 * within a second more (Node.js's advice: above the keep-alive timeout). ADR 0054.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** The paths of the federation's service-to-service endpoints (`routes`). */
export const INTERNAL_PATH_PREFIX = '/internal/';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE',
    message: string,
    /** A stable `extensions.reason` beside the code, e.g. IDP_UNAVAILABLE for a 401. */
    readonly reason?: string,
  ) {
    super(message);
  }
}

export type RouteHandler = (req: IncomingMessage, body: Buffer) => Promise<unknown>;

export interface HttpAppOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** default '/graphql' */
  graphqlPath?: string;
  /** default 1 MiB */
  maxBodyBytes?: number;
  /** Unauthenticated liveness/readiness probe at GET /health. */
  health: () => Promise<Record<string, unknown>>;
  /**
   * Builds the request context from the raw request and its exact body bytes. Throwing an
   * HttpError (or a DomainError with UNAUTHENTICATED) answers without running GraphQL.
   */
  /** Bounds the requests executed at once (the gateway's); default: no bound. */
  admission?: Admission;
  context: (req: IncomingMessage, body: Buffer) => Promise<C>;
  /** Extra JSON POST endpoints (e.g. internal service APIs); each authenticates itself. */
  routes?: Record<string, RouteHandler>;
  onError?: (error: unknown) => void;
  /**
   * The security headers every response carries (see securityHeaders); they are set before
   * anything else runs, so refusals (401, 404, 413) carry them too.
   */
  securityHeaders?: SecurityHeaderOptions;
  /**
   * Connect-style middleware (`cors`, the gateway's explorer) run in order on every request after
   * the security headers and before authentication; one that ends the response (a CORS
   * preflight, an explorer file) answers the request, so it must answer only what needs no
   * credentials.
   */
  middleware?: HttpMiddleware[];
  /**
   * Logs one line per request at info (a health probe at debug): method, path, operation name,
   * status, duration, request id and (tracing on) trace id; never a query, variables or a token.
   */
  requestLog?: Logger;
  /**
   * The name this server's metrics carry (`service` label): 'gateway', 'case-management',
   * 'agency:<code>'. Default 'server'. Every server also answers GET /metrics (see
   * metricsAccess: a bearer token from METRICS_TOKEN; off in production without one).
   */
  service?: string;
}

/** What the request log says of a request beyond its method, path and status. */
interface RequestFacts {
  operation: string | null;
  requestId: string | null;
  /** The request's trace, when tracing is on: from a log line to its trace. */
  traceId?: string;
}

const REQUEST_ID = /^[\w-]{8,64}$/;
/** Methods counted by name in metrics; any other is 'other'. */
const METHODS = new Set(['GET', 'POST', 'OPTIONS', 'HEAD', 'PUT', 'DELETE', 'PATCH']);
const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** The operation's name, as the request gives it or as its document's first operation has it. */
function operationNameOf(body: unknown, url: URL): string | null {
  const named = (v: unknown) => (typeof v === 'string' && v.length <= 200 ? v : null);
  if (typeof body === 'object' && body !== null) {
    const b = body as { operationName?: unknown; query?: unknown };
    const query = typeof b.query === 'string' ? b.query : '';
    return named(b.operationName) ?? named(OPERATION_NAME.exec(query)?.[1]);
  }
  return (
    named(url.searchParams.get('operationName')) ??
    named(OPERATION_NAME.exec(url.searchParams.get('query') ?? '')?.[1])
  );
}

function logRequest(
  log: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  facts: RequestFacts,
  startedAt: bigint,
): void {
  const probe = path === '/health' || path === METRICS_PATH;
  // Nothing is formatted for a level that is off (a request line is info, a probe's debug).
  if (!log.isLevelEnabled(probe ? 'debug' : 'info')) return;
  const header = req.headers['x-request-id'];
  const line = {
    method: req.method,
    path,
    operation: facts.operation,
    status: res.statusCode,
    durationMs: Math.round(Number(process.hrtime.bigint() - startedAt) / 1e5) / 10,
    requestId:
      facts.requestId ?? (typeof header === 'string' && REQUEST_ID.test(header) ? header : null),
    ...(facts.traceId ? { traceId: facts.traceId } : {}),
  };
  if (path === '/health') log.debug(line, 'health probe');
  else if (path === METRICS_PATH) log.debug(line, 'metrics scrape');
  else log.info(line, 'request');
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', 'Request body is too large');
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume(); // discard, so the client reads the 413 instead of a reset
      return reject(tooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Runs one middleware: true when it called next() (the request goes on), false when it answered
 * the request itself (the response ended or the connection closed without next()).
 */
function runMiddleware(
  m: HttpMiddleware,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const answered = () => resolve(false);
    res.once('close', answered);
    m(req, res, (error?: unknown) => {
      res.off('close', answered);
      if (error)
        reject(error instanceof Error ? error : new Error('middleware failed', { cause: error }));
      else resolve(true);
    });
    if (res.writableEnded) {
      res.off('close', answered);
      resolve(false);
    }
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

function errorBody(code: string, message: string, reason?: string) {
  return { errors: [{ message, extensions: { code, ...(reason ? { reason } : {}) } }] };
}

function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') {
    return new HttpError(401, 'UNAUTHENTICATED', error.message);
  }
  if (error instanceof DomainError && error.code === 'FORBIDDEN') {
    return new HttpError(403, 'FORBIDDEN', error.message);
  }
  if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
    return new HttpError(400, 'BAD_USER_INPUT', error.message);
  }
  if (error instanceof DomainError && error.code === 'CONFLICT') {
    return new HttpError(409, 'CONFLICT', error.message);
  }
  return undefined;
}

/**
 * A small Apollo Server integration on node:http (see Apollo's "building integrations" guide).
 * It keeps the raw body so that signed requests can be checked against the exact bytes sent.
 */
export function createHttpApp<C extends BaseContext>(o: HttpAppOptions<C>): Server {
  const graphqlPath = o.graphqlPath ?? '/graphql';
  const limit = o.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const chain = [securityHeaders(o.securityHeaders), ...(o.middleware ?? [])];
  const service = o.service ?? 'server';
  collectProcessMetrics();
  /** The route a path is, for metrics and span names: a known path, else 'other' (bounded). */
  const routeOf = (path: string) =>
    path === graphqlPath || path === '/health' || path === METRICS_PATH || o.routes?.[path]
      ? path
      : 'other';
  const server = createServer((req, res) => {
    const facts: RequestFacts = { operation: null, requestId: null };
    // Parsed once per request: the route, the request log and the handler all read it.
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routeOf(url.pathname);
    const method = METHODS.has(req.method ?? '') ? req.method! : 'other';
    // The HTTP server span (when tracing is on) is named by route, never by the path sent.
    const span = trace.getActiveSpan();
    span?.updateName(`${method} ${route}`);
    span?.setAttribute('http.route', route);
    if (span?.isRecording()) facts.traceId = span.spanContext().traceId;
    const timer = httpRequestDuration.startTimer();
    res.once('close', () => timer({ service, route, method, status: String(res.statusCode) }));
    // pino's levels are ordered: with info off, debug is off too and no line would be written.
    if (o.requestLog?.isLevelEnabled('info')) {
      const startedAt = process.hrtime.bigint();
      const log = o.requestLog;
      res.once('close', () => logRequest(log, req, res, url.pathname, facts, startedAt));
    }
    void (async () => {
      for (const m of chain) if (!(await runMiddleware(m, req, res))) return;
      await handle(req, res, url, facts);
    })().catch((error: unknown) => {
      const known = toHttpError(error);
      countErrors(service, [known?.code ?? 'INTERNAL_SERVER_ERROR']);
      if (known) {
        if (known.status === 413) res.setHeader('connection', 'close');
        return sendJson(res, known.status, errorBody(known.code, known.message, known.reason));
      }
      o.onError?.(error);
      if (!res.headersSent)
        sendJson(res, 500, errorBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
      else res.end();
    });
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;
  return server;

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    facts: RequestFacts,
  ): Promise<void> {
    if (url.pathname === '/health' && req.method === 'GET') {
      // A server still starting (the gateway checking its agencies) says so with a 503.
      const health = await o.health();
      return sendJson(res, health.status === 'starting' ? 503 : 200, health);
    }
    if (url.pathname === METRICS_PATH && req.method === 'GET') {
      const access = metricsAccess(req);
      if (access === 'unauthenticated') {
        throw new HttpError(401, 'UNAUTHENTICATED', 'Metrics credentials required');
      }
      if (access === 'allowed') {
        const text = await metricsRegistry.metrics();
        res.writeHead(200, { 'content-type': metricsRegistry.contentType });
        res.end(text);
        return;
      }
      // 'off' (production without METRICS_TOKEN): there is no such endpoint.
    }
    const route = o.routes?.[url.pathname];
    if (route && req.method === 'POST') {
      const body = await readBody(req, limit);
      return sendJson(res, 200, await route(req, body));
    }
    if (route || url.pathname.startsWith(INTERNAL_PATH_PREFIX)) {
      // Internal endpoints answer only POSTs a federation service signed, each route checking the
      // signature over the body. Any other request there (another method, a path that is no
      // endpoint) cannot carry such a signature, so it is unauthenticated: 401 whatever the
      // method, telling nothing of which endpoints exist, and without reading the body.
      req.resume();
      throw new HttpError(401, 'UNAUTHENTICATED', 'Service credentials required');
    }
    if (url.pathname !== graphqlPath) throw new HttpError(404, 'BAD_REQUEST', 'Not found');

    const body = await readBody(req, limit);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsed: unknown = body.toString('utf8');
    if ((headers.get('content-type') ?? '').startsWith('application/json') && body.length > 0) {
      try {
        parsed = JSON.parse(parsed as string);
      } catch {
        throw new HttpError(400, 'BAD_REQUEST', 'Request body is not valid JSON');
      }
    }
    // Authenticate before GraphQL sees the request, so a refused request costs no parsing. There
    // is no exception: Apollo's landing page is off everywhere, and the gateway's explorer page
    // and its files (development only) are served by middleware, before this.
    facts.operation = operationNameOf(parsed, url);
    // The operation's name (the gateway's own generated names at a subgraph); never its document
    // or variables, which carry service users' data.
    if (facts.operation)
      trace.getActiveSpan()?.setAttribute('graphql.operation.name', facts.operation);
    const context = await o.context(req, body);
    const requestId = (context as { identity?: { requestId?: unknown } }).identity?.requestId;
    if (typeof requestId === 'string') {
      facts.requestId = requestId;
      res.setHeader('x-request-id', requestId);
    }
    const execute = () =>
      o.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method ?? 'GET',
          headers,
          search: url.search,
          body: parsed,
        },
        context: async () => context,
      });
    const result = await (o.admission ? o.admission.run(execute) : execute());
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
