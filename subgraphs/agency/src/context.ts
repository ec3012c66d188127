import type { DataSource } from 'typeorm';
import {
  ConsentGuard,
  RemoteConsentDecider,
  type ConsentContext,
  type DisclosureAudit,
  type Identity,
  type Logger,
  type OnBehalfOf,
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
import type { KeyWorkerAssignmentService } from './key-worker/key-worker-assignment.service';
import type { CaseloadService } from './caseload/caseload.service';
import type { ServiceDeliveryChangeService } from './service-delivery-change/service-delivery-change.service';
import type { MeetingWorkService } from './meeting/meeting-work.service';

/** Application-wide services of one agency instance. */
export interface AgencyServices {
  agencyCode: string;
  dataSource: DataSource;
  logger: Logger;
  credentials: ServiceCredentials;
  caseManagement: CaseManagementClient;
  deliveries: DeliveryService;
  keyWorkerAssignments: KeyWorkerAssignmentService;
  caseloads: CaseloadService;
  deliveryChanges: ServiceDeliveryChangeService;
  meetingWork: MeetingWorkService;
  /** What this instance disclosed, in its own database (written by the subgraph server). */
  audit: DisclosureAudit;
}

function createLoaders(s: AgencyServices, behalf: OnBehalfOf) {
  return {
    keyWorkerById: keyWorkerByIdLoader(s.dataSource, s.agencyCode),
    deliveryByActionId: deliveryByActionIdLoader(s.dataSource, s.agencyCode),
    notesByActionId: notesByActionIdLoader(s.dataSource),
    assignedAction: assignedActionLoader(s.caseManagement, behalf),
  };
}

export type AgencyLoaders = ReturnType<typeof createLoaders>;

export interface AgencyContext extends ConsentContext {
  agencyCode: string;
  /** The request being served, with the gateway's proof of it, for calls to case-management. */
  behalf: OnBehalfOf;
  loaders: AgencyLoaders;
  services: AgencyServices;
}

/** @param gatewayToken the gateway's token for this request: proof of the reader towards case-management */
export function createContext(
  identity: Identity,
  gatewayToken: string,
  services: AgencyServices,
): AgencyContext {
  const behalf = { identity, gatewayToken };
  return {
    identity,
    agencyCode: services.agencyCode,
    behalf,
    consent: new ConsentGuard(
      identity,
      new RemoteConsentDecider(services.credentials, behalf),
      (err) => services.logger.error({ err }, 'consent decision failed; denying'),
    ),
    loaders: createLoaders(services, behalf),
    services,
  };
}
