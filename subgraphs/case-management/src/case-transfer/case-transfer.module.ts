import type { CmModule } from '../kernel/context';
import { TransferResolver } from './transfer.resolver';
import { TransferService } from './transfer.service';
import { seedCaseTransferDemo } from './case-transfer.demo';

declare module '../kernel/context' {
  interface CmServices {
    transfers: TransferService;
  }
}

/**
 * Transfers of case management between case managers (and agencies): above the care plan, since
 * completing one writes a plan version. The transfer rows are the case's history (case module).
 */
export const caseTransferModule: CmModule = {
  name: 'case-transfer',
  services: {
    transfers: (s) => new TransferService(s.uow, s.directory, s.cases, s.plans, s.consents),
  },
  resolvers: [TransferResolver],
  seedDemo: seedCaseTransferDemo,
};
