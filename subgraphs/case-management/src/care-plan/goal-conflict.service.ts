import { randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { Case } from '../case/case.entity';
import { requireCaseManager } from '../case/case-access';
import { CarePlan } from './care-plan.entity';
import { Goal, GoalConflict } from './goal.entity';
import { PlanAction } from './plan-action.entity';

/**
 * "Avoiding potentially conflicting goals": any involved agency flags, the case manager resolves.
 * Arguments come validated and normalised (care-plan.inputs).
 */
export class GoalConflictService {
  constructor(private readonly uow: UnitOfWork) {}

  async flag(
    identity: Identity,
    goalId: string,
    otherId: string,
    note: string,
  ): Promise<GoalConflict> {
    if (goalId === otherId)
      throw new BadInputError('A goal cannot conflict with itself', { field: 'conflictingGoalId' });
    return this.uow.run(async (m) => {
      const goals = await m.getRepository(Goal).findBy({ id: In([goalId, otherId]) });
      goals.sort((a) => (a.id === goalId ? -1 : 1));
      if (goals.length !== 2)
        throw new NotFoundError('Goal', goals[0]?.id === goalId ? otherId : goalId);
      if (goals[0]!.planId !== goals[1]!.planId) {
        throw new BadInputError('Both goals must be on the same plan', {
          field: 'conflictingGoalId',
        });
      }
      const plan = (await m.getRepository(CarePlan).findOneBy({ id: goals[0]!.planId }))!;
      const c = (await m.getRepository(Case).findOneBy({ id: plan.caseId }))!;
      const involved =
        identity.agencyCode === c.leadAgencyCode ||
        (await m
          .getRepository(PlanAction)
          .existsBy({ planId: plan.id, responsibleAgencyCode: identity.agencyCode }));
      if (!involved)
        throw new ForbiddenError('Only agencies involved in this plan flag conflicting goals');
      const conflict = m.getRepository(GoalConflict).create({
        id: randomUUID(),
        goalId,
        conflictingGoalId: otherId,
        note,
        flaggedBy: identity.userId,
        flaggedByAgencyCode: identity.agencyCode,
        flaggedAt: new Date(),
        resolution: null,
        resolvedAt: null,
      });
      await m.getRepository(GoalConflict).insert(conflict);
      return conflict;
    });
  }

  async resolve(identity: Identity, id: string, resolution: string): Promise<GoalConflict> {
    return this.uow.run(async (m) => {
      const conflict = await m.getRepository(GoalConflict).findOneBy({ id });
      if (!conflict) throw new NotFoundError('GoalConflict', id);
      const goal = (await m.getRepository(Goal).findOneBy({ id: conflict.goalId }))!;
      const plan = (await m.getRepository(CarePlan).findOneBy({ id: goal.planId }))!;
      requireCaseManager(
        identity,
        (await m.getRepository(Case).findOneBy({ id: plan.caseId }))!,
        'resolve conflicting goals',
      );
      const resolvedAt = new Date();
      const result = await m
        .getRepository(GoalConflict)
        .update({ id, resolvedAt: IsNull() }, { resolution, resolvedAt });
      if (result.affected !== 1)
        throw new ConflictError('This conflict is already resolved', { id });
      return Object.assign(conflict, { resolution, resolvedAt });
    });
  }
}
