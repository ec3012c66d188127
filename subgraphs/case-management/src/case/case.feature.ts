import type { CmFeature } from '../feature';
import { AssignmentResolver, DisputeResolver, TransferResolver } from './case-history.resolver';
import { WorklistResolver } from './worklist';
import { subjectOfCase } from './case.resolver';
import type {
  CaseClosure,
  CaseManagerAssignment,
  CaseTransfer,
  ContactAttempt,
  LeadAgencyDispute,
} from './case-history.entity';

export const caseFeature: CmFeature = {
  resolvers: [AssignmentResolver, TransferResolver, DisputeResolver, WorklistResolver],
  consentSubjects: {
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
};
