import type { UnitOfWork } from '@icp/shared';
import type { CaseInvolvement } from '../case/case-ports';
import { PlanAction } from './plan-action.entity';

/** Which agencies take part in a case through its care plan: those responsible for an action. */
export class PlanInvolvement implements CaseInvolvement {
  constructor(private readonly uow: UnitOfWork) {}

  hasPlanAction(caseId: string, agencyCode: string): Promise<boolean> {
    return this.uow.manager
      .getRepository(PlanAction)
      .existsBy({ caseId, responsibleAgencyCode: agencyCode });
  }
}
