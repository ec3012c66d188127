import type { CmModule } from '../kernel/context';
import { WorklistResolver } from './worklist.resolver';
import { WorklistService } from './worklist.service';

declare module '../kernel/context' {
  interface CmServices {
    worklist: WorklistService;
  }
}

/**
 * The case manager's worklist: a read model over the other features, which depends on them and
 * never the reverse.
 */
export const worklistModule: CmModule = {
  name: 'worklist',
  services: {
    worklist: (s) => new WorklistService(s.uow, s.referrals, s.agencyStaff, s.logger),
  },
  resolvers: [WorklistResolver],
};
