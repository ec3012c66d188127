import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid, loaderByKey, loaderGroupedBy } from '@icp/shared';
import { CarePlan } from './care-plan.entity';
import { PlanAction } from './plan-action.entity';
import { Need } from './need.entity';
import { Goal, GoalConflict } from './goal.entity';
import { CarePlanVersion } from './plan-version.entity';

export function planByCaseIdLoader(ds: DataSource) {
  return loaderByKey<string, CarePlan>(
    (ids) => ds.getRepository(CarePlan).findBy({ caseId: In([...ids]) }),
    (r) => r.caseId,
  );
}

export function planByIdLoader(ds: DataSource) {
  return loaderByKey<string, CarePlan>(
    (ids) => ds.getRepository(CarePlan).findBy({ id: In(ids.filter(isUuid)) }),
    (r) => r.id,
  );
}

export function actionsByPlanIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, PlanAction>(
    (ids) =>
      ds.getRepository(PlanAction).find({
        where: { planId: In([...ids]) },
        order: { dueOn: 'ASC', id: 'ASC' },
      }),
    (r) => r.planId,
  );
}

export function actionsByGoalIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, PlanAction>(
    (ids) =>
      ds
        .getRepository(PlanAction)
        .find({ where: { goalId: In([...ids]) }, order: { dueOn: 'ASC', id: 'ASC' } }),
    (r) => r.goalId!,
  );
}

export function needsByPlanIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, Need>(
    (ids) =>
      ds
        .getRepository(Need)
        .find({ where: { planId: In([...ids]) }, order: { domain: 'ASC', id: 'ASC' } }),
    (r) => r.planId,
  );
}

export function goalsByPlanIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, Goal>(
    (ids) =>
      ds
        .getRepository(Goal)
        .find({ where: { planId: In([...ids]) }, order: { targetDate: 'ASC', id: 'ASC' } }),
    (r) => r.planId,
  );
}

export function goalByIdLoader(ds: DataSource) {
  return loaderByKey<string, Goal>(
    (ids) => ds.getRepository(Goal).findBy({ id: In([...ids]) }),
    (r) => r.id,
  );
}

export function needByIdLoader(ds: DataSource) {
  return loaderByKey<string, Need>(
    (ids) => ds.getRepository(Need).findBy({ id: In([...ids]) }),
    (r) => r.id,
  );
}

/** Conflicts a goal is part of, on either side. */
export function conflictsByGoalIdLoader(ds: DataSource) {
  return new DataLoader<string, GoalConflict[]>(async (ids) => {
    const rows = await ds.getRepository(GoalConflict).find({
      where: [{ goalId: In([...ids]) }, { conflictingGoalId: In([...ids]) }],
      order: { flaggedAt: 'ASC' },
    });
    return ids.map((id) => rows.filter((r) => r.goalId === id || r.conflictingGoalId === id));
  });
}

export function versionsByPlanIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, CarePlanVersion>(
    (ids) =>
      ds.getRepository(CarePlanVersion).find({
        where: { planId: In([...ids]) },
        order: { version: 'DESC' },
        select: {
          id: true,
          planId: true,
          version: true,
          authorId: true,
          authorAgencyCode: true,
          createdAt: true,
          changeSummary: true,
          meetingId: true,
        },
      }),
    (r) => r.planId,
  );
}

export function planActionByIdLoader(ds: DataSource) {
  return loaderByKey<string, PlanAction>(
    (ids) => ds.getRepository(PlanAction).findBy({ id: In(ids.filter(isUuid)) }),
    (r) => r.id,
  );
}
