import 'reflect-metadata';
import {
  CASE_MANAGEMENT_AUDIENCE,
  DisclosureAudit,
  createLogger,
  importKeyCached,
  startSubgraphServer,
  type Database,
  type Directory,
  type Logger,
  type RunningSubgraph,
} from '@icp/shared';
import { createContext, type CmServices } from './context';
import { openCaseManagementDatabase, type DatabaseSettings } from './database';
import { buildCaseManagementSchema } from './schema';
import { ConsentService } from './consent/consent.service';
import { LocalConsentDecider } from './consent/local-consent-decider';
import { ServiceUserService } from './service-user/service-user.service';
import { internalRoutes } from './internal/internal-routes';
import { seedDemo } from './demo/seed-demo';
import { CarePlanService } from './care-plan/care-plan.service';
import { GoalConflictService } from './care-plan/goal-conflict.service';
import { CaseService } from './case/case.service';
import { WorklistService } from './case/worklist';
import { PlanCopyService } from './plan-copy/plan-copy.service';
import { ServiceDeliveryChangeService } from './service-delivery-change/service-delivery-change.service';
import { serviceDeliveryChangeRoutes } from './service-delivery-change/service-delivery-change.routes';
import { ReferralService } from './referral/referral.service';
import { NotificationService } from './notification/notification.service';
import { GapBlockService } from './gaps-and-blocks/gap-block.service';
import { MeetingService } from './meeting/meeting.service';
import { meetingInternalRoutes } from './meeting/meeting-internal.routes';
import { EmergencyAccessService } from './emergency-access/emergency-access.service';

export { buildCaseManagementSchema } from './schema';

export interface CaseManagementOptions {
  directory: Directory;
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
  const db = await openCaseManagementDatabase(o.database);
  try {
    const ds = db.dataSource;
    const serviceUsers = new ServiceUserService(ds);
    const plans = new CarePlanService(ds, o.directory);
    const decider = new LocalConsentDecider(ds, o.directory);
    const cases = new CaseService(ds, o.directory, plans);
    const notifications = new NotificationService(ds);
    const referrals = new ReferralService(ds, o.directory, notifications);
    const services: CmServices = {
      dataSource: ds,
      directory: o.directory,
      logger,
      serviceUsers,
      consents: new ConsentService(ds, o.directory, serviceUsers),
      decider,
      plans,
      goalConflicts: new GoalConflictService(ds),
      cases,
      worklist: new WorklistService(ds, referrals),
      copies: new PlanCopyService(ds, o.directory, decider),
      deliveryChanges: new ServiceDeliveryChangeService(ds),
      referrals,
      notifications,
      gapsAndBlocks: new GapBlockService(ds, o.directory),
      meetings: new MeetingService(ds, o.directory, plans, cases),
      emergencyAccess: new EmergencyAccessService(ds, serviceUsers, notifications),
      protectedFields: [],
      audit: new DisclosureAudit(ds),
    };
    if (o.seedDemo && (await seedDemo(ds, plans, services.meetings, o.directory)))
      logger.info('seeded demo data');
    const { schema, protectedFields } = await buildCaseManagementSchema();
    services.protectedFields = protectedFields;
    const running = await startSubgraphServer(
      {
        schema,
        audience: CASE_MANAGEMENT_AUDIENCE,
        gatewayKey: () => importKeyCached(o.directory.current.gateway.publicKey),
        context: (identity) => createContext(identity, services),
        health: async () => ({ status: 'ok', service: 'case-management', database: db.kind }),
        audit: services.audit,
        routes: {
          ...internalRoutes(services),
          ...serviceDeliveryChangeRoutes(services),
          ...meetingInternalRoutes(services),
        },
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
