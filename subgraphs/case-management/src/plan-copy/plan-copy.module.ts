import { onDataSource } from '@icp/shared';
import type { CmModule } from '../kernel/context';
import { PlanCopy } from './plan-copy.entity';
import { copiesByPlanIdLoader } from './plan-copy.loaders';
import { PlanCopyService } from './plan-copy.service';

declare module '../kernel/context' {
  interface CmServices {
    copies: PlanCopyService;
  }
  interface CmLoaders {
    copiesByPlanId: ReturnType<typeof copiesByPlanIdLoader>;
  }
}
import { CarePlanCopiesResolver, PlanCopyResolver } from './plan-copy.resolver';

/** Copies of the plan issued to agencies and the service user, each filtered by consent. */
export const planCopyModule: CmModule = {
  name: 'plan-copy',
  entities: [PlanCopy],
  services: { copies: (s) => new PlanCopyService(s.uow, s.directory, s.decider) },
  loaders: onDataSource({ copiesByPlanId: copiesByPlanIdLoader }),
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
