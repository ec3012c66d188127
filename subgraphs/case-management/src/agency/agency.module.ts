import type { CmModule } from '../kernel/context';
import { AgencyResolver, resolveAgencyReference } from './agency.resolver';

/** The federation's directory of agencies, as the Agency type. */
export const agencyModule: CmModule = {
  name: 'agency',
  resolvers: [AgencyResolver],
  referenceResolvers: { Agency: { __resolveReference: resolveAgencyReference } },
};
