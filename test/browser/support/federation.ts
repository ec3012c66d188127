/**
 * The federation as `npm start` runs it (gateway/dist/dev/start-federation.js: every subgraph,
 * the demo identity provider, the gateway and the web app's production build), on free ports and
 * a fresh data directory, for the browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..', '..');

export interface FederationUrls {
  web: string;
  gateway: string;
  identityProvider: string;
  /** The launcher's process id: its children are the servers. */
  pid: number;
  /** The fresh data directory of every server's embedded database. */
  dataDir: string;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export async function startFederation(): Promise<{ urls: FederationUrls; child: ChildProcess }> {
  const [gateway, cm, cdas, prob, hsem, idp, web] = await Promise.all(
    Array.from({ length: 7 }, () => freePort()),
  );
  const dataDir = mkdtempSync(join(tmpdir(), 'icp-browser-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(gateway),
    CASE_MANAGEMENT_URL: `http://127.0.0.1:${cm}/graphql`,
    CDAS_URL: `http://127.0.0.1:${cdas}/graphql`,
    PROB_URL: `http://127.0.0.1:${prob}/graphql`,
    HSEM_URL: `http://127.0.0.1:${hsem}/graphql`,
    DEV_IDP_ISSUER: `http://127.0.0.1:${idp}`,
    WEB_PORT: String(web),
    FEDERATION_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: '',
    // A fresh data directory is migrated and seeded first; a busy CI machine may need a while.
    READY_TIMEOUT_SECONDS: process.env.READY_TIMEOUT_SECONDS ?? '240',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(ROOT, 'gateway/dist/dev/start-federation.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`federation not ready:\n${output}`)), 300_000);
    const poll = setInterval(() => {
      if (output.includes('is running')) {
        clearInterval(poll);
        clearTimeout(timer);
        done();
      }
    }, 200);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      fail(new Error(`the launcher exited (${code}):\n${output}`));
    });
  });
  if (!output.includes(`Web app:   http://localhost:${web}`))
    throw new Error(`the web app was not served:\n${output}`);
  return {
    child,
    urls: {
      web: `http://localhost:${web}`,
      gateway: `http://localhost:${gateway}/graphql`,
      identityProvider: `http://127.0.0.1:${idp}`,
      pid: child.pid!,
      dataDir,
    },
  };
}

/** The process id of a server the launcher started, by an environment variable it was given. */
export function serverPid(launcherPid: number, name: string, value: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== launcherPid) continue;
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (environ.includes(`${name}=${value}`)) return Number(entry);
    } catch {
      // gone, or not ours
    }
  }
  throw new Error(`no server with ${name}=${value} under ${launcherPid}`);
}
