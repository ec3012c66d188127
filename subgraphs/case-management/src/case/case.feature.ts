import type { ConsentSubject } from '@icp/shared';
import type { CmContext } from '../context';
import type { CmFeature } from '../feature';
import { AssignmentResolver, DisputeResolver, TransferResolver } from './case-history.resolver';
import { WorklistResolver } from './worklist';
import type {
  CaseClosure,
  CaseManagerAssignment,
  CaseTransfer,
  ContactAttempt,
  LeadAgencyDispute,
} from './case-history.entity';

async function ofCase(caseId: string, ctx: CmContext): Promise<ConsentSubject> {
  const c = await ctx.loaders.caseById.load(caseId);
  return c
    ? { serviceUserId: c.serviceUserId, holderAgencyCode: c.leadAgencyCode }
    : { serviceUserId: null, holderAgencyCode: null };
}

export const caseFeature: CmFeature = {
  resolvers: [AssignmentResolver, TransferResolver, DisputeResolver, WorklistResolver],
  consentSubjects: {
    CaseManagerAssignment: (a: CaseManagerAssignment, ctx) => ofCase(a.caseId, ctx),
    CaseTransfer: (t: CaseTransfer, ctx) => ofCase(t.caseId, ctx),
    CaseClosure: (c: CaseClosure, ctx) => ofCase(c.caseId, ctx),
    ContactAttempt: (a: ContactAttempt, ctx) => ofCase(a.caseId, ctx),
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
