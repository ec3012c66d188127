import type { DataSource } from 'typeorm';
import {
  ConsentGuard,
  type ConsentContext,
  type DisclosureAudit,
  type Directory,
  type Identity,
  type Logger,
  type ProtectedField,
} from '@icp/shared';
import {
  serviceUserByIdLoader,
  identityByServiceUserIdLoader,
} from './service-user/service-user.loaders';
import {
  assignmentsByCaseIdLoader,
  caseByIdLoader,
  casesByServiceUserIdLoader,
  closureByCaseIdLoader,
  contactAttemptsByCaseIdLoader,
  disputesByServiceUserIdLoader,
  nextCaseByPreviousIdLoader,
  openCaseByServiceUserIdLoader,
  transfersByCaseIdLoader,
} from './case/case.loaders';
import {
  actionsByGoalIdLoader,
  actionsByPlanIdLoader,
  conflictsByGoalIdLoader,
  goalByIdLoader,
  goalsByPlanIdLoader,
  needByIdLoader,
  needsByPlanIdLoader,
  planByCaseIdLoader,
  planByIdLoader,
  versionsByPlanIdLoader,
} from './care-plan/care-plan.loaders';
import type { ConsentService } from './consent/consent.service';
import type { ServiceUserService } from './service-user/service-user.service';
import type { CarePlanService } from './care-plan/care-plan.service';
import type { GoalConflictService } from './care-plan/goal-conflict.service';
import type { CaseService } from './case/case.service';
import type { WorklistService } from './case/worklist';
import type { PlanCopyService } from './plan-copy/plan-copy.service';
import type { ServiceDeliveryChangeService } from './service-delivery-change/service-delivery-change.service';
import type { ReferralService } from './referral/referral.service';
import type { NotificationService } from './notification/notification.service';
import type { GapBlockService } from './gaps-and-blocks/gap-block.service';
import type { MeetingService } from './meeting/meeting.service';
import { type LocalConsentDecider } from './consent/local-consent-decider';
import type { EmergencyAccessService } from './emergency-access/emergency-access.service';

/** Application-wide services, created once per process. */
export interface CmServices {
  dataSource: DataSource;
  directory: Directory;
  logger: Logger;
  consents: ConsentService;
  serviceUsers: ServiceUserService;
  decider: LocalConsentDecider;
  plans: CarePlanService;
  goalConflicts: GoalConflictService;
  cases: CaseService;
  worklist: WorklistService;
  copies: PlanCopyService;
  deliveryChanges: ServiceDeliveryChangeService;
  referrals: ReferralService;
  notifications: NotificationService;
  gapsAndBlocks: GapBlockService;
  meetings: MeetingService;
  emergencyAccess: EmergencyAccessService;
  /** The schema's protected fields, set once the schema is built (for consent previews). */
  protectedFields: readonly ProtectedField[];
  /** What this subgraph disclosed, in its own database (written by the subgraph server). */
  audit: DisclosureAudit;
}

function createLoaders(ds: DataSource) {
  return {
    serviceUserById: serviceUserByIdLoader(ds),
    identityByServiceUserId: identityByServiceUserIdLoader(ds),
    caseById: caseByIdLoader(ds),
    openCaseByServiceUserId: openCaseByServiceUserIdLoader(ds),
    casesByServiceUserId: casesByServiceUserIdLoader(ds),
    assignmentsByCaseId: assignmentsByCaseIdLoader(ds),
    transfersByCaseId: transfersByCaseIdLoader(ds),
    closureByCaseId: closureByCaseIdLoader(ds),
    contactAttemptsByCaseId: contactAttemptsByCaseIdLoader(ds),
    disputesByServiceUserId: disputesByServiceUserIdLoader(ds),
    nextCaseByPreviousId: nextCaseByPreviousIdLoader(ds),
    planByCaseId: planByCaseIdLoader(ds),
    planById: planByIdLoader(ds),
    actionsByPlanId: actionsByPlanIdLoader(ds),
    actionsByGoalId: actionsByGoalIdLoader(ds),
    needsByPlanId: needsByPlanIdLoader(ds),
    needById: needByIdLoader(ds),
    goalsByPlanId: goalsByPlanIdLoader(ds),
    goalById: goalByIdLoader(ds),
    conflictsByGoalId: conflictsByGoalIdLoader(ds),
    versionsByPlanId: versionsByPlanIdLoader(ds),
  };
}

export type CmLoaders = ReturnType<typeof createLoaders>;

/** The per-request context: identity, consent guard and fresh loaders (never shared). */
export interface CmContext extends ConsentContext {
  loaders: CmLoaders;
  services: CmServices;
  /** A per-request memo for a feature's own DataLoaders: `ctx.memo('x', () => xLoader(ds))`. */
  memo<T>(key: string, make: () => T): T;
}

export function createContext(identity: Identity, services: CmServices): CmContext {
  return {
    identity,
    consent: new ConsentGuard(identity, services.decider, (err) =>
      services.logger.error({ err }, 'consent decision failed; denying'),
    ),
    loaders: createLoaders(services.dataSource),
    services,
    memo: memoOf(new Map()),
  };
}

function memoOf(cache: Map<string, unknown>) {
  return <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
}
