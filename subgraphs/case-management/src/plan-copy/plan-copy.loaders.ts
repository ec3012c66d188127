import { In, type DataSource } from 'typeorm';
import { loaderGroupedBy } from '@icp/shared';
import { PlanCopy } from './plan-copy.entity';

/** The copies issued of each plan, newest first. */
export function copiesByPlanIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, PlanCopy>(
    (ids) =>
      ds
        .getRepository(PlanCopy)
        .find({ where: { planId: In([...ids]) }, order: { issuedAt: 'DESC' } }),
    (r) => r.planId,
  );
}
