import 'reflect-metadata';
import type { JWK } from 'jose';
import {
  CASE_MANAGEMENT_AUDIENCE,
  ConsentGuard,
  DisclosureAudit,
  ModuleSet,
  PostgresReplayStore,
  SecurityEvents,
  UnitOfWork,
  createLogger,
  importKey,
  importKeyCached,
  startSubgraphServer,
  type Database,
  type Directory,
  type Identity,
  type Logger,
  type RunningSubgraph,
} from '@icp/shared';
import { openCaseManagementDatabase, type DatabaseSettings } from './database';
import { buildCaseManagementSchema } from './schema';
import { isDemoSeeded } from './case/case.demo';
import type { CmContext, CmLoaders, CmServices } from './kernel/context';
import { CASE_MANAGEMENT_MODULES } from './modules';

export { buildCaseManagementSchema } from './schema';

export interface CaseManagementOptions {
  directory: Directory;
  /**
   * case-management's private key: signs its calls to agency instances (whether a key worker is
   * on an agency's staff). Its public half is `caseManagement.publicKey` in the directory.
   * Without it no agency can be asked, so a plan naming a key worker is refused
   * (AGENCY_UNAVAILABLE).
   */
  privateKey?: JWK;
  database: DatabaseSettings;
  /** default 4001; 0 picks a free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** Seed the demo data if absent; default false. */
  seedDemo?: boolean;
  logger?: Logger;
}

export interface RunningCaseManagement extends RunningSubgraph {
  db: Database;
  services: CmServices;
}

/** Opens the database (running migrations), then serves the case-management subgraph. */
export async function startCaseManagement(
  o: CaseManagementOptions,
): Promise<RunningCaseManagement> {
  const logger = o.logger ?? createLogger('case-management');
  const db = await openCaseManagementDatabase({
    onStartupLockWait: () =>
      logger.info('waiting for another case-management process to finish the migrations'),
    ...o.database,
  });
  try {
    const ds = db.dataSource;
    const modules = new ModuleSet<CmServices, CmLoaders, CmContext>(CASE_MANAGEMENT_MODULES);
    const services = modules.buildServices({
      dataSource: ds,
      uow: new UnitOfWork(ds),
      directory: o.directory,
      logger,
      agencyCallCredentials: o.privateKey
        ? {
            privateKey: await importKey(o.privateKey),
            ...(o.privateKey.kid ? { kid: o.privateKey.kid } : {}),
          }
        : null,
      protectedFields: [],
      audit: new DisclosureAudit(ds),
      securityEvents: new SecurityEvents(ds),
      replay: new PostgresReplayStore(ds, {
        onPruneError: (err) => logger.warn({ err }, 'removing expired token ids failed'),
        prepared: db.kind === 'postgres',
      }),
    });
    // Once: every module's part, in list order, in one transaction; not again on a later start.
    // Under the start-up lock, so that of replicas starting at once one seeds and the others
    // find it done.
    if (
      o.seedDemo &&
      (await db.exclusively(() => modules.seedDemo(services, services.uow, isDemoSeeded)))
    )
      logger.info('seeded demo data');
    const { schema, protectedFields } = await buildCaseManagementSchema();
    services.protectedFields = protectedFields;
    const createContext = (identity: Identity): CmContext => {
      const ctx = {
        identity,
        consent: new ConsentGuard(identity, services.decider, (err) =>
          logger.error({ err }, 'consent decision failed; denying'),
        ),
        services,
      } as Omit<CmContext, 'loaders'> as CmContext;
      ctx.loaders = modules.loadersFor(ctx);
      return ctx;
    };
    const running = await startSubgraphServer(
      {
        schema,
        audience: CASE_MANAGEMENT_AUDIENCE,
        gatewayKey: () => importKeyCached(o.directory.current.gateway.publicKey),
        context: createContext,
        health: async () => ({ status: 'ok', service: 'case-management', database: db.kind }),
        audit: services.audit,
        securityEvents: services.securityEvents,
        consentEpoch: services.consentEpoch,
        replay: services.replay,
        routes: modules.routes(services),
        logger,
      },
      o.port ?? 4001,
      o.host,
    );
    logger.info({ url: running.url, database: db.kind }, 'case-management ready');
    return {
      ...running,
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
