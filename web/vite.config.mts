import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

/**
 * The web app's build. `npm start` builds it when its sources changed (gateway/src/dev/web-app.ts)
 * and serves dist/ with a strict Content-Security-Policy: no inline scripts or styles, so nothing
 * here may inject any (no CSS-in-JS; the module preload polyfill is off, it is an inline script).
 * Each asset is also written gzipped and brotli-compressed beside itself (`.gz`, `.br`), served
 * in place of the original to browsers that accept them.
 *
 * `npx vite` (in web/) is the development server with hot reload, at http://localhost:5174 beside
 * `npm start`: it serves the running federation's /config.json (fetched from its web app,
 * ICP_WEB_APP_URL, default http://localhost:5173) and every page with the production CSP.
 */

/** The placeholder the build puts where the nonce goes; servers put a fresh nonce in its place. */
const NONCE_PLACEHOLDER = 'ICP_CSP_NONCE';
/** The development server's port (gateway/src/dev/web-app.ts VITE_DEV_PORT: allowed by npm start). */
const DEV_PORT = 5174;

/**
 * The policy the federation's web app serves (gateway/src/dev/web-app-config.ts webAppCsp), for a
 * page: its scripts and styles by this page's nonce, and the hot-reload socket beside its
 * connections.
 */
export function devPagePolicy(served: string, nonce: string, socket: string): string {
  return served
    .split(/;\s*/)
    .map((directive) => {
      const name = directive.split(' ')[0];
      if (name === 'script-src' || name === 'style-src') return `${directive} 'nonce-${nonce}'`;
      if (name === 'connect-src') return `${directive} ${socket}`;
      return directive;
    })
    .join('; ');
}

/** In `vite` (serve) only: the running federation's /config.json, and its CSP on every page. */
function federationConfig(): Plugin {
  const federation = process.env.ICP_WEB_APP_URL ?? 'http://localhost:5173';
  const fetchConfig = async () => {
    const res = await fetch(new URL('/config.json', federation));
    if (!res.ok) throw new Error(`${federation}/config.json answered ${res.status}`);
    return { body: await res.text(), csp: res.headers.get('content-security-policy') ?? '' };
  };
  return {
    name: 'icp-federation-config',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://dev').pathname;
        const page =
          req.method === 'GET' &&
          !!req.headers.accept?.includes('text/html') &&
          (path === '/index.html' || !/\.[a-z0-9]+$/i.test(path));
        if (path !== '/config.json' && !page) return next();
        const answer = async () => {
          const config = await fetchConfig();
          res.setHeader('Cache-Control', 'no-store');
          if (path === '/config.json') {
            res.setHeader('Content-Type', 'application/json');
            return void res.end(config.body);
          }
          // index.html for every app path, as the production server does, with a fresh nonce
          // named in its CSP.
          const nonce = randomBytes(16).toString('base64');
          const template = await readFile(join(server.config.root, 'index.html'), 'utf8');
          const html = await server.transformIndexHtml(req.url ?? '/', template);
          const host = req.headers.host ?? `localhost:${DEV_PORT}`;
          res.setHeader(
            'Content-Security-Policy',
            devPagePolicy(config.csp, nonce, `ws://${host}`),
          );
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(html.replaceAll(NONCE_PLACEHOLDER, nonce));
        };
        answer().catch((e: unknown) => {
          res.statusCode = 502;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(
            `The running federation's configuration could not be read (${
              e instanceof Error ? e.message : String(e)
            }): start it with npm start, or set ICP_WEB_APP_URL to its web app.\n`,
          );
        });
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    federationConfig(),
    // index.html is served by the server (a fresh nonce each time), not from these files.
    compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/\.html$/], threshold: 1024 }),
  ],
  // The server puts a fresh nonce in place of this in every index.html it serves, and in its CSP:
  // react-aria reads it from the <meta property="csp-nonce"> Vite adds, for the one <style> it
  // injects (usePress' touch-action rule).
  html: { cspNonce: NONCE_PLACEHOLDER },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // The generated documents (src/graphql/generated/graphql.ts) are `new TypedDocumentString(…)`,
    // which only keeps the text: pure, so the bundle leaves out the operations no page uses.
    rolldownOptions: { treeshake: { manualPureFunctions: ['TypedDocumentString'] } },
  },
  server: { port: DEV_PORT, strictPort: true },
  preview: { port: 5173, strictPort: true },
});
