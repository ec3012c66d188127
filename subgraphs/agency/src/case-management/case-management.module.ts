import type { AgencyModule } from '../kernel/context';
import { AssignedActionCache } from './assigned-action-cache';
import { CaseManagementClient } from './case-management-client';
import { assignedActionLoader, cachedAssignedActionLoader } from './case-management.loaders';

declare module '../kernel/context' {
  interface AgencyServices {
    caseManagement: CaseManagementClient;
    /** Plan-action confirmations kept for reads while fresh enough (ADR 0047). */
    assignedActions: AssignedActionCache;
  }
  interface AgencyLoaders {
    /**
     * Plan actions case-management confirms as this agency's, asked on the reader's behalf; for
     * reads: a confirmation this instance already has for the request's consent epoch is used.
     */
    assignedAction: ReturnType<typeof cachedAssignedActionLoader>;
    /** The same, always asked afresh: what a write relies on. */
    confirmedAction: ReturnType<typeof assignedActionLoader>;
  }
}

/** This agency's view of case-management's internal API (plan actions, meeting invitations). */
export const caseManagementModule: AgencyModule = {
  name: 'case-management',
  services: {
    caseManagement: (s) => new CaseManagementClient(s.credentials, s.logger),
    assignedActions: () => new AssignedActionCache(),
  },
  loaders: {
    assignedAction: (ctx) =>
      cachedAssignedActionLoader(
        ctx.services.caseManagement,
        ctx.behalf,
        ctx.services.assignedActions,
      ),
    confirmedAction: (ctx) => assignedActionLoader(ctx.services.caseManagement, ctx.behalf),
  },
};
