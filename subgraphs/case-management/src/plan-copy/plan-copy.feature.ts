import type { CmFeature } from '../feature';
import type { PlanCopy } from './plan-copy.entity';
import { CarePlanCopiesResolver, PlanCopyResolver } from './plan-copy.resolver';

export const planCopyFeature: CmFeature = {
  resolvers: [PlanCopyResolver, CarePlanCopiesResolver],
  consentSubjects: {
    /**
     * A copy belongs to the agency that issued it and the agency it was issued to; its rendered
     * HTML is theirs alone (it was filtered for the recipient at issue, so it carries no single
     * category: everyone else is refused it).
     */
    PlanCopy: async (c: PlanCopy, ctx) => {
      const plan = await ctx.loaders.planById.load(c.planId);
      const theCase = plan ? await ctx.loaders.caseById.load(plan.caseId) : null;
      const party =
        ctx.identity.agencyCode === c.issuedByAgencyCode ||
        ctx.identity.agencyCode === c.recipientAgencyCode;
      return {
        serviceUserId: theCase?.serviceUserId ?? null,
        holderAgencyCode: party ? ctx.identity.agencyCode : (theCase?.leadAgencyCode ?? null),
      };
    },
  },
};
