import 'reflect-metadata';
import type { JWK } from 'jose';
import {
  ConsentDecisionCache,
  DisclosureAudit,
  ModuleSet,
  PostgresReplayStore,
  SecurityEvents,
  UnitOfWork,
  agencyAudience,
  createLogger,
  importKey,
  importKeyCached,
  startSubgraphServer,
  type Database,
  type Directory,
  type Logger,
  type RunningSubgraph,
} from '@icp/shared';
import {
  createContext,
  type AgencyContext,
  type AgencyLoaders,
  type AgencyModule,
  type AgencyServices,
} from './kernel/context';
import { openAgencyDatabase, type DatabaseSettings } from './database';
import { buildAgencySchema } from './schema';
import { isDemoSeeded } from './key-worker/key-worker.demo';
import { AGENCY_MODULES } from './modules';

export { buildAgencySchema } from './schema';

export interface AgencyOptions {
  agencyCode: string;
  directory: Directory;
  /** The agency's private key: signs its service credentials towards case-management. */
  privateKey: JWK;
  database: DatabaseSettings;
  /** default: the directory's case-management URL */
  caseManagementUrl?: string;
  /** default 4100; 0 picks a free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** Seed the demo data if absent; default false. */
  seedDemo?: boolean;
  logger?: Logger;
  /**
   * The feature modules this instance serves; default AGENCY_MODULES, this release. Another list
   * is another release of the agency subgraph, which the gateway serves if its schema only adds
   * to the composed one (ADR 0040). The database keeps every module's tables either way.
   */
  modules?: readonly AgencyModule[];
}

export interface RunningAgency extends RunningSubgraph {
  agencyCode: string;
  db: Database;
  services: AgencyServices;
}

/** Opens this agency's own database (running migrations), then serves its agency subgraph. */
export async function startAgency(o: AgencyOptions): Promise<RunningAgency> {
  const logger = o.logger ?? createLogger('agency', { agency: o.agencyCode });
  const db = await openAgencyDatabase(o.agencyCode, {
    onStartupLockWait: () =>
      logger.info('waiting for another process of this instance to finish the migrations'),
    ...o.database,
  });
  try {
    const ds = db.dataSource;
    const credentials = {
      caseManagementUrl: () => o.caseManagementUrl ?? o.directory.current.caseManagement.url,
      agencyCode: o.agencyCode,
      privateKey: await importKey(o.privateKey),
      ...(o.privateKey.kid ? { kid: o.privateKey.kid } : {}),
    };
    const modules = new ModuleSet<AgencyServices, AgencyLoaders, AgencyContext>(
      o.modules ?? AGENCY_MODULES,
    );
    const services = modules.buildServices({
      agencyCode: o.agencyCode,
      directory: o.directory,
      dataSource: ds,
      uow: new UnitOfWork(ds),
      logger,
      credentials,
      audit: new DisclosureAudit(ds),
      securityEvents: new SecurityEvents(ds),
      consentDecisions: new ConsentDecisionCache(),
      replay: new PostgresReplayStore(ds, {
        onPruneError: (err) => logger.warn({ err }, 'removing expired token ids failed'),
        prepared: db.kind === 'postgres',
      }),
    });
    // Once; on later starts each module's upgradeDemo brings an older demo up to date instead.
    // Under the start-up lock: of replicas starting at once, one seeds, the others find it done.
    if (
      o.seedDemo &&
      (await db.exclusively(() => modules.seedDemo(services, services.uow, isDemoSeeded)))
    )
      logger.info('seeded demo data');
    await services.keyWorkers.rememberStaff();
    const { schema } = await buildAgencySchema(o.modules);
    const running = await startSubgraphServer(
      {
        schema,
        audience: agencyAudience(o.agencyCode),
        gatewayKey: () => importKeyCached(o.directory.current.gateway.publicKey),
        context: async (identity, gatewayToken) => {
          // A user of this agency signing in for the first time gets their staff record here.
          await services.keyWorkers.provision(identity);
          return createContext(modules, services, identity, gatewayToken);
        },
        health: async () => ({
          status: 'ok',
          service: 'agency',
          agency: o.agencyCode,
          database: db.kind,
        }),
        audit: services.audit,
        securityEvents: services.securityEvents,
        replay: services.replay,
        routes: modules.routes(services),
        logger,
      },
      o.port ?? 4100,
      o.host,
    );
    logger.info({ url: running.url, database: db.kind }, 'agency subgraph ready');
    return {
      ...running,
      agencyCode: o.agencyCode,
      db,
      services,
      close: async () => {
        await running.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
