import type { AgencyModule } from '../kernel/context';
import { AgencyServiceDeliveryChange } from './service-delivery-change.entity';
import { ServiceDeliveryChangeService } from './service-delivery-change.service';
import {
  ServiceDeliveryChangeResolver,
  deliveryChangeSubject,
} from './service-delivery-change.resolver';

declare module '../kernel/context' {
  interface AgencyServices {
    deliveryChanges: ServiceDeliveryChangeService;
  }
}

/** Changes to what the agency delivers on an action, told to the case manager. */
export const serviceDeliveryChangeModule: AgencyModule = {
  name: 'service-delivery-change',
  entities: [AgencyServiceDeliveryChange],
  services: {
    deliveryChanges: (s) => new ServiceDeliveryChangeService(s.uow, s.agencyCode, s.credentials),
  },
  resolvers: [ServiceDeliveryChangeResolver],
  consentSubjects: {
    AgencyServiceDeliveryChange: deliveryChangeSubject,
  },
};
