import { openDatabase, type Database } from '@icp/shared';
import { KeyWorker } from './key-worker/key-worker.entity';
import { ActionDelivery, ProgressNote } from './delivery/action-delivery.entity';
import { KeyWorkerAssignment } from './key-worker/key-worker-assignment.entity';
import { InitialSchema1763856100000 } from './migrations/1763856100000-initial-schema';
import { DeliveryPractice1763950000000 } from './migrations/1763950000000-delivery-practice';
import { ServiceDeliveryChanges1763980000000 } from './migrations/1763980000000-service-delivery-changes';
import { AgencyServiceDeliveryChange } from './service-delivery-change/service-delivery-change.entity';
import { MeetingWork1763990000000 } from './migrations/1763990000000-meeting-work';
import {
  MeetingAttendanceRequest,
  MeetingReport,
  MeetingSubstitute,
} from './meeting/meeting-work.entity';

import { DisclosureAudit1764200000000 } from './migrations/1764200000000-disclosure-audit';

export const ENTITIES = [
  KeyWorker,
  ActionDelivery,
  ProgressNote,
  KeyWorkerAssignment,
  AgencyServiceDeliveryChange,
  MeetingAttendanceRequest,
  MeetingReport,
  MeetingSubstitute,
];
export const MIGRATIONS = [
  InitialSchema1763856100000,
  DeliveryPractice1763950000000,
  ServiceDeliveryChanges1763980000000,
  MeetingWork1763990000000,
  DisclosureAudit1764200000000,
];

export interface DatabaseSettings {
  /** A PostgreSQL URL; when absent an embedded PGlite is used. */
  url?: string;
  /** Where the embedded database persists; in memory when absent. */
  dataDir?: string;
  onQuery?: (sql: string) => void;
}

export function openAgencyDatabase(agencyCode: string, s: DatabaseSettings): Promise<Database> {
  return openDatabase({
    ...s,
    applicationName: `icp-agency-${agencyCode.toLowerCase()}`,
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
}
