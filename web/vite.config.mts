import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web app's build. `npm start` builds it when its sources changed (gateway/src/dev/web-app.ts)
 * and serves dist/ with a strict Content-Security-Policy: no inline scripts or styles, so nothing
 * here may inject any (no CSS-in-JS; the module preload polyfill is off, it is an inline script).
 */
export default defineConfig({
  plugins: [react()],
  // The server puts a fresh nonce in place of this in every index.html it serves, and in its CSP:
  // react-aria reads it from the <meta property="csp-nonce"> Vite adds, for the one <style> it
  // injects (usePress' touch-action rule).
  html: { cspNonce: 'ICP_CSP_NONCE' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
});
