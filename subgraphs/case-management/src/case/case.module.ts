import { onDataSource } from '@icp/shared';
import type { CmModule } from '../kernel/context';
import { AssignmentResolver } from './case-history.resolver';
import { CaseResolver, caseSubject, resolveCaseReference, subjectOfCase } from './case.resolver';
import {
  CaseClosure,
  CaseManagerAssignment,
  CaseTransfer,
  ContactAttempt,
} from './case-history.entity';
import { LeadAgencyDispute } from './lead-agency-dispute.entity';
import { Case } from './case.entity';
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
} from './case.loaders';
import { CaseService } from './case.service';
import { CaseClosureService } from './case-closure.service';
import { ServiceUser, ServiceUserIdentity } from './service-user.entity';
import { identityByServiceUserIdLoader, serviceUserByIdLoader } from './service-user.loaders';
import {
  ServiceUserResolver,
  resolveServiceUserReference,
  serviceUserSubject,
} from './service-user.resolver';
import { ServiceUserService } from './service-user.service';
import { seedCaseDemo } from './case.demo';
import { CaseManagerIndex1764300000000 } from './1764300000000-case-manager-index';

declare module '../kernel/context' {
  interface CmServices {
    serviceUsers: ServiceUserService;
    cases: CaseService;
    closures: CaseClosureService;
  }
  interface CmLoaders {
    serviceUserById: ReturnType<typeof serviceUserByIdLoader>;
    identityByServiceUserId: ReturnType<typeof identityByServiceUserIdLoader>;
    caseById: ReturnType<typeof caseByIdLoader>;
    openCaseByServiceUserId: ReturnType<typeof openCaseByServiceUserIdLoader>;
    casesByServiceUserId: ReturnType<typeof casesByServiceUserIdLoader>;
    assignmentsByCaseId: ReturnType<typeof assignmentsByCaseIdLoader>;
    transfersByCaseId: ReturnType<typeof transfersByCaseIdLoader>;
    closureByCaseId: ReturnType<typeof closureByCaseIdLoader>;
    contactAttemptsByCaseId: ReturnType<typeof contactAttemptsByCaseIdLoader>;
    disputesByServiceUserId: ReturnType<typeof disputesByServiceUserIdLoader>;
    nextCaseByPreviousId: ReturnType<typeof nextCaseByPreviousIdLoader>;
  }
}

/**
 * Service users and their cases: registration, lead agency, closure and disengagement, and the
 * case's history (its transfers and disputes are written by the case-transfer and
 * lead-agency-dispute modules).
 */
export const caseModule: CmModule = {
  name: 'case',
  migrations: [CaseManagerIndex1764300000000],
  entities: [
    ServiceUser,
    ServiceUserIdentity,
    Case,
    CaseManagerAssignment,
    CaseTransfer,
    CaseClosure,
    ContactAttempt,
    LeadAgencyDispute,
  ],
  services: {
    serviceUsers: (s) => new ServiceUserService(s.uow),
    // The ports are implemented by features above the case (consent, care plan, service-user
    // search): wired here.
    cases: (s) => new CaseService(s.uow, s.consents, s.serviceUserSearch),
    closures: (s) => new CaseClosureService(s.uow, s.planInvolvement),
  },
  loaders: onDataSource({
    serviceUserById: serviceUserByIdLoader,
    identityByServiceUserId: identityByServiceUserIdLoader,
    caseById: caseByIdLoader,
    openCaseByServiceUserId: openCaseByServiceUserIdLoader,
    casesByServiceUserId: casesByServiceUserIdLoader,
    assignmentsByCaseId: assignmentsByCaseIdLoader,
    transfersByCaseId: transfersByCaseIdLoader,
    closureByCaseId: closureByCaseIdLoader,
    contactAttemptsByCaseId: contactAttemptsByCaseIdLoader,
    disputesByServiceUserId: disputesByServiceUserIdLoader,
    nextCaseByPreviousId: nextCaseByPreviousIdLoader,
  }),
  resolvers: [ServiceUserResolver, CaseResolver, AssignmentResolver],
  referenceResolvers: {
    ServiceUser: { __resolveReference: resolveServiceUserReference },
    Case: { __resolveReference: resolveCaseReference },
  },
  consentSubjects: {
    ServiceUser: serviceUserSubject,
    Case: caseSubject,
    CaseManagerAssignment: (a: CaseManagerAssignment, ctx) => subjectOfCase(a.caseId, ctx),
    CaseTransfer: (t: CaseTransfer, ctx) => subjectOfCase(t.caseId, ctx),
    CaseClosure: (c: CaseClosure, ctx) => subjectOfCase(c.caseId, ctx),
    ContactAttempt: (a: ContactAttempt, ctx) => subjectOfCase(a.caseId, ctx),
    /**
     * A dispute is held by the agency that recorded it; the other agencies party to it read it as
     * holders too, since it is their own disagreement about who leads.
     */
    LeadAgencyDispute: (d: LeadAgencyDispute, ctx) => ({
      serviceUserId: d.serviceUserId,
      holderAgencyCode: d.agencyCodes.includes(ctx.identity.agencyCode)
        ? ctx.identity.agencyCode
        : d.raisedByAgencyCode,
    }),
  },
  seedDemo: seedCaseDemo,
};
