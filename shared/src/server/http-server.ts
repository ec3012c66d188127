import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { DomainError } from '../errors/domain-error';
import type { ErrorCode } from '../errors/error-codes';
import { isProduction } from './apollo-options';
import type { Admission } from './admission';

/** Default limit on a request body: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE',
    message: string,
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

function errorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
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
  return createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      const known = toHttpError(error);
      if (known) {
        if (known.status === 413) res.setHeader('connection', 'close');
        return sendJson(res, known.status, errorBody(known.code, known.message));
      }
      o.onError?.(error);
      if (!res.headersSent)
        sendJson(res, 500, errorBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health' && req.method === 'GET') {
      return sendJson(res, 200, await o.health());
    }
    const route = o.routes?.[url.pathname];
    if (route) {
      if (req.method !== 'POST') throw new HttpError(405, 'BAD_REQUEST', 'Use POST');
      const body = await readBody(req, limit);
      return sendJson(res, 200, await route(req, body));
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
    // Authenticate before GraphQL sees the request, so a refused request costs no parsing. The
    // one exception is the browser's GET of the landing page (Sandbox, outside production),
    // which executes nothing: no query and no persisted-query extension. Sandbox then sends the
    // user's token with every operation.
    const landingPage =
      !isProduction() &&
      req.method === 'GET' &&
      !url.searchParams.has('query') &&
      !url.searchParams.has('extensions') &&
      (req.headers.accept ?? '').split(',')[0]!.trim().startsWith('text/html');
    const context = landingPage ? ({} as C) : await o.context(req, body);
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

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0 = any free port) and returns the GraphQL URL and a closer. */
export async function listen(
  server: Server,
  port: number,
  host = '127.0.0.1',
  graphqlPath = '/graphql',
): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}${graphqlPath}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
