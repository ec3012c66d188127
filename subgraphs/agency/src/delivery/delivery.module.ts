import type { AgencyModule } from '../kernel/context';
import { ActionDelivery, ProgressNote } from './action-delivery.entity';
import { deliveryByActionIdLoader, notesPageLoader } from './delivery.loaders';
import { DeliveryService } from './delivery.service';
import {
  ActionDeliveryResolver,
  ProgressNoteResolver,
  deliverySubject,
  progressNoteSubject,
  resolveDeliveryReference,
} from './delivery.resolver';
import { DeliveryMutationResolver } from './delivery-mutation.resolver';
import { seedDeliveryDemo, upgradeDeliveryDemo } from './delivery.demo';

declare module '../kernel/context' {
  interface AgencyServices {
    deliveries: DeliveryService;
  }
  interface AgencyLoaders {
    deliveryByActionId: ReturnType<typeof deliveryByActionIdLoader>;
    notesPage: ReturnType<typeof notesPageLoader>;
  }
}

/** The agency's delivery of the plan actions assigned to it, and its progress notes. */
export const deliveryModule: AgencyModule = {
  name: 'delivery',
  entities: [ActionDelivery, ProgressNote],
  services: {
    deliveries: (s) => new DeliveryService(s.uow, s.agencyCode),
  },
  loaders: {
    deliveryByActionId: (ctx) => deliveryByActionIdLoader(ctx.services.dataSource, ctx.agencyCode),
    notesPage: (ctx) => notesPageLoader(ctx.services.dataSource),
  },
  resolvers: [ActionDeliveryResolver, ProgressNoteResolver, DeliveryMutationResolver],
  orphanedTypes: [ActionDelivery],
  referenceResolvers: {
    ActionDelivery: { __resolveReference: resolveDeliveryReference },
  },
  consentSubjects: {
    ActionDelivery: deliverySubject,
    ProgressNote: progressNoteSubject,
  },
  seedDemo: seedDeliveryDemo,
  upgradeDemo: upgradeDeliveryDemo,
};
