import { onDataSource } from '@icp/shared';
import type { CmModule } from '../kernel/context';
import { GapBlock, GapBlockStep } from './gap-block.entity';
import {
  gapBlockByIdLoader,
  gapBlocksByCaseIdLoader,
  stepsByGapBlockIdLoader,
} from './gap-block.loaders';
import { GapBlockService } from './gap-block.service';
import { seedGapBlockDemo } from './gap-block.demo';

declare module '../kernel/context' {
  interface CmServices {
    gapsAndBlocks: GapBlockService;
  }
  interface CmLoaders {
    gapBlockById: ReturnType<typeof gapBlockByIdLoader>;
    gapBlocksByCaseId: ReturnType<typeof gapBlocksByCaseIdLoader>;
    gapBlockStepsByGapBlockId: ReturnType<typeof stepsByGapBlockIdLoader>;
  }
}
import {
  CaseGapsAndBlocksResolver,
  GapBlockResolver,
  GapBlockStepResolver,
} from './gap-block.resolver';
import { gapBlockStepSubject, gapBlockSubject } from './gap-block.subject';

/** Gaps and Blocks forms: service gaps raised and escalated level by level (Protocol 5). */
export const gapBlockModule: CmModule = {
  name: 'gaps-and-blocks',
  entities: [GapBlock, GapBlockStep],
  services: { gapsAndBlocks: (s) => new GapBlockService(s.uow, s.directory) },
  loaders: onDataSource({
    gapBlockById: gapBlockByIdLoader,
    gapBlocksByCaseId: gapBlocksByCaseIdLoader,
    gapBlockStepsByGapBlockId: stepsByGapBlockIdLoader,
  }),
  resolvers: [GapBlockResolver, GapBlockStepResolver, CaseGapsAndBlocksResolver],
  consentSubjects: {
    GapBlock: gapBlockSubject,
    GapBlockStep: gapBlockStepSubject,
  },
  seedDemo: seedGapBlockDemo,
};
