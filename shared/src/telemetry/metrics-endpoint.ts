import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';

/** Where every server of the federation serves its Prometheus metrics. */
export const METRICS_PATH = '/metrics';

let fromFile: { path: string; mtimeMs: number; token: string | undefined } | undefined;

/**
 * The token Prometheus must present: METRICS_TOKEN, else the contents of METRICS_TOKEN_FILE (a
 * mounted secret; re-read when it changes, so a rotation needs no restart), else none. A file
 * that cannot be read is an error, never an open endpoint.
 */
export function configuredMetricsToken(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.METRICS_TOKEN) return env.METRICS_TOKEN;
  const path = env.METRICS_TOKEN_FILE;
  if (!path) return undefined;
  const mtimeMs = statSync(path).mtimeMs;
  if (fromFile?.path !== path || fromFile.mtimeMs !== mtimeMs) {
    fromFile = { path, mtimeMs, token: readFileSync(path, 'utf8').trim() || undefined };
  }
  if (!fromFile.token) throw new Error(`METRICS_TOKEN_FILE ${path} is empty`);
  return fromFile.token;
}

/**
 * Whether a request may read /metrics (ADR 0038, docs/security.md):
 * - `allowed`: a token is configured (METRICS_TOKEN or METRICS_TOKEN_FILE) and the request
 *   carries `Authorization: Bearer <it>`, or none is, outside production (a developer's machine);
 * - `unauthenticated`: a token is configured and the request does not carry it (401);
 * - `off`: no token is configured in production: there is no /metrics (404).
 *
 * Metrics carry no service-user data, but they tell who uses the federation how much (per
 * agency request rates, consent refusals), so they are not public.
 */
export function metricsAccess(
  req: IncomingMessage,
  token: string | undefined = configuredMetricsToken(),
  production: boolean = process.env.NODE_ENV === 'production',
): 'allowed' | 'unauthenticated' | 'off' {
  if (!token) return production ? 'off' : 'allowed';
  const header = req.headers.authorization;
  const given = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
  // Compared as digests: equal lengths, and in constant time.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return given && timingSafeEqual(digest(given), digest(token)) ? 'allowed' : 'unauthenticated';
}
