import cors from 'cors';
import { ConfigError, isProduction, type HttpMiddleware } from '@icp/shared';

/** The web app's development server (Vite's default port), by name and by address. */
export const DEVELOPMENT_CORS_ORIGINS: readonly string[] = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
];

/**
 * The request headers a page may send cross-origin: the agency token, the JSON content type, and
 * the two headers Apollo Server's CSRF prevention accepts in place of a non-simple content type
 * (`apollo-require-preflight`, `x-apollo-operation-name`), and the caller's request id.
 */
export const CORS_ALLOWED_HEADERS: readonly string[] = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
];

/** How long a browser may reuse a preflight's answer, in seconds. */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * Reads an allow-list of origins (GATEWAY_CORS_ORIGINS): comma-separated, each a bare origin
 * (`https://care.example.ie`, `http://localhost:5173`): a scheme of http or https, a host and
 * an optional port, and nothing else. `*`, a path or anything that is not an origin is refused,
 * so a typo cannot open the API to every site.
 */
export function parseCorsOrigins(text: string): string[] {
  const origins = text
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  for (const origin of origins) {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin) {
      throw new ConfigError(
        `GATEWAY_CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path, no trailing slash)`,
      );
    }
  }
  return origins;
}

/**
 * The origins allowed when the gateway is given none: GATEWAY_CORS_ORIGINS when it is set
 * (empty: none); else the web app's development server outside production, and none in
 * production.
 */
export function defaultCorsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = env.GATEWAY_CORS_ORIGINS;
  if (configured !== undefined) return parseCorsOrigins(configured);
  return isProduction() ? [] : [...DEVELOPMENT_CORS_ORIGINS];
}

/**
 * CORS on the GraphQL endpoint (the `cors` package). A request from an allowed origin gets
 * Access-Control-Allow-Origin naming that origin (and Vary: Origin); its preflight (OPTIONS) is
 * answered here with 204, before and without authentication, since it carries no credentials and
 * runs nothing. Any other request still needs its token: CORS only lets the browser read the
 * answer. A request from any other origin gets no CORS header at all (its preflight goes on to
 * authentication and gets 401), so the browser refuses it. No cookies are used, so credentials
 * are never allowed; the token travels in the Authorization header.
 */
export function corsMiddleware(origins: readonly string[], graphqlPath: string): HttpMiddleware {
  const allowed = new Set(origins);
  const handler = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: CORS_MAX_AGE_SECONDS,
    preflightContinue: false,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    if (allowed.size === 0) return next();
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== graphqlPath) return next();
    handler(req, res, next);
  };
}
