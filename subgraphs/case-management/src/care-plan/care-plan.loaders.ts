import { In, type DataSource } from 'typeorm';
import { loaderByKey, loaderGroupedBy } from '@icp/shared';
import { CarePlan } from './care-plan.entity';
import { PlanAction } from './plan-action.entity';

export function planByCaseIdLoader(ds: DataSource) {
  return loaderByKey<string, CarePlan>(
    (ids) => ds.getRepository(CarePlan).findBy({ caseId: In([...ids]) }),
    (r) => r.caseId,
  );
}

export function planByIdLoader(ds: DataSource) {
  return loaderByKey<string, CarePlan>(
    (ids) => ds.getRepository(CarePlan).findBy({ id: In([...ids]) }),
    (r) => r.id,
  );
}

export function actionsByPlanIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, PlanAction>(
    (ids) =>
      ds
        .getRepository(PlanAction)
        .find({ where: { planId: In([...ids]) }, order: { dueOn: 'ASC', id: 'ASC' } }),
    (r) => r.planId,
  );
}
