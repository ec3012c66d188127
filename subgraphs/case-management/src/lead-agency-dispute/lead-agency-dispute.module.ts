import type { CmModule } from '../kernel/context';
import { DisputeResolver } from './dispute.resolver';
import { DisputeService } from './dispute.service';

declare module '../kernel/context' {
  interface CmServices {
    disputes: DisputeService;
  }
}

/** Lead agency disputes between agencies; the dispute rows are the case's history (case module). */
export const leadAgencyDisputeModule: CmModule = {
  name: 'lead-agency-dispute',
  services: {
    disputes: (s) => new DisputeService(s.uow, s.directory, s.cases, s.consents),
  },
  resolvers: [DisputeResolver],
};
