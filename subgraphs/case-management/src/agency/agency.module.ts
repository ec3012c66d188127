import type { CmModule } from '../kernel/context';
import { AgencyResolver, resolveAgencyReference } from './agency.resolver';
import { AgencyStaff } from './agency-staff';

declare module '../kernel/context' {
  interface CmServices {
    /** Asks an agency's own server whether key workers are on its staff and active. */
    agencyStaff: AgencyStaff;
  }
}

/** The federation's directory of agencies, as the Agency type, and each agency's staff. */
export const agencyModule: CmModule = {
  name: 'agency',
  services: {
    agencyStaff: (s) => new AgencyStaff(s.directory, s.agencyCallCredentials, s.logger),
  },
  resolvers: [AgencyResolver],
  referenceResolvers: { Agency: { __resolveReference: resolveAgencyReference } },
};
