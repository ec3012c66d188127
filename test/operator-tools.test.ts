import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  DATA_DIR_LOCK_FILE,
  DEMO,
  Directory,
  generateKeyPairJwk,
  startEmbeddedPostgres,
} from '@icp/shared';
import { composeSupergraph, startGateway } from '@icp/gateway';
import { TestFederation } from './support/test-federation';
import type { Json } from './support/json';

/**
 * The commands of package.json as an operator runs them: the built CLIs (npm run build first),
 * spawned as separate processes.
 */
const ROOT = resolve(__dirname, '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built script with node, feeding `input` to its standard input. */
function run(
  script: string,
  args: string[],
  { env = {}, input = '' }: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, script), ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Every package.json script that runs a built file of ours with node: name → file. */
const SCRIPTS: [string, string][] = Object.entries(
  (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts,
).flatMap(([name, command]) => {
  const files = [...command.matchAll(/\bnode (\S+\/dist\/\S+\.js)/g)].map((m) => m[1]!);
  return files.length > 0 ? [[name, files[files.length - 1]!] as [string, string]] : [];
});

beforeAll(() => {
  const missing = SCRIPTS.filter(([, file]) => !existsSync(join(ROOT, file)));
  if (missing.length > 0) {
    throw new Error(`Build first (npm run build): ${missing.map(([, f]) => f).join(', ')}`);
  }
});

describe('every command answers --help', () => {
  it('covers the commands of package.json', () => {
    expect(SCRIPTS.map(([name]) => name).sort()).toEqual(
      expect.arrayContaining([
        'agency:keys',
        'audit:verify',
        'compose',
        'disclosures:export',
        'keys:dev',
        'start',
        'start:agency',
        'start:case-management',
        'start:gateway',
        'token',
      ]),
    );
  });

  it.each(SCRIPTS)('npm run %s -- --help', async (name, file) => {
    const r = await run(file, ['--help']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Usage: /);
    expect(r.stdout).toContain(
      name === 'start'
        ? 'npm start'
        : `npm run ${name === 'token' || name === 'agency:keys' ? '-s ' : ''}${name}`,
    );
  });

  it('points at --help when an option is unknown', async () => {
    const r = await run('gateway/dist/dev/token.js', ['--agencyy', 'CDAS']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--agencyy'");
    expect(r.stderr).toContain('npm run token -- --help');
  });
});

describe('agency:keys', () => {
  it('refuses to write a private key where git would track it', async () => {
    const r = await run('subgraphs/agency/dist/cli/agency-keys.js', [
      ...['--agency', 'NSHS', '--name', 'North Strand', '--kind', 'HOMELESS'],
      ...['--url', 'https://icp.nshs.example.ie/graphql', '--out', 'keys'],
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('inside the repository');
    expect(existsSync(join(ROOT, 'keys', 'NSHS.private.jwk'))).toBe(false);

    const out = mkdtempSync(join(tmpdir(), 'icp-agency-keys-'));
    const made = await run('subgraphs/agency/dist/cli/agency-keys.js', [
      ...['--agency', 'NSHS', '--name', 'North Strand', '--kind', 'HOMELESS'],
      ...['--url', 'https://icp.nshs.example.ie/graphql', '--out', out],
    ]);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ code: 'NSHS', publicKey: { kty: 'OKP' } });
    expect(existsSync(join(out, 'NSHS.private.jwk'))).toBe(true);
  });
});

describe('audit:verify', () => {
  it('refuses an embedded database that a running instance holds, and opens it once it is free', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-audit-verify-'));
    const held = await startEmbeddedPostgres(dir);
    const args = ['--service', 'case-management', '--data-dir', dir];
    try {
      expect(existsSync(join(dir, DATA_DIR_LOCK_FILE))).toBe(true);
      const refused = await run('shared/dist/cli/audit-verify.js', args);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        `The embedded database at ${dir} is in use by a running instance (process ${process.pid}`,
      );
      expect(refused.stderr).toContain('Stop it first');
      // Nor does a second server open it.
      await expect(startEmbeddedPostgres(dir)).rejects.toThrow(/is in use by process/);
    } finally {
      await held.stop();
    }
    expect(existsSync(join(dir, DATA_DIR_LOCK_FILE))).toBe(false);
    const free = await run('shared/dist/cli/audit-verify.js', args);
    expect(free.stderr).not.toContain('in use');
  });

  it('takes over the lock of a process that is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-stale-lock-'));
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(
      join(dir, DATA_DIR_LOCK_FILE),
      JSON.stringify({ pid: gone, startedAt: new Date().toISOString(), command: 'gone' }),
    );
    const db = await startEmbeddedPostgres(dir);
    await db.stop();
  });
});

describe('disclosures:export', () => {
  let gateway: Server;
  let url = '';
  const seen: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    gateway = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            data: {
              serviceUser: {
                pseudonym: 'SU-1001',
                disclosureLog: {
                  from: '1970-01-01T00:00:00.000Z',
                  to: '2026-12-03T09:00:00.000Z',
                  entries: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
                  deniedAttempts: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
                  agencies: [],
                },
              },
            },
          }),
        );
      });
    });
    await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((r) => gateway.close(r)));

  const exportArgs = () => ['--service-user', DEMO.serviceUsers.jamie.id, '--gateway', url];

  it('reads the token from ICP_TOKEN', async () => {
    seen.length = 0;
    const r = await run('gateway/dist/cli/disclosures-export.js', exportArgs(), {
      env: { ICP_TOKEN: 'token-from-env' },
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ resourceType: 'Bundle' });
    expect(seen.map((h) => h.authorization)).toEqual(['Bearer token-from-env']);
  });

  it('reads the token from standard input with --token-stdin', async () => {
    seen.length = 0;
    const r = await run(
      'gateway/dist/cli/disclosures-export.js',
      [...exportArgs(), '--token-stdin'],
      {
        env: { ICP_TOKEN: '' },
        input: 'token-from-stdin\n',
      },
    );
    expect(r.code).toBe(0);
    expect(seen.map((h) => h.authorization)).toEqual(['Bearer token-from-stdin']);
  });

  it('refuses a token on the command line, and a missing one, asking nothing of the gateway', async () => {
    seen.length = 0;
    const onLine = await run(
      'gateway/dist/cli/disclosures-export.js',
      [...exportArgs(), '--token', 'visible-in-ps'],
      { env: { ICP_TOKEN: '' } },
    );
    expect(onLine.code).toBe(2);
    expect(onLine.stderr).toContain('--token is not accepted');
    expect(onLine.stderr).toContain('ICP_TOKEN');
    const none = await run('gateway/dist/cli/disclosures-export.js', exportArgs(), {
      env: { ICP_TOKEN: '' },
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No token');
    expect(seen).toEqual([]);
  });
});

describe('npm start', () => {
  it('refuses to start when the gateway’s directory entry carries a key no private key here matches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-start-'));
    const config = join(dir, 'federation.json');
    const other = async () => (await generateKeyPairJwk()).publicKey;
    writeFileSync(
      config,
      JSON.stringify({
        gateway: { publicKey: await other() },
        caseManagement: { url: 'http://127.0.0.1:1/graphql', publicKey: await other() },
        agencies: [],
      }),
    );
    const r = await run('gateway/dist/dev/start-federation.js', [], {
      env: { FEDERATION_CONFIG: config, DATABASE_URL: '' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Could not start the federation: Not starting the gateway:');
    expect(r.stderr).toContain('npm start never makes a key that could not match');
    expect(r.stdout).not.toContain('is running');
  });
});

describe('the gateway at start', () => {
  it('says "starting" on /health until every agency of the directory has been checked', async () => {
    const gatewayKey = await generateKeyPairJwk();
    const agencyKey = await generateKeyPairJwk();
    const gateway = await startGateway({
      directory: Directory.fromConfig({
        gateway: { publicKey: gatewayKey.publicKey },
        caseManagement: { url: 'http://127.0.0.1:1/graphql' },
        agencies: [
          {
            code: 'ZZDOWN',
            name: 'Not running',
            kind: 'OTHER',
            url: 'http://127.0.0.1:1/graphql',
            publicKey: agencyKey.publicKey,
            grantableRoles: ['KEY_WORKER'],
          },
        ],
      }),
      privateKey: gatewayKey.privateKey,
      ...(await composeSupergraph()),
      port: 0,
      startupCheckGraceMs: 3000,
    });
    const health = async () => {
      const res = await fetch(gateway.url.replace('/graphql', '/health'));
      return { status: res.status, body: (await res.json()) as Json };
    };
    try {
      expect(await health()).toEqual({
        status: 503,
        body: { status: 'starting', service: 'gateway', agencySchemas: {}, pending: ['ZZDOWN'] },
      });
      // Not reachable within the grace period: left to be checked on first use.
      let h = await health();
      for (let i = 0; i < 150 && h.status === 503; i++) {
        await new Promise((r) => setTimeout(r, 100));
        h = await health();
      }
      expect(h).toEqual({
        status: 200,
        body: { status: 'ok', service: 'gateway', agencySchemas: {} },
      });
    } finally {
      await gateway.close();
    }
  });

  it('has checked every agency before the first request', async () => {
    const f = await TestFederation.start({ agencies: [{ code: 'CDAS' }, { code: 'PROB' }] });
    try {
      const health = async () => {
        const res = await fetch(f.url.replace('/graphql', '/health'));
        return { status: res.status, body: (await res.json()) as Json };
      };
      let h = await health();
      for (let i = 0; i < 100 && h.status === 503; i++) {
        await new Promise((r) => setTimeout(r, 100));
        h = await health();
      }
      expect(h).toEqual({
        status: 200,
        body: { status: 'ok', service: 'gateway', agencySchemas: { CDAS: 'ok', PROB: 'ok' } },
      });
    } finally {
      await f.close();
    }
  });
});
