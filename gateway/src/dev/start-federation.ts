/**
 * `npm start`: the whole demo federation on one machine. Generates dev keys once, then starts
 * case-management, one agency subgraph process per agency in federation.json (each with its
 * own database), the demo agencies' OpenID Connect provider (when the directory names one on
 * this machine; dev-identity-provider.ts) and the gateway; seeds demo data once; prints how to
 * query; Ctrl-C stops all.
 *
 * The web app: built (web/dist, when its sources changed) and served at http://localhost:5173
 * (WEB_PORT) with a strict Content-Security-Policy (web-app-server.ts).
 *
 * Databases: embedded PGlite under .local/data (FEDERATION_DATA_DIR) by default. With DATABASE_URL (a PostgreSQL
 * server URL) each instance gets its own database on that server (icp_case_management,
 * icp_agency_<code>), created if missing; CASE_MANAGEMENT_DATABASE_URL and
 * AGENCY_<CODE>_DATABASE_URL override one instance.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { DEV_CONFIG as CONFIG, KEYS_DIR, ROOT, readRawDirectory } from './dev-paths';
import { planDevKeys, type KeyedDirectory } from './dev-key-plan';
import { START_FEDERATION_HELP } from './start-federation-help';
import { prepareWebApp, serveWebApp, webAppOriginEnv } from './web-app';
// Light, like dev-paths: not the package's index.
import { answerHelp } from '@icp/shared/dist/cli/help';

const LOCAL = join(ROOT, '.local');
const GATEWAY_PORT = Number(process.env.PORT ?? 4000);
const DATA_DIR = resolve(process.env.FEDERATION_DATA_DIR ?? join(LOCAL, 'data'));
const WEB_DIR = join(ROOT, 'web');
const WEB_PORT = Number(process.env.WEB_PORT ?? 5173);
const WEB_ORIGIN = `http://localhost:${WEB_PORT}`;
/** How long the servers may take to become healthy (READY_TIMEOUT_SECONDS; default 90 s). */
const READY_TIMEOUT_MS = Number(process.env.READY_TIMEOUT_SECONDS ?? 90) * 1000;

interface Instance {
  name: string;
  main: string;
  port: number;
  env: Record<string, string>;
}

const portOf = (url: string) => Number(new URL(url).port);

/**
 * The demo agencies' identity provider to run here: the issuer a directory entry names on this
 * machine (127.0.0.1 or localhost), as federation.json does for the demo agencies (ADR 0033).
 */
function localIdentityProvider(raw: ReturnType<typeof readRawDirectory>): string | undefined {
  const issuers = raw.agencies.map(
    (a) => (a as { identityProvider?: { issuer?: unknown } }).identityProvider?.issuer,
  );
  return issuers.find(
    (i): i is string =>
      typeof i === 'string' &&
      URL.canParse(i) &&
      ['127.0.0.1', 'localhost'].includes(new URL(i).hostname),
  );
}

async function databaseUrl(
  name: string,
  override: string | undefined,
): Promise<Record<string, string>> {
  if (override) return { DATABASE_URL: override };
  const server = process.env.DATABASE_URL;
  if (!server) return { DATA_DIR: join(DATA_DIR, name) };
  const dbName = `icp_${name.replace(/-/g, '_')}`;
  const client = new Client({ connectionString: server, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${dbName}"`);
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.pathname = `/${dbName}`;
  return { DATABASE_URL: url.toString() };
}

/**
 * The keys (see dev-key-plan): which to use is known before the servers are spawned; a key still
 * to be made (a first start) is made first. An owner whose directory entry carries a public key
 * no private key here matches is `refused`: never given a new key. On a restart the directory is
 * checked beside the servers (`check`): loading what checks it takes half a second, which is not
 * spent before they start.
 */
async function devKeys(raw: ReturnType<typeof readRawDirectory>) {
  const plan = planDevKeys(raw as unknown as KeyedDirectory, {
    keysDir: KEYS_DIR,
    configPath: CONFIG,
  });
  if (plan.some((k) => k.status === 'make')) {
    const { ensureDevKeys } = await import('./dev-keys.js');
    const made = await ensureDevKeys(CONFIG);
    return { keys: made.files, refused: made.refused, check: async () => undefined };
  }
  const keys = new Map<string, string>();
  const refused = new Map<string, string>();
  for (const k of plan) {
    if (k.status === 'refused') refused.set(k.owner, k.reason);
    else keys.set(k.owner, k.privateKeyFile);
  }
  return {
    keys,
    refused,
    check: async () => (await import('./dev-keys.js')).ensureDevKeys(CONFIG),
  };
}

async function plan(): Promise<{
  instances: Instance[];
  check: () => Promise<unknown>;
  refused: Map<string, string>;
}> {
  const raw = readRawDirectory(CONFIG);
  const { keys, check, refused } = await devKeys(raw);
  // Without the gateway or case-management there is no federation to start.
  for (const owner of ['gateway', 'case-management']) {
    const reason = refused.get(owner);
    if (reason) throw new Error(reason);
  }
  const common = {
    FEDERATION_CONFIG: CONFIG,
    SEED_DEMO: '1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  const instances: Instance[] = [
    {
      name: 'case-management',
      main: join(ROOT, 'subgraphs/case-management/dist/main.js'),
      port: portOf(raw.caseManagement.url),
      env: {
        ...common,
        CASE_MANAGEMENT_PRIVATE_KEY_FILE: keys.get('case-management')!,
        PORT: String(portOf(raw.caseManagement.url)),
        ...(await databaseUrl('case-management', process.env.CASE_MANAGEMENT_DATABASE_URL)),
      },
    },
  ];
  for (const a of raw.agencies) {
    if (refused.has(a.code)) continue; // said before anything starts (main)
    instances.push({
      name: a.code.toLowerCase(),
      main: join(ROOT, 'subgraphs/agency/dist/main.js'),
      port: portOf(a.url),
      env: {
        ...common,
        AGENCY_CODE: a.code,
        AGENCY_PRIVATE_KEY_FILE: keys.get(a.code)!,
        PORT: String(portOf(a.url)),
        ...(await databaseUrl(
          `agency-${a.code.toLowerCase()}`,
          process.env[`AGENCY_${a.code}_DATABASE_URL`],
        )),
      },
    });
  }
  const issuer = localIdentityProvider(raw);
  if (issuer) {
    instances.push({
      name: 'identity-provider',
      main: join(ROOT, 'gateway/dist/dev/identity-provider.js'),
      port: portOf(issuer),
      env: {
        DEV_IDP_ISSUER: new URL(issuer).origin,
        ...webAppOriginEnv(WEB_PORT, process.env).identityProvider,
      },
    });
  }
  instances.push({
    name: 'gateway',
    main: join(ROOT, 'gateway/dist/main.js'),
    port: GATEWAY_PORT,
    env: {
      ...common,
      // One line per request (method, operation, status, duration, request id).
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      GATEWAY_PRIVATE_KEY_FILE: keys.get('gateway')!,
      PORT: String(GATEWAY_PORT),
      ...webAppOriginEnv(WEB_PORT, process.env).gateway,
      // The web app's operations by id (ADR 0032); outside production any valid query runs too.
      GATEWAY_TRUSTED_DOCUMENTS:
        process.env.GATEWAY_TRUSTED_DOCUMENTS ??
        join(ROOT, 'web/src/graphql/generated/persisted-documents.json'),
    },
  });
  return { instances, check, refused };
}

function prefixLines(name: string, stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) {
  let buffer = '';
  stream.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) out.write(`[${name}] ${line}\n`);
  });
}

/**
 * Until the instance's /health answers 200. The gateway answers 503 ("starting") until it has
 * checked every agency's schema; agencies that were not started (`notStarted`) are not waited for.
 */
async function waitHealthy(
  instance: Instance,
  deadline: number,
  child: ChildProcess,
  notStarted: ReadonlySet<string> = new Set(),
): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${instance.name} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${instance.port}/health`, {
        signal: AbortSignal.timeout(1000),
      });
      if (res.ok) return;
      if (res.status === 503 && notStarted.size > 0) {
        const { pending } = (await res.json()) as { pending?: string[] };
        if (Array.isArray(pending) && pending.every((code) => notStarted.has(code))) return;
      }
    } catch {
      // not listening yet
    }
    // Polled often: the banner waits for the last server, and a restart takes a few seconds.
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${instance.name} was not healthy within ${READY_TIMEOUT_MS / 1000} s`);
}

function banner(
  started: number,
  instances: Instance[],
  refused: ReadonlyMap<string, string>,
  webUrl: string | undefined,
) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const agencies = instances
    .filter((i) => i.env.AGENCY_CODE)
    .map((i) => `${i.env.AGENCY_CODE} :${i.port}`)
    .join(', ');
  const cm = instances.find((i) => i.name === 'case-management')!;
  const notStarted =
    refused.size > 0
      ? `\n  Not started: ${[...refused.keys()].join(', ')} (no private key here matches its directory entry; see above)`
      : '';
  const url = `http://localhost:${GATEWAY_PORT}/graphql`;
  const idp = instances.find((i) => i.name === 'identity-provider');
  const signIn = idp
    ? `
Or sign in as a demo user through the demo agencies' OpenID Connect provider (development only),
as the web app does: ${idp.env.DEV_IDP_ISSUER} (discovery at /.well-known/openid-configuration),
client icp-web, authorization code flow with PKCE, redirect ${WEB_ORIGIN}/callback.
Users aoife, sean (CDAS), declan, grainne (PROB), niamh, padraig (HSEM); password demo.
Service users jamie, chloe, alex (at their lead agency, CDAS) see their own plan; or, for scripts:
  TOKEN=$(npm run -s token -- --service-user jamie)
`
    : '';
  process.stdout.write(`
Interagency Care Plan Federation is running (ready in ${seconds} s).

  Web app:   ${webUrl ?? 'not started (see the error above)'}${webUrl && idp ? ' (sign in as a demo user, password demo)' : ''}
  Gateway:   ${url}
  Explorer:  http://localhost:${GATEWAY_PORT}/ (GraphiQL, in your browser: put the token in its Headers)
  Subgraphs: case-management :${cm.port}, agencies ${agencies} (signed requests only)${notStarted}${idp ? `\n  Sign-in:   ${idp.env.DEV_IDP_ISSUER} (the demo agencies' identity provider)` : ''}

Get a token for Aoife Byrne, case manager at the drug and alcohol service (CDAS):

  TOKEN=$(npm run -s token -- --agency CDAS --user cdas-aoife --role CASE_MANAGER)
${signIn}
Then ask for Jamie's plan, with each agency's delivery read from that agency's own server:

  curl -s ${url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ case(id: \\"4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b01\\") { status serviceUser { pseudonym givenName } carePlan { nextReviewOn actions { description responsibleAgency { code } delivery { status progressNotes { edges { node { body writtenAt } } } } } } } }"}'

Try the same with a probation token (--agency PROB --user prob-declan --role KEY_WORKER): Jamie
consented to share only the plan summary and legal information with probation, so his name
(IDENTITY), CDAS's relapse-prevention notes (MENTAL_HEALTH) and the methadone clinic's notes
(SUBSTANCE_USE) come back null, each with a CONSENT_REQUIRED error naming its category.

Press Ctrl-C to stop.
`);
}

async function main() {
  const started = Date.now();
  const { instances, check, refused } = await plan();
  for (const reason of refused.values()) process.stderr.write(`${reason}\n`);
  const children = new Map<string, ChildProcess>();
  let stopping = false;

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              done();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  for (const instance of instances) {
    const child = spawn(process.execPath, [instance.main], {
      cwd: dirname(instance.main),
      env: { ...process.env, ...instance.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    prefixLines(instance.name, child.stdout, process.stdout);
    prefixLines(instance.name, child.stderr, process.stderr);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      process.stderr.write(
        `[${instance.name}] exited (${signal ?? code}); stopping the federation\n`,
      );
      void stopAll(1);
    });
    children.set(instance.name, child);
  }
  const log = (line: string) => process.stdout.write(`[web-app] ${line}\n`);
  // Built beside the servers' start; served once they are up. A broken build is reported, and
  // the federation runs without the app.
  const webBuilt = prepareWebApp({ webDir: WEB_DIR, log }).then(
    () => true,
    (e: unknown) => (log(`not served: ${e instanceof Error ? e.message : String(e)}`), false),
  );
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    await Promise.all([
      check(),
      ...instances.map((i) =>
        waitHealthy(i, deadline, children.get(i.name)!, new Set(refused.keys())),
      ),
    ]);
  } catch (error) {
    process.stderr.write(
      `Could not start the federation: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    await stopAll(1);
    return;
  }
  const web = (await webBuilt)
    ? await serveWebApp({
        webDir: WEB_DIR,
        agencies: readRawDirectory(CONFIG).agencies,
        gatewayUrl: `http://localhost:${GATEWAY_PORT}/graphql`,
        port: WEB_PORT,
        demoUsers: instances.some((i) => i.name === 'identity-provider'),
        log,
      }).catch(
        (e: unknown) => void log(`not served: ${e instanceof Error ? e.message : String(e)}`),
      )
    : undefined;
  banner(started, instances, refused, web?.url);
}

answerHelp(START_FEDERATION_HELP);

main().catch((error: unknown) => {
  process.stderr.write(
    `Could not start the federation: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
