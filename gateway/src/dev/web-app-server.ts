/**
 * Serves the web app's production build (web/dist) for `npm start`: its files with long caching
 * (their names carry a content hash), index.html for every app path (the app routes in the
 * browser), /config.json, and /health; every answer with a strict Content-Security-Policy and the
 * other security headers. Uses `sirv` for the files (the build's precompressed `.br` and `.gz`
 * copies to browsers that accept them). Development only: a deployment serves the
 * same build from its own web server with the same headers (docs/operators.md).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { webAppCsp, type WebAppConfig } from './web-app-config';

export interface WebAppServerOptions {
  /** The built app (web/dist). */
  distDir: string;
  config: WebAppConfig;
  /** default 5173; 0 picks a free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
}

export interface RunningWebAppServer {
  url: string;
  close(): Promise<void>;
}

function securityHeaders(res: ServerResponse, csp: string) {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
}

/** The placeholder the build puts where the nonce goes (web/vite.config.mts, html.cspNonce). */
const NONCE_PLACEHOLDER = 'ICP_CSP_NONCE';

export async function startWebAppServer(o: WebAppServerOptions): Promise<RunningWebAppServer> {
  const csp = webAppCsp(o.config);
  const configBody = JSON.stringify(o.config);
  const indexHtml = readFileSync(join(o.distDir, 'index.html'), 'utf8');
  /** index.html, for every path the app routes: with a fresh nonce, named in its own CSP. */
  const serveIndex = (res: ServerResponse) => {
    const nonce = randomBytes(16).toString('base64');
    res.setHeader('Content-Security-Policy', webAppCsp(o.config, nonce));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(indexHtml.replaceAll(NONCE_PLACEHOLDER, nonce));
  };
  const files = sirv(o.distDir, {
    single: false,
    etag: true,
    // The build writes each asset gzipped and brotli-compressed beside itself (web/vite.config.mts).
    gzip: true,
    brotli: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const server = createServer((req, res) => {
    securityHeaders(res, csp);
    const path = new URL(req.url ?? '/', 'http://app').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return void res.end();
    }
    if (path === '/health') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void res.end(JSON.stringify({ status: 'ok', service: 'web-app' }));
    }
    if (path === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return void res.end(configBody);
    }
    if (path === '/' || path === '/index.html') return serveIndex(res);
    files(req, res, () => {
      if (path.startsWith('/assets/')) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        return void res.end('Not found');
      }
      serveIndex(res);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 5173, o.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
