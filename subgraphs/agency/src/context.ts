import type { DataSource } from 'typeorm';
import {
  ConsentGuard,
  RemoteConsentDecider,
  type ConsentContext,
  type Identity,
  type Logger,
  type ServiceCredentials,
} from '@icp/shared';
import { keyWorkerByIdLoader } from './key-worker/key-worker.loaders';
import {
  deliveryByActionIdLoader,
  notesByActionIdLoader,
  assignedActionLoader,
} from './delivery/delivery.loaders';
import type { CaseManagementClient } from './case-management/case-management-client';
import type { DeliveryService } from './delivery/delivery.service';

/** Application-wide services of one agency instance. */
export interface AgencyServices {
  agencyCode: string;
  dataSource: DataSource;
  logger: Logger;
  credentials: ServiceCredentials;
  caseManagement: CaseManagementClient;
  deliveries: DeliveryService;
}

function createLoaders(s: AgencyServices, identity: Identity) {
  return {
    keyWorkerById: keyWorkerByIdLoader(s.dataSource, s.agencyCode),
    deliveryByActionId: deliveryByActionIdLoader(s.dataSource, s.agencyCode),
    notesByActionId: notesByActionIdLoader(s.dataSource),
    assignedAction: assignedActionLoader(s.caseManagement, identity),
  };
}

export type AgencyLoaders = ReturnType<typeof createLoaders>;

export interface AgencyContext extends ConsentContext {
  agencyCode: string;
  loaders: AgencyLoaders;
  services: AgencyServices;
}

export function createContext(identity: Identity, services: AgencyServices): AgencyContext {
  return {
    identity,
    agencyCode: services.agencyCode,
    consent: new ConsentGuard(
      identity,
      new RemoteConsentDecider(services.credentials, identity),
      (err) => services.logger.error({ err }, 'consent decision failed; denying'),
    ),
    loaders: createLoaders(services, identity),
    services,
  };
}
