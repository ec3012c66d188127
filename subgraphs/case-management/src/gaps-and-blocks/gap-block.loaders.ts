import { In, type DataSource } from 'typeorm';
import { isUuid, loaderByKey, loaderGroupedBy } from '@icp/shared';
import { GapBlock, GapBlockStep, GapBlockStepAction } from './gap-block.entity';

/** Steps of one level in the order they can happen: a note comes before the escalation out of it. */
const ACTION_ORDER: Record<GapBlockStepAction, number> = {
  [GapBlockStepAction.RAISED]: 0,
  [GapBlockStepAction.NOTE]: 1,
  [GapBlockStepAction.ESCALATED]: 2,
  [GapBlockStepAction.RESOLVED]: 3,
};

/**
 * Steps in the order they were taken. Each step is its own transaction, so `at` orders them; level
 * and action break ties between steps stamped in the same instant (the table has no sequence).
 */
export function compareSteps(a: GapBlockStep, b: GapBlockStep): number {
  return (
    a.at.getTime() - b.at.getTime() ||
    a.level - b.level ||
    ACTION_ORDER[a.action] - ACTION_ORDER[b.action]
  );
}

export function gapBlockByIdLoader(ds: DataSource) {
  return loaderByKey<string, GapBlock>(
    (ids) => ds.getRepository(GapBlock).findBy({ id: In(ids.filter(isUuid)) }),
    (r) => r.id,
  );
}

export function gapBlocksByCaseIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, GapBlock>(
    (ids) =>
      ds
        .getRepository(GapBlock)
        .find({ where: { caseId: In([...ids]) }, order: { raisedAt: 'ASC', id: 'ASC' } }),
    (r) => r.caseId,
  );
}

export function stepsByGapBlockIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, GapBlockStep>(
    async (ids) =>
      (await ds.getRepository(GapBlockStep).findBy({ gapBlockId: In([...ids]) })).sort(
        compareSteps,
      ),
    (r) => r.gapBlockId,
  );
}
