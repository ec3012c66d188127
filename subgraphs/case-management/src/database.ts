import { openDatabase, type Database } from '@icp/shared';
import { ServiceUser, ServiceUserIdentity } from './service-user/service-user.entity';
import { Case } from './case/case.entity';
import { CarePlan } from './care-plan/care-plan.entity';
import { PlanAction } from './care-plan/plan-action.entity';
import { Consent, ConsentVersion } from './consent/consent.entity';
import { EmergencyAccess } from './emergency-access/emergency-access.entity';
import {
  CaseManagerAssignment,
  CaseTransfer,
  CaseClosure,
  ContactAttempt,
  LeadAgencyDispute,
} from './case/case-history.entity';
import { CarePlanVersion } from './care-plan/plan-version.entity';
import { Need } from './care-plan/need.entity';
import { Goal, GoalConflict } from './care-plan/goal.entity';
import { Referral, ReferralEvent } from './referral/referral.entity';
import { Notification } from './notification/notification.entity';
import { GapBlock, GapBlockStep } from './gaps-and-blocks/gap-block.entity';
import { PlanCopy } from './plan-copy/plan-copy.entity';
import { ServiceDeliveryChange } from './service-delivery-change/service-delivery-change.entity';
import { Meeting, MeetingCirculation, MeetingInvitation } from './meeting/meeting.entity';
import { InitialSchema1763856000000 } from './migrations/1763856000000-initial-schema';
import { CaseManagementPractice1763900000000 } from './migrations/1763900000000-case-management-practice';
import { InterventionsAndDeliveryChanges1763960000000 } from './migrations/1763960000000-interventions-and-delivery-changes';
import { Meetings1763970000000 } from './migrations/1763970000000-meetings';
import { ConsentModel1764100000000 } from './migrations/1764100000000-consent-model';

import { DisclosureAudit1764200000000 } from './migrations/1764200000000-disclosure-audit';

export const ENTITIES = [
  ServiceUser,
  ServiceUserIdentity,
  Case,
  CaseManagerAssignment,
  CaseTransfer,
  CaseClosure,
  ContactAttempt,
  LeadAgencyDispute,
  CarePlan,
  CarePlanVersion,
  Need,
  Goal,
  GoalConflict,
  PlanAction,
  Consent,
  ConsentVersion,
  EmergencyAccess,
  Referral,
  ReferralEvent,
  Notification,
  GapBlock,
  GapBlockStep,
  PlanCopy,
  ServiceDeliveryChange,
  Meeting,
  MeetingInvitation,
  MeetingCirculation,
];
export const MIGRATIONS = [
  InitialSchema1763856000000,
  CaseManagementPractice1763900000000,
  InterventionsAndDeliveryChanges1763960000000,
  Meetings1763970000000,
  ConsentModel1764100000000,
  DisclosureAudit1764200000000,
];

export interface DatabaseSettings {
  /** A PostgreSQL URL; when absent an embedded PGlite is used. */
  url?: string;
  /** Where the embedded database persists; in memory when absent. */
  dataDir?: string;
  onQuery?: (sql: string) => void;
}

export function openCaseManagementDatabase(s: DatabaseSettings): Promise<Database> {
  return openDatabase({
    ...s,
    applicationName: 'icp-case-management',
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
}
