import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JWK } from 'jose';
import {
  DEMO,
  Directory,
  ROLES,
  createLogger,
  generateKeyPairJwk,
  importKey,
  signUserToken,
  type AgencyEntry,
  type AgencyKind,
  type FederationConfig,
  type Logger,
  type Role,
} from '@icp/shared';
import { startCaseManagement, type RunningCaseManagement } from '@icp/case-management';
import { startAgency, type RunningAgency } from '@icp/agency';
import type { AgencyModule } from '../../subgraphs/agency/src/kernel/context';
import {
  readSupergraph,
  startGateway,
  type AgencyCircuitSettings,
  type IdentityProviderOptions,
  type RequestLimits,
  type RunningGateway,
  type TrustedDocumentsOptions,
} from '@icp/gateway';
import type { Json } from './json';
import { MIGRATIONS as CM_MIGRATIONS } from '../../subgraphs/case-management/src/database';
import { MIGRATIONS as AGENCY_MIGRATIONS } from '../../subgraphs/agency/src/database';
import {
  TEST_SERVER_URL,
  createTestDatabase,
  type MigratedSchema,
  type TestDatabase,
} from './test-database';

/**
 * Each server's database starts with its subgraph's migrations already run, copied from a
 * snapshot (docs/adr/0031-test-database-snapshots.md); the server's own migration run then finds
 * nothing pending.
 */
const CM_SCHEMA: MigratedSchema = { kind: 'cm', migrations: CM_MIGRATIONS };
const AGENCY_SCHEMA: MigratedSchema = { kind: 'agency', migrations: AGENCY_MIGRATIONS };

/**
 * The committed supergraph (gateway/supergraph.graphql and its manifest), as a deployed gateway
 * loads it: composing it afresh in every test file cost about a second of CPU each, and
 * test/composition.test.ts already fails when the committed one is not what the code composes
 * (run `npm run compose` after a schema change).
 */
const supergraph = readSupergraph();

export interface TestAgencySpec {
  code: string;
  name?: string;
  kind?: AgencyKind;
  /** default: every role, so tests can act as co-ordinators from any agency */
  grantableRoles?: Role[];
  /** The directory's `emergencyAccess` override; default: absent (decided by kind). */
  emergencyAccess?: boolean;
  /**
   * The feature modules its instance serves: another release of the agency subgraph (ADR 0040).
   * Default: this release's (AGENCY_MODULES).
   */
  modules?: readonly AgencyModule[];
}

export interface TestFederationOptions {
  /** default: the three demo agencies CDAS, PROB, HSEM */
  agencies?: TestAgencySpec[];
  /** Seed the demo data (service users, plan, consents, deliveries); default true. */
  seedDemo?: boolean;
  /**
   * Gateway timeout per subgraph request; default 20 s. Every server of a test federation shares
   * one thread (and, without TEST_DATABASE_URL, its embedded databases too), so on a busy machine
   * an ordinary request can take seconds. A test of timeouts sets its own, or an agency's
   * `timeoutMs` in the directory.
   */
  subgraphTimeoutMs?: number;
  /** The gateway's per-agency circuit breaker; default the gateway's own. */
  agencyCircuit?: AgencyCircuitSettings;
  /** Per agency: override the case-management URL it calls (e.g. an unreachable one). */
  caseManagementUrlFor?: Record<string, string>;
  /** Gateway request limits; default the gateway's own. */
  limits?: RequestLimits;
  /** The gateway's trusted documents (ADR 0032); default none. */
  trustedDocuments?: TrustedDocumentsOptions;
  /** The gateway's logger, for tests that read what it logs; default a silent one. */
  gatewayLogger?: Logger;
  /** How the gateway keeps the agencies' identity providers' keys (e.g. a short cooldown). */
  identityProviders?: IdentityProviderOptions;
  /**
   * Keep the directory in a federation.json file that every server re-reads when it changes, as
   * in production, instead of in memory.
   */
  directoryFile?: boolean;
}

export interface GraphQLResponse<T = Json> {
  status: number;
  body: {
    data?: T;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, Json> }[];
    extensions?: Record<string, Json>;
  };
  text: string;
}

const DEMO_NAMES: Record<string, { name: string; kind: AgencyKind }> = Object.fromEntries(
  Object.values(DEMO.agencies).map((a) => [a.code, { name: a.name, kind: a.kind }]),
);

/**
 * A real federation on ephemeral ports: case-management, one agency subgraph server per agency
 * (each with its own database), the gateway in front with a supergraph composed here and now,
 * and keys generated for this run. Databases are real PostgreSQL when TEST_DATABASE_URL is set.
 */
export class TestFederation {
  readonly sql = new Map<string, string[]>();
  readonly agencies = new Map<string, RunningAgency>();
  readonly agencyKeys = new Map<string, JWK>();
  cm!: RunningCaseManagement;
  gateway!: RunningGateway;
  directory!: Directory;
  /** The gateway's private key, for tests that sign requests as the gateway. */
  gatewayKey!: JWK;
  private directoryPath: string | undefined;
  private writes = 0;
  private readonly databases: TestDatabase[] = [];
  /** Each server's database settings, by server ('case-management' or an agency code). */
  private readonly settingsOf = new Map<string, TestDatabase['settings']>();
  /** Servers started by startReplica, closed with the federation. */
  private readonly replicas: { close(): Promise<void> }[] = [];
  private cmPrivateKey!: JWK;
  private config!: FederationConfig;

  private constructor(private readonly o: TestFederationOptions) {}

  static async start(o: TestFederationOptions = {}): Promise<TestFederation> {
    const f = new TestFederation(o);
    try {
      await f.boot();
    } catch (error) {
      await f.close();
      throw error;
    }
    return f;
  }

  get url(): string {
    return this.gateway.url;
  }

  private async boot() {
    const specs = this.o.agencies ?? [{ code: 'CDAS' }, { code: 'PROB' }, { code: 'HSEM' }];
    const gw = await generateKeyPairJwk();
    this.gatewayKey = gw.privateKey;
    const cmKeys = await generateKeyPairJwk();
    const entries: AgencyEntry[] = [];
    for (const s of specs) {
      const pair = await generateKeyPairJwk();
      this.agencyKeys.set(s.code, pair.privateKey);
      entries.push({
        code: s.code,
        name: s.name ?? DEMO_NAMES[s.code]?.name ?? `Test agency ${s.code}`,
        kind: s.kind ?? DEMO_NAMES[s.code]?.kind ?? 'OTHER',
        url: 'http://127.0.0.1:9/graphql',
        publicKey: pair.publicKey,
        grantableRoles: s.grantableRoles ?? [...ROLES],
        ...(s.emergencyAccess === undefined ? {} : { emergencyAccess: s.emergencyAccess }),
      });
    }
    this.config = {
      gateway: { publicKey: gw.publicKey },
      caseManagement: { url: 'http://127.0.0.1:9/graphql', publicKey: cmKeys.publicKey },
      agencies: entries,
    };
    if (this.o.directoryFile) {
      this.directoryPath = join(mkdtempSync(join(tmpdir(), 'icp-federation-')), 'federation.json');
      this.writeDirectory();
      this.directory = Directory.fromFile(this.directoryPath, 0);
    } else {
      this.directory = Directory.fromConfig(this.config);
    }
    const seedDemo = this.o.seedDemo ?? true;

    const cmDb = await this.database('cm', CM_SCHEMA);
    this.settingsOf.set('case-management', cmDb.settings);
    this.cmPrivateKey = cmKeys.privateKey;
    this.cm = await startCaseManagement({
      directory: this.directory,
      privateKey: cmKeys.privateKey,
      database: {
        ...cmDb.settings,
        onQuery: this.recorder('case-management'),
      },
      port: 0,
      seedDemo,
      logger: createLogger('case-management'),
    });
    this.update({ caseManagement: { ...this.config.caseManagement, url: this.cm.url } });
    // Embedded databases run on this thread: agencies started at once interleave their start-up
    // work, and on a busy machine each can then wait past its connection timeout. One after the
    // other takes no longer. Real servers work in their own processes, so those start at once
    // (all settled before a failure is thrown, so that close() stops every one that started).
    if (TEST_SERVER_URL) {
      const started = await Promise.allSettled(specs.map((s) => this.startAgency(s.code)));
      const failed = started.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    } else for (const s of specs) await this.startAgency(s.code);
    this.gateway = await startGateway({
      directory: this.directory,
      privateKey: this.gatewayKey,
      ...supergraph,
      port: 0,
      subgraphTimeoutMs: this.o.subgraphTimeoutMs ?? 20_000,
      ...(this.o.agencyCircuit ? { agencyCircuit: this.o.agencyCircuit } : {}),
      ...(this.o.limits ? { limits: this.o.limits } : {}),
      ...(this.o.trustedDocuments ? { trustedDocuments: this.o.trustedDocuments } : {}),
      logger: this.o.gatewayLogger ?? createLogger('gateway'),
      ...(this.o.identityProviders ? { identityProviders: this.o.identityProviders } : {}),
    });
  }

  /**
   * Starts (or restarts) one agency's own server with its own database; `modules` (another
   * release, ADR 0040) overrides its spec's.
   */
  async startAgency(
    code: string,
    port = 0,
    release?: readonly AgencyModule[],
  ): Promise<RunningAgency> {
    const db = await this.database(`agency_${code}`, AGENCY_SCHEMA);
    this.settingsOf.set(code, db.settings);
    const modules = release ?? this.o.agencies?.find((s) => s.code === code)?.modules;
    const agency = await startAgency({
      ...(modules ? { modules } : {}),
      agencyCode: code,
      directory: this.directory,
      privateKey: this.agencyKeys.get(code)!,
      database: { ...db.settings, onQuery: this.recorder(code) },
      ...(this.o.caseManagementUrlFor?.[code]
        ? { caseManagementUrl: this.o.caseManagementUrlFor[code] }
        : {}),
      port,
      seedDemo: this.o.seedDemo ?? true,
      logger: createLogger('agency', { agency: code }),
    });
    this.agencies.set(code, agency);
    this.setAgencyUrl(code, agency.url);
    return agency;
  }

  /**
   * Another process of a server (`'case-management'` or an agency code) on the same database: a
   * replica (ADR 0039). Needs a real PostgreSQL server (an embedded PGlite serves the process
   * that started it only). Not put in the directory; its SQL is recorded as `<server>#2`.
   */
  async startReplica(server: 'case-management'): Promise<RunningCaseManagement>;
  async startReplica(server: string): Promise<RunningAgency>;
  async startReplica(server: string): Promise<RunningCaseManagement | RunningAgency> {
    const settings = this.settingsOf.get(server);
    if (!settings?.url) throw new Error(`replicas need TEST_DATABASE_URL (${server})`);
    const name = `${server}#2`;
    const replica =
      server === 'case-management'
        ? await startCaseManagement({
            directory: this.directory,
            privateKey: this.cmPrivateKey,
            database: { url: settings.url, onQuery: this.recorder(name) },
            port: 0,
            seedDemo: this.o.seedDemo ?? true,
            logger: createLogger('case-management', { replica: 2 }),
          })
        : await startAgency({
            agencyCode: server,
            directory: this.directory,
            privateKey: this.agencyKeys.get(server)!,
            database: { url: settings.url, onQuery: this.recorder(name) },
            port: 0,
            seedDemo: this.o.seedDemo ?? true,
            logger: createLogger('agency', { agency: server, replica: 2 }),
          });
    this.replicas.push(replica);
    return replica;
  }

  /** Points the directory's case-management address elsewhere (a proxy before replicas). */
  setCaseManagementUrl(url: string): void {
    this.update({ caseManagement: { ...this.config.caseManagement, url } });
  }

  /** Stops one agency's server, as if its host went down. */
  async stopAgency(code: string): Promise<void> {
    await this.agencies.get(code)?.close();
    this.agencies.delete(code);
  }

  setAgencyUrl(code: string, url: string): void {
    this.update({
      agencies: this.config.agencies.map((a) => (a.code === code ? { ...a, url } : a)),
    });
  }

  private update(patch: Partial<FederationConfig>) {
    this.config = { ...this.config, ...patch };
    if (this.directoryPath) this.writeDirectory();
    else this.directory.replace(this.config);
  }

  /** Writes the directory file (a new mtime, so every server re-reads it on next use). */
  private writeDirectory() {
    writeFileSync(this.directoryPath!, JSON.stringify(this.config, null, 2));
    const later = new Date(Date.now() + (this.writes += 1) * 1000);
    utimesSync(this.directoryPath!, later, later);
  }

  /** Changes one agency's directory entry (as the federation operator does). */
  updateDirectoryEntry(code: string, patch: Partial<AgencyEntry>): void {
    this.update({
      agencies: this.config.agencies.map((a) => (a.code === code ? { ...a, ...patch } : a)),
    });
  }

  /** Adds an agency entry to the directory (as the federation operator does). */
  addDirectoryEntry(entry: AgencyEntry): void {
    this.update({ agencies: [...this.config.agencies, entry] });
  }

  /** The agency's private key, for an agency added during the test. */
  setAgencyKey(code: string, privateKey: JWK): void {
    this.agencyKeys.set(code, privateKey);
  }

  private async database(label: string, schema: MigratedSchema) {
    const db = await createTestDatabase(label, schema);
    this.databases.push(db);
    return db;
  }

  private recorder(name: string) {
    return (sql: string) => {
      const list = this.sql.get(name) ?? [];
      list.push(sql);
      this.sql.set(name, list);
    };
  }

  /** Statements run by one server since the last reset. */
  statements(name: string): string[] {
    return this.sql.get(name) ?? [];
  }

  resetStatements(): void {
    this.sql.clear();
  }

  /** A user token issued by the agency's (test) identity provider. */
  async token(agencyCode: string, userId: string, roles: Role[] = ['KEY_WORKER']): Promise<string> {
    const jwk = this.agencyKeys.get(agencyCode)!;
    return signUserToken({ agencyCode, userId, roles }, await importKey(jwk));
  }

  /**
   * A SERVICE_USER token issued by the agency's (test) identity provider, bound to one person by
   * its `service_user_id` claim (ADR 0049); `extraRoles` makes the mixed token the gateway refuses.
   */
  async serviceUserToken(
    agencyCode: string,
    serviceUserId: string,
    o: { userId?: string; extraRoles?: Role[] } = {},
  ): Promise<string> {
    const jwk = this.agencyKeys.get(agencyCode)!;
    return signUserToken(
      {
        agencyCode,
        userId: o.userId ?? `su-${serviceUserId.slice(0, 8)}`,
        roles: ['SERVICE_USER', ...(o.extraRoles ?? [])],
        serviceUserClaim: serviceUserId,
      },
      await importKey(jwk),
    );
  }

  /** Posts a GraphQL operation to the gateway as a user of `agencyCode`. */
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

  async close(): Promise<void> {
    await this.gateway?.close().catch(() => undefined);
    for (const r of this.replicas) await r.close().catch(() => undefined);
    for (const a of this.agencies.values()) await a.close().catch(() => undefined);
    await this.cm?.close().catch(() => undefined);
    for (const db of this.databases) await db.drop().catch(() => undefined);
  }
}

/** The error codes in a response, in order. */
export const codes = (r: GraphQLResponse) => (r.body.errors ?? []).map((e) => e.extensions?.code);
