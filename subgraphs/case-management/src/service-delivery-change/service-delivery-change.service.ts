import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Identity,
  type ServiceDeliveryChangeDto,
  type UnitOfWork,
} from '@icp/shared';
import { Case } from '../case/case.entity';
import { requireCaseManager } from '../case/case-access';
import { PlanAction } from '../care-plan/plan-action.entity';
import { ServiceDeliveryChange } from './service-delivery-change.entity';

/** Changes agencies make to their service delivery, as the case manager receives them. */
export class ServiceDeliveryChangeService {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * From an agency's own server (its body checked and normalised by the route): only for an
   * action that agency is responsible for; idempotent.
   */
  async receive(
    agencyCode: string,
    recordedBy: string,
    dto: ServiceDeliveryChangeDto,
  ): Promise<ServiceDeliveryChange> {
    const action = await this.uow.manager.getRepository(PlanAction).findOneBy({ id: dto.actionId });
    if (!action || action.responsibleAgencyCode !== agencyCode) {
      throw new ForbiddenError('This action is not assigned to your agency', { id: dto.actionId });
    }
    await this.uow.manager
      .createQueryBuilder()
      .insert()
      .into(ServiceDeliveryChange)
      .values({
        id: dto.id,
        caseId: action.caseId,
        actionId: action.id,
        agencyCode,
        what: dto.what,
        why: dto.why,
        effectiveFrom: dto.effectiveFrom,
        recordedBy,
        recordedAt: new Date(),
      })
      .orIgnore()
      .execute();
    const stored = (await this.uow.manager
      .getRepository(ServiceDeliveryChange)
      .findOneBy({ id: dto.id }))!;
    // A retry finds its own change; an id that names someone else's change is refused, not revealed.
    if (stored.agencyCode !== agencyCode || stored.actionId !== dto.actionId) {
      throw new ConflictError('This change id is already in use', { reason: 'ID_IN_USE' });
    }
    return stored;
  }

  async acknowledge(identity: Identity, id: string): Promise<ServiceDeliveryChange> {
    return this.uow.run(async (m) => {
      const change = await m.getRepository(ServiceDeliveryChange).findOneBy({ id });
      if (!change) throw new NotFoundError('ServiceDeliveryChange', id);
      requireCaseManager(
        identity,
        (await m.getRepository(Case).findOneBy({ id: change.caseId }))!,
        'acknowledge changes to its services',
      );
      const acknowledgedAt = new Date();
      const result = await m
        .getRepository(ServiceDeliveryChange)
        .createQueryBuilder()
        .update()
        .set({ acknowledgedAt, acknowledgedBy: identity.userId })
        .where('id = :id AND acknowledged_at IS NULL', { id })
        .execute();
      if (result.affected !== 1)
        throw new ConflictError('This change is already acknowledged', { id });
      return Object.assign(change, { acknowledgedAt, acknowledgedBy: identity.userId });
    });
  }
}
