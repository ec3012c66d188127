/**
 * The web app as `npm start` runs it: built when stale, then served with its configuration from
 * the directory (web-app-config.ts, web-app-server.ts).
 */
import { join } from 'node:path';
import { DEV_ACCOUNTS } from './dev-identity-provider';
import { buildWebApp, webBuildIsStale } from './web-app-build';
import { webAppConfig } from './web-app-config';
import { startWebAppServer, type RunningWebAppServer } from './web-app-server';

export interface WebAppOptions {
  webDir: string;
  /** The directory's agencies as written (URLs interpolated). */
  agencies: readonly { code: string; name?: string }[];
  gatewayUrl: string;
  port: number;
  /** List the demo provider's users on the sign-in page (the demo provider runs here). */
  demoUsers: boolean;
  log: (line: string) => void;
}

/** Builds the app if its sources changed; resolves when web/dist is ready. */
export async function prepareWebApp(o: Pick<WebAppOptions, 'webDir' | 'log'>): Promise<void> {
  if (!webBuildIsStale(o.webDir)) return;
  o.log('building the web app (vite build)…');
  await buildWebApp(o.webDir, o.log);
}

export function serveWebApp(o: WebAppOptions): Promise<RunningWebAppServer> {
  const config = webAppConfig(o.agencies, o.gatewayUrl, o.demoUsers ? DEV_ACCOUNTS : undefined);
  return startWebAppServer({ distDir: join(o.webDir, 'dist'), config, port: o.port });
}

/**
 * The port of the Vite development server (`npx vite` in web/, hot reload; web/vite.config.mts),
 * which runs beside `npm start` and serves the running federation's /config.json.
 */
export const VITE_DEV_PORT = 5174;

/**
 * The identity provider and the gateway know the app at http://localhost:5173; on another port
 * (WEB_PORT, e.g. a browser test's) they are told its callback and origin, and always the Vite
 * development server's (VITE_DEV_PORT), unless the environment already sets them
 * (DEV_IDP_REDIRECT_URIS is added to, GATEWAY_CORS_ORIGINS wins).
 */
export function webAppOriginEnv(
  port: number,
  env: NodeJS.ProcessEnv,
): { identityProvider: Record<string, string>; gateway: Record<string, string> } {
  const origins = [...new Set([port, 5173, VITE_DEV_PORT])].flatMap((p) => [
    `http://localhost:${p}`,
    `http://127.0.0.1:${p}`,
  ]);
  return {
    identityProvider: {
      DEV_IDP_REDIRECT_URIS: [env.DEV_IDP_REDIRECT_URIS, ...origins.map((o) => `${o}/callback`)]
        .filter(Boolean)
        .join(','),
    },
    gateway: env.GATEWAY_CORS_ORIGINS ? {} : { GATEWAY_CORS_ORIGINS: origins.join(',') },
  };
}
