/**
 * A federation as deployed, for the benchmarks (ADR 0046): case-management, one agency server
 * per agency and the gateway, each **its own Node.js process** started from its built entry point
 * (`<workspace>/dist/main.js`, as `npm start` and the container images do), each with its own
 * database (a throwaway PostgreSQL database copied from the test snapshot on TEST_DATABASE_URL,
 * else the server's own in-memory PGlite), its own key file, the directory in a federation.json
 * and its own port. The benchmark's process is only the client.
 *
 * Each process's CPU and token work are read from its own counters: its Prometheus `/metrics`
 * (prom-client's `process_cpu_user_seconds_total` and `process_cpu_system_seconds_total`, which
 * are the process's own `process.cpuUsage()`, and `icp_tokens_signed_total` /
 * `icp_tokens_verified_total`), scraped before and after a phase. The scrape itself costs each
 * process a little CPU (well under a millisecond), once per phase.
 *
 * BENCH_CPU_PROF=<dir> starts every server with `--cpu-prof --cpu-prof-dir=<dir>` (as execArgv,
 * not NODE_OPTIONS): each writes its V8 CPU profile there when the federation closes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { JWK } from 'jose';
import {
  DEMO,
  ROLES,
  generateKeyPairJwk,
  importKey,
  signUserToken,
  type AgencyEntry,
  type FederationConfig,
  type Role,
} from '@icp/shared';
import type { GraphQLResponse } from '../../test/support/test-federation';
import type { Json } from '../../test/support/json';
import { MIGRATIONS as CM_MIGRATIONS } from '../../subgraphs/case-management/src/database';
import { MIGRATIONS as AGENCY_MIGRATIONS } from '../../subgraphs/agency/src/database';
import {
  TEST_SERVER_URL,
  createTestDatabase,
  type TestDatabase,
} from '../../test/support/test-database';
import { parseCounters, type ProcessCounters } from './process-counters';

export {
  machineCpuMs,
  postgresBackendCpu,
  processCpuMs,
  type ProcessCounters,
} from './process-counters';

/** This checkout: the servers run from its built packages unless told another (`root`). */
const ROOT = resolve(__dirname, '../..');
export const READY_TIMEOUT_MS = 120_000;

interface Server {
  name: string;
  main: string;
  port: number;
  env: Record<string, string>;
  child?: ChildProcess;
  database?: TestDatabase;
  output: string[];
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

export interface FederationOptions {
  /**
   * Runs the gateway alone: no subgraph server is started and the directory sends every subgraph
   * request (case-management's and each agency's) to this URL, e.g. a benchmark's canned subgraph.
   */
  subgraphsAt?: string;
}

export class ProcessFederation {
  private readonly servers: Server[] = [];
  private readonly agencyKeys = new Map<string, JWK>();
  private readonly metricsToken = randomBytes(24).toString('hex');
  private dir = '';
  private gatewayEnv: Record<string, string> = {};
  /** Processes started beside the federation (a stock gateway), stopped with it. */
  private readonly others: ChildProcess[] = [];
  /** The gateway's private key, for a client that signs requests as the gateway would. */
  gatewayKey!: JWK;
  /** Each subgraph's URL, by server name ('case-management' or an agency code). */
  readonly urls = new Map<string, string>();
  url = '';

  private constructor(private readonly root: string) {}

  /**
   * @param root the checkout whose built servers to run (default this one): a benchmark may run
   * another build beside it, e.g. the code before a change, interleaved in the same run.
   */
  static async start(
    agencies: readonly string[] = ['CDAS', 'PROB', 'HSEM'],
    root: string = ROOT,
    options: FederationOptions = {},
  ): Promise<ProcessFederation> {
    const f = new ProcessFederation(resolve(root));
    try {
      await f.boot(agencies, options);
    } catch (error) {
      await f.close();
      throw error;
    }
    return f;
  }

  private async boot(codes: readonly string[], { subgraphsAt }: FederationOptions) {
    this.dir = mkdtempSync(join(tmpdir(), 'icp-bench-federation-'));
    const keyFile = (owner: string, jwk: JWK) => {
      const path = join(this.dir, `${owner}.private.jwk`);
      writeFileSync(path, JSON.stringify(jwk), { mode: 0o600 });
      return path;
    };
    const gw = await generateKeyPairJwk();
    const cm = await generateKeyPairJwk();
    this.gatewayKey = gw.privateKey;
    const cmPort = await freePort();
    const entries: AgencyEntry[] = [];
    const agencyPorts = new Map<string, number>();
    for (const code of codes) {
      const pair = await generateKeyPairJwk();
      this.agencyKeys.set(code, pair.privateKey);
      const port = await freePort();
      agencyPorts.set(code, port);
      const demo = Object.values(DEMO.agencies).find((a) => a.code === code);
      entries.push({
        code,
        name: demo?.name ?? `Benchmark agency ${code}`,
        kind: demo?.kind ?? 'OTHER',
        url: subgraphsAt ?? `http://127.0.0.1:${port}/graphql`,
        publicKey: pair.publicKey,
        grantableRoles: [...ROLES],
      });
    }
    const config: FederationConfig = {
      gateway: { publicKey: gw.publicKey },
      caseManagement: {
        url: subgraphsAt ?? `http://127.0.0.1:${cmPort}/graphql`,
        publicKey: cm.publicKey,
      },
      agencies: entries,
    };
    const directory = join(this.dir, 'federation.json');
    writeFileSync(directory, JSON.stringify(config, null, 2));
    const common = {
      FEDERATION_CONFIG: directory,
      SEED_DEMO: '1',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      METRICS_TOKEN: this.metricsToken,
    };
    this.servers.push({
      name: 'case-management',
      main: join(this.root, 'subgraphs/case-management/dist/main.js'),
      port: cmPort,
      env: {
        ...common,
        CASE_MANAGEMENT_PRIVATE_KEY_FILE: keyFile('case-management', cm.privateKey),
        PORT: String(cmPort),
      },
      output: [],
    });
    for (const code of codes) {
      this.servers.push({
        name: code,
        main: join(this.root, 'subgraphs/agency/dist/main.js'),
        port: agencyPorts.get(code)!,
        env: {
          ...common,
          AGENCY_CODE: code,
          AGENCY_PRIVATE_KEY_FILE: keyFile(code, this.agencyKeys.get(code)!),
          PORT: String(agencyPorts.get(code)),
        },
        output: [],
      });
    }
    const gatewayPort = await freePort();
    this.servers.push({
      name: 'gateway',
      main: join(this.root, 'gateway/dist/main.js'),
      port: gatewayPort,
      env: {
        ...common,
        GATEWAY_PRIVATE_KEY_FILE: keyFile('gateway', gw.privateKey),
        PORT: String(gatewayPort),
        ...(await this.composeSupergraph()),
      },
      output: [],
    });
    if (subgraphsAt) {
      // The gateway alone: no subgraph server runs; the directory sends every hop to subgraphsAt.
      this.servers.splice(0, this.servers.length - 1);
    }
    for (const s of this.servers) {
      if (s.name !== 'gateway') this.urls.set(s.name, `http://127.0.0.1:${s.port}/graphql`);
    }
    this.url = `http://127.0.0.1:${gatewayPort}/graphql`;
    this.gatewayEnv = this.servers.find((s) => s.name === 'gateway')!.env;

    if (TEST_SERVER_URL) {
      await Promise.all(
        this.servers
          .filter((s) => s.name !== 'gateway')
          .map(async (s) => {
            const cmServer = s.name === 'case-management';
            s.database = await createTestDatabase(
              cmServer ? 'bench_cm' : `bench_agency_${s.name}`,
              cmServer
                ? { kind: 'cm', migrations: CM_MIGRATIONS }
                : { kind: 'agency', migrations: AGENCY_MIGRATIONS },
            );
            s.env.DATABASE_URL = s.database.url!;
          }),
      );
    }
    // The subgraphs first (the gateway checks each agency's schema as it starts).
    const subgraphs = this.servers.filter((s) => s.name !== 'gateway');
    await Promise.all(subgraphs.map((s) => this.spawn(s)));
    await this.spawn(this.servers.find((s) => s.name === 'gateway')!);
  }

  /**
   * The supergraph composed from the built subgraphs the federation runs (what `npm run compose`
   * writes), into this federation's directory: a working tree whose committed supergraph lags a
   * schema change still measures servers that agree with their gateway.
   */
  private async composeSupergraph(): Promise<Record<string, string>> {
    const supergraph = join(this.dir, 'supergraph.graphql');
    const manifest = join(this.dir, 'supergraph.manifest.json');
    const script = `require(${JSON.stringify(join(this.root, 'gateway/dist/compose.js'))})
      .composeSupergraph().then((c) => {
        const fs = require('node:fs');
        fs.writeFileSync(${JSON.stringify(supergraph)}, c.supergraphSdl);
        fs.writeFileSync(${JSON.stringify(manifest)}, JSON.stringify(c.manifest));
      }).catch((e) => { console.error(String(e)); process.exit(1); });`;
    await new Promise<void>((done, fail) => {
      const env = { ...process.env };
      delete env.NODE_OPTIONS;
      const child = spawn(process.execPath, ['-e', script], {
        cwd: this.root,
        env,
        stdio: 'inherit',
      });
      child.once('error', fail);
      child.once('exit', (code) =>
        code === 0 ? done() : fail(new Error(`composing the supergraph failed (${code})`)),
      );
    });
    return { SUPERGRAPH_PATH: supergraph, SUPERGRAPH_MANIFEST_PATH: manifest };
  }

  private async spawn(s: Server) {
    const profileDir = process.env.BENCH_CPU_PROF;
    const execArgv = profileDir
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${resolve(profileDir)}`,
          `--cpu-prof-name=${this.root === ROOT ? '' : 'other-'}${s.name}.cpuprofile`,
        ]
      : [];
    // Not the benchmark's NODE_OPTIONS (jest's --experimental-vm-modules): as deployed.
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [...execArgv, s.main], {
      cwd: this.root,
      env: { ...env, NODE_ENV: 'production', ...s.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      s.output.push(chunk.toString());
      if (s.output.length > 50) s.output.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    s.child = child;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`${s.name} exited (${child.exitCode}): ${s.output.join('')}`);
      try {
        const res = await fetch(`http://127.0.0.1:${s.port}/health`, {
          signal: AbortSignal.timeout(1000),
        });
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${s.name} was not healthy in time: ${s.output.join('')}`);
  }

  /** What a gateway beside this federation needs: the checkout, directory, key and supergraph. */
  gatewaySettings(): Record<string, string> {
    return {
      ICP_ROOT: this.root,
      FEDERATION_CONFIG: this.gatewayEnv.FEDERATION_CONFIG!,
      GATEWAY_PRIVATE_KEY_FILE: this.gatewayEnv.GATEWAY_PRIVATE_KEY_FILE!,
      SUPERGRAPH_PATH: this.gatewayEnv.SUPERGRAPH_PATH!,
    };
  }

  /**
   * This federation's gateway as another checkout built it (`root`: e.g. the code before a
   * change), as a process of its own beside the federation's gateway, over the same directory,
   * key and supergraph: a before/after comparison in one run. Stopped with the federation.
   */
  async startOtherGateway(
    root: string,
    name = 'baseline-gateway',
  ): Promise<{ url: string; pid: number }> {
    const port = await freePort();
    const s: Server = {
      name,
      main: join(resolve(root), 'gateway/dist/main.js'),
      port,
      env: { ...this.gatewayEnv, PORT: String(port) },
      output: [],
    };
    await this.spawn(s);
    this.others.push(s.child!);
    return { url: `http://127.0.0.1:${port}/graphql`, pid: s.child!.pid! };
  }

  /** A process started beside the federation, stopped with it. */
  adopt(child: ChildProcess): void {
    this.others.push(child);
  }

  /** A server process's id, by name. */
  pidOf(name: string): number {
    return this.servers.find((s) => s.name === name)!.child!.pid!;
  }

  /** The server processes' names: 'case-management', each agency code, 'gateway'. */
  get names(): string[] {
    return this.servers.map((s) => s.name);
  }

  /** Each process's own counters, read from its /metrics, by server name. */
  async counters(): Promise<Map<string, ProcessCounters>> {
    const out = new Map<string, ProcessCounters>();
    await Promise.all(
      this.servers.map(async (s) => {
        const res = await fetch(`http://127.0.0.1:${s.port}/metrics`, {
          headers: { authorization: `Bearer ${this.metricsToken}` },
        });
        if (!res.ok) throw new Error(`${s.name} /metrics: ${res.status}`);
        out.set(s.name, parseCounters(await res.text()));
      }),
    );
    return out;
  }

  /** The PostgreSQL databases of the federation (none on PGlite). */
  get databaseNames(): string[] {
    return this.servers
      .map((s) => s.database?.url)
      .filter((u): u is string => Boolean(u))
      .map((u) => new URL(u).pathname.slice(1));
  }

  /** A user token issued by the agency's (test) identity provider. */
  async token(agencyCode: string, userId: string, roles: Role[] = ['KEY_WORKER']): Promise<string> {
    return signUserToken(
      { agencyCode, userId, roles },
      await importKey(this.agencyKeys.get(agencyCode)!),
    );
  }

  /** Posts a GraphQL operation to the gateway, as TestFederation.query does. */
  async query<T = Json>(
    as: { agency: string; user?: string; roles?: Role[] } | { token: string },
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const token =
      'token' in as
        ? as.token
        : await this.token(as.agency, as.user ?? `${as.agency.toLowerCase()}-user`, as.roles);
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) as GraphQLResponse<T>['body'], text };
  }

  /** Stops every server (SIGTERM: each closes and, profiled, writes its profile), drops databases. */
  async close(): Promise<void> {
    // Other processes and the gateway first, then the subgraphs.
    const children = [...this.others, ...[...this.servers].reverse().map((s) => s.child)];
    for (const child of children) {
      if (!child || child.exitCode !== null || child.signalCode !== null) continue;
      await new Promise<void>((done) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(kill);
          done();
        });
        child.kill('SIGTERM');
      });
    }
    for (const s of this.servers) await s.database?.drop().catch(() => undefined);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}
