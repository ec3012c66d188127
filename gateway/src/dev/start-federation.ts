/**
 * `npm start`: the whole demo federation on one machine. Generates dev keys once, then starts
 * case-management, one agency subgraph process per agency in federation.json (each with its
 * own database), and the gateway; seeds demo data once; prints how to query; Ctrl-C stops all.
 *
 * Databases: embedded PGlite under .local/data by default. With DATABASE_URL (a PostgreSQL
 * server URL) each instance gets its own database on that server (icp_case_management,
 * icp_agency_<code>), created if missing; CASE_MANAGEMENT_DATABASE_URL and
 * AGENCY_<CODE>_DATABASE_URL override one instance.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { DEV_CONFIG as CONFIG, ROOT, existingDevKeys, readRawDirectory } from './dev-paths';

const LOCAL = join(ROOT, '.local');
const GATEWAY_PORT = Number(process.env.PORT ?? 4000);
const READY_TIMEOUT_MS = 90_000;

interface Instance {
  name: string;
  main: string;
  port: number;
  env: Record<string, string>;
}

const portOf = (url: string) => Number(new URL(url).port);

async function databaseUrl(
  name: string,
  override: string | undefined,
): Promise<Record<string, string>> {
  if (override) return { DATABASE_URL: override };
  const server = process.env.DATABASE_URL;
  if (!server) return { DATA_DIR: join(LOCAL, 'data', name) };
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
 * The keys, made on a first start. When they are all there already (a restart), the servers are
 * spawned at once and the directory is checked beside them (`check`): loading what checks it
 * takes half a second, which is not spent before the servers start.
 */
async function devKeys(raw: ReturnType<typeof readRawDirectory>) {
  const existing = existingDevKeys(raw);
  if (existing)
    return {
      keys: existing,
      check: async () => (await import('./dev-keys.js')).ensureDevKeys(CONFIG),
    };
  const { ensureDevKeys } = await import('./dev-keys.js');
  return { keys: await ensureDevKeys(CONFIG), check: async () => undefined };
}

async function plan(): Promise<{ instances: Instance[]; check: () => Promise<unknown> }> {
  const raw = readRawDirectory(CONFIG);
  const { keys, check } = await devKeys(raw);
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
        PORT: String(portOf(raw.caseManagement.url)),
        ...(await databaseUrl('case-management', process.env.CASE_MANAGEMENT_DATABASE_URL)),
      },
    },
  ];
  for (const a of raw.agencies) {
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
  instances.push({
    name: 'gateway',
    main: join(ROOT, 'gateway/dist/main.js'),
    port: GATEWAY_PORT,
    env: {
      ...common,
      GATEWAY_PRIVATE_KEY_FILE: keys.get('gateway')!,
      PORT: String(GATEWAY_PORT),
    },
  });
  return { instances, check };
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

async function waitHealthy(
  instance: Instance,
  deadline: number,
  child: ChildProcess,
): Promise<void> {
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${instance.name} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${instance.port}/health`, {
        signal: AbortSignal.timeout(1000),
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    // Polled often: the banner waits for the last server, and a restart takes a few seconds.
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${instance.name} was not healthy within ${READY_TIMEOUT_MS / 1000} s`);
}

function banner(started: number) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const url = `http://localhost:${GATEWAY_PORT}/graphql`;
  process.stdout.write(`
Interagency Care Plan Federation is running (ready in ${seconds} s).

  Gateway:   ${url}
  Subgraphs: case-management :4001, agencies CDAS :4101, PROB :4102, HSEM :4103 (signed requests only)

Get a token for Aoife Byrne, case manager at the drug and alcohol service (CDAS):

  TOKEN=$(npm run -s token -- --agency CDAS --user cdas-aoife --role CASE_MANAGER)

Then ask for Jamie's plan, with each agency's delivery read from that agency's own server:

  curl -s ${url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ case(id: \\"4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b01\\") { status serviceUser { pseudonym givenName } carePlan { nextReviewOn actions { description responsibleAgency { code } delivery { status progressNotes { body writtenAt } } } } } }"}'

Try the same with a probation token (--agency PROB --user prob-declan --role KEY_WORKER): Jamie
consented to share only the plan summary and legal information with probation, so his name and
the methadone clinic's notes come back null with CONSENT_REQUIRED.

Press Ctrl-C to stop.
`);
}

async function main() {
  const started = Date.now();
  const { instances, check } = await plan();
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
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    await Promise.all([
      check(),
      ...instances.map((i) => waitHealthy(i, deadline, children.get(i.name)!)),
    ]);
  } catch (error) {
    process.stderr.write(
      `Could not start the federation: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    await stopAll(1);
    return;
  }
  banner(started);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Could not start the federation: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
