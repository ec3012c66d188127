import type { AgencyModule } from '../kernel/context';
import { ServiceUserRef } from './service-user.ref';

/** Types held in case-management, which the agency only points at. */
export const federationModule: AgencyModule = {
  name: 'federation',
  orphanedTypes: [ServiceUserRef],
};
