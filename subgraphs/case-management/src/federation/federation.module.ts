import type { CmModule } from '../kernel/context';
import { ActionDeliveryRef, KeyWorkerRef } from './refs';

/** Types held in agencies' own subgraphs, which case-management only points at. */
export const federationModule: CmModule = {
  name: 'federation',
  orphanedTypes: [KeyWorkerRef, ActionDeliveryRef],
};
