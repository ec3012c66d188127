import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/**
 * A connect-style middleware (what `cors` and `helmet` are): it calls `next()` to let the request
 * go on, or answers the request itself by ending the response.
 */
export type HttpMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/**
 * The Content-Security-Policy of the API's own responses (JSON): a browser that renders one
 * anyway may load, run, submit or frame nothing from it.
 */
export const API_CONTENT_SECURITY_POLICY = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const;

export interface SecurityHeaderOptions {
  /**
   * Send Strict-Transport-Security (max-age in seconds, with includeSubDomains). Only for a
   * server that browsers reach over HTTPS (behind a TLS-terminating proxy); default: not sent.
   */
  strictTransportSecurityMaxAge?: number;
}

/**
 * The security headers on every response of a server of the federation (helmet's, configured for
 * an API): X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer, a Content-Security-
 * Policy that allows nothing, X-Frame-Options: DENY, Cross-Origin-Resource-Policy and -Opener-
 * Policy: same-origin, and Cache-Control: no-store, since responses carry personal data (a
 * response that may be cached, such as the explorer's files, says so itself).
 */
export function securityHeaders(o: SecurityHeaderOptions = {}): HttpMiddleware {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: API_CONTENT_SECURITY_POLICY },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: o.strictTransportSecurityMaxAge
      ? { maxAge: o.strictTransportSecurityMaxAge, includeSubDomains: true }
      : false,
  });
  return (req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    headers(req, res, next);
  };
}

/**
 * Sets a response's Content-Security-Policy to `directives` instead of the API's (for a page the
 * server serves, such as the gateway's explorer), through helmet, which checks the directives.
 */
export function contentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>>,
): HttpMiddleware {
  return helmet.contentSecurityPolicy({ useDefaults: false, directives });
}
