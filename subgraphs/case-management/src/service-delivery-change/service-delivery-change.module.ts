import { onDataSource } from '@icp/shared';
import type { CmModule } from '../kernel/context';
import { ServiceDeliveryChange } from './service-delivery-change.entity';
import { deliveryChangesByCaseIdLoader } from './service-delivery-change.loaders';
import { serviceDeliveryChangeRoutes } from './service-delivery-change.routes';
import { ServiceDeliveryChangeService } from './service-delivery-change.service';

declare module '../kernel/context' {
  interface CmServices {
    deliveryChanges: ServiceDeliveryChangeService;
  }
  interface CmLoaders {
    deliveryChangesByCaseId: ReturnType<typeof deliveryChangesByCaseIdLoader>;
  }
}
import {
  CaseDeliveryChangesResolver,
  ServiceDeliveryChangeResolver,
} from './service-delivery-change.resolver';

/** Changes agencies make to their service delivery, told to the case manager (and notified). */
export const serviceDeliveryChangeModule: CmModule = {
  name: 'service-delivery-change',
  entities: [ServiceDeliveryChange],
  services: {
    deliveryChanges: (s) => new ServiceDeliveryChangeService(s.uow, s.notifications),
  },
  loaders: onDataSource({
    deliveryChangesByCaseId: deliveryChangesByCaseIdLoader,
  }),
  routes: serviceDeliveryChangeRoutes,
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
