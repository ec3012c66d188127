import { buildFederatedSchema, type SubgraphSchema } from '@icp/shared';
import type { AgencyContext } from './context';
import { ActionDelivery } from './delivery/action-delivery.entity';
import { KeyWorker } from './key-worker/key-worker.entity';
import { KeyWorkerResolver, resolveKeyWorkerReference } from './key-worker/key-worker.resolver';
import {
  ActionDeliveryResolver,
  ProgressNoteResolver,
  deliverySubject,
  resolveDeliveryReference,
} from './delivery/delivery.resolver';

/** The agency subgraph schema: the same for every agency instance. Needs no database. */
export function buildAgencySchema(): Promise<SubgraphSchema> {
  return buildFederatedSchema<AgencyContext>({
    resolvers: [KeyWorkerResolver, ActionDeliveryResolver, ProgressNoteResolver],
    orphanedTypes: [ActionDelivery, KeyWorker],
    referenceResolvers: {
      KeyWorker: { __resolveReference: resolveKeyWorkerReference },
      ActionDelivery: { __resolveReference: resolveDeliveryReference },
    },
    consentSubjects: { ActionDelivery: deliverySubject },
  });
}
