import 'reflect-metadata';
import type { JWK } from 'jose';
import {
  DisclosureAudit,
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
import { createContext, type AgencyServices } from './context';
import { openAgencyDatabase, type DatabaseSettings } from './database';
import { buildAgencySchema } from './schema';
import { CaseManagementClient } from './case-management/case-management-client';
import { DeliveryService } from './delivery/delivery.service';
import { KeyWorkerAssignmentService } from './key-worker/key-worker-assignment.service';
import { CaseloadService } from './caseload/caseload.service';
import { seedDemo } from './demo/seed-demo';
import { ServiceDeliveryChangeService } from './service-delivery-change/service-delivery-change.service';
import { MeetingWorkService } from './meeting/meeting-work.service';

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
}

export interface RunningAgency extends RunningSubgraph {
  agencyCode: string;
  db: Database;
  services: AgencyServices;
}

/** Opens this agency's own database (running migrations), then serves its agency subgraph. */
export async function startAgency(o: AgencyOptions): Promise<RunningAgency> {
  const logger = o.logger ?? createLogger('agency', { agency: o.agencyCode });
  const db = await openAgencyDatabase(o.agencyCode, o.database);
  try {
    if (o.seedDemo && (await seedDemo(db.dataSource, o.agencyCode)))
      logger.info('seeded demo data');
    const credentials = {
      caseManagementUrl: () => o.caseManagementUrl ?? o.directory.current.caseManagement.url,
      agencyCode: o.agencyCode,
      privateKey: await importKey(o.privateKey),
      ...(o.privateKey.kid ? { kid: o.privateKey.kid } : {}),
    };
    const keyWorkerAssignments = new KeyWorkerAssignmentService(db.dataSource, o.agencyCode);
    const caseManagement = new CaseManagementClient(credentials, logger);
    const services: AgencyServices = {
      agencyCode: o.agencyCode,
      dataSource: db.dataSource,
      logger,
      credentials,
      caseManagement,
      deliveries: new DeliveryService(db.dataSource, o.agencyCode),
      keyWorkerAssignments,
      caseloads: new CaseloadService(
        db.dataSource,
        o.agencyCode,
        keyWorkerAssignments,
        caseManagement,
      ),
      deliveryChanges: new ServiceDeliveryChangeService(db.dataSource, o.agencyCode, credentials),
      meetingWork: new MeetingWorkService(db.dataSource, o.agencyCode, credentials),
      audit: new DisclosureAudit(db.dataSource),
    };
    const { schema } = await buildAgencySchema();
    const running = await startSubgraphServer(
      {
        schema,
        audience: agencyAudience(o.agencyCode),
        gatewayKey: () => importKeyCached(o.directory.current.gateway.publicKey),
        context: (identity, gatewayToken) => createContext(identity, gatewayToken, services),
        health: async () => ({
          status: 'ok',
          service: 'agency',
          agency: o.agencyCode,
          database: db.kind,
        }),
        audit: services.audit,
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
