import {
  ForbiddenError,
  NotFoundError,
  isServiceUserReader,
  readerOf,
  type ConsentDecider,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { Case } from '../case/case.entity';
import { CarePlan } from '../care-plan/care-plan.entity';
import { CopyRecipientKind, PlanCopy } from '../plan-copy/plan-copy.entity';
import { PlanCopyAcknowledgement } from './plan-copy-acknowledgement.entity';

/**
 * What a signed-in service user does for themself (ADR 0049). Reads go through the consent guard
 * like every other read; the one write is acknowledging their own copy of the plan.
 */
export class ServiceUserAccessService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly decider: ConsentDecider,
  ) {}

  /**
   * Whether case-management would let this reader read their own record now: a SERVICE_USER
   * whose token's agency leads their open case. The same decision every read of theirs relies on.
   */
  async isOwnSubject(identity: Identity): Promise<boolean> {
    if (!isServiceUserReader(identity) || !identity.serviceUserId) return false;
    const [decision] = await this.decider.decide(
      readerOf(identity),
      [identity.serviceUserId],
      new Date(),
    );
    return decision?.subject === true;
  }

  /**
   * The service user acknowledges that they received their copy of the plan. Idempotent: the
   * first acknowledgement is kept. FORBIDDEN for staff (the service user acknowledges); NOT_FOUND,
   * as for a copy that does not exist, for a copy that is not the caller's own copy (another
   * person's, an agency's) or when their token's agency no longer leads their case.
   */
  async acknowledge(identity: Identity, copyId: string): Promise<PlanCopy> {
    if (!isServiceUserReader(identity))
      throw new ForbiddenError('Only the service user acknowledges their own copy of the plan');
    if (!(await this.isOwnSubject(identity))) throw new NotFoundError('PlanCopy', copyId);
    return this.uow.run(async (m) => {
      const copy = await m.findOneBy(PlanCopy, { id: copyId });
      const plan = copy ? await m.findOneBy(CarePlan, { id: copy.planId }) : null;
      const theCase = plan ? await m.findOneBy(Case, { id: plan.caseId }) : null;
      if (
        !copy ||
        !theCase ||
        copy.recipientKind !== CopyRecipientKind.SERVICE_USER ||
        theCase.serviceUserId.toLowerCase() !== identity.serviceUserId
      )
        throw new NotFoundError('PlanCopy', copyId);
      await m
        .createQueryBuilder()
        .insert()
        .into(PlanCopyAcknowledgement)
        .values({
          copyId: copy.id,
          serviceUserId: theCase.serviceUserId,
          agencyCode: identity.agencyCode,
          acknowledgedBy: identity.userId,
          acknowledgedAt: new Date(),
        })
        .orIgnore()
        .execute();
      return copy;
    });
  }
}
