import type { AgencyModule } from '../kernel/context';
import { CaseManagementClient } from './case-management-client';
import { assignedActionLoader } from './case-management.loaders';

declare module '../kernel/context' {
  interface AgencyServices {
    caseManagement: CaseManagementClient;
  }
  interface AgencyLoaders {
    /** Plan actions case-management confirms as this agency's, asked on the reader's behalf. */
    assignedAction: ReturnType<typeof assignedActionLoader>;
  }
}

/** This agency's view of case-management's internal API (plan actions, meeting invitations). */
export const caseManagementModule: AgencyModule = {
  name: 'case-management',
  services: {
    caseManagement: (s) => new CaseManagementClient(s.credentials, s.logger),
  },
  loaders: {
    assignedAction: (ctx) => assignedActionLoader(ctx.services.caseManagement, ctx.behalf),
  },
};
