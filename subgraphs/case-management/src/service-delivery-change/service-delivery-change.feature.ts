import type { CmFeature } from '../feature';
import type { ServiceDeliveryChange } from './service-delivery-change.entity';
import {
  CaseDeliveryChangesResolver,
  ServiceDeliveryChangeResolver,
} from './service-delivery-change.resolver';

export const serviceDeliveryChangeFeature: CmFeature = {
  resolvers: [ServiceDeliveryChangeResolver, CaseDeliveryChangesResolver],
  consentSubjects: {
    /** Held by the case's lead agency, and by the agency that made the change. */
    ServiceDeliveryChange: async (c: ServiceDeliveryChange, ctx) => {
      const theCase = await ctx.loaders.caseById.load(c.caseId);
      return {
        serviceUserId: theCase?.serviceUserId ?? null,
        holderAgencyCode:
          ctx.identity.agencyCode === c.agencyCode
            ? c.agencyCode
            : (theCase?.leadAgencyCode ?? null),
      };
    },
  },
};
