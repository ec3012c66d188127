import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  returnedRows,
  type Identity,
  type ServiceDeliveryChangeDto,
  type UnitOfWork,
} from '@icp/shared';
import { Case } from '../case/case.entity';
import { requireCaseManager } from '../case/case-access';
import { PlanAction } from '../care-plan/plan-action.entity';
import { NotificationKind, type NotificationService } from '../notification/notification.service';
import { ServiceDeliveryChange } from './service-delivery-change.entity';

/** How much of what changed a notification repeats; the change itself has all of it. */
const NOTIFIED_TEXT = 200;
const clip = (text: string) =>
  text.length > NOTIFIED_TEXT ? `${text.slice(0, NOTIFIED_TEXT - 1)}…` : text;

/** Changes agencies make to their service delivery, as the case manager receives them. */
export class ServiceDeliveryChangeService {
  constructor(
    private readonly uow: UnitOfWork,
    /** Each change also reaches the case manager's notifications. */
    private readonly notifications: NotificationService,
  ) {}

  /**
   * From an agency's own server (its body checked and normalised by the route): only for an
   * action that agency is responsible for; idempotent.
   */
  async receive(
    agencyCode: string,
    recordedBy: string,
    dto: ServiceDeliveryChangeDto,
  ): Promise<ServiceDeliveryChange> {
    return this.uow.run(async (m) => {
      const action = await m.getRepository(PlanAction).findOneBy({ id: dto.actionId });
      if (!action || action.responsibleAgencyCode !== agencyCode) {
        throw new ForbiddenError('This action is not assigned to your agency', {
          id: dto.actionId,
        });
      }
      const inserted = await m
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
        .returning('id')
        .execute();
      const stored = (await m.getRepository(ServiceDeliveryChange).findOneBy({ id: dto.id }))!;
      // A retry finds its own change; an id that names someone else's change is refused, not revealed.
      if (stored.agencyCode !== agencyCode || stored.actionId !== dto.actionId) {
        throw new ConflictError('This change id is already in use', { reason: 'ID_IN_USE' });
      }
      // The case manager is told once, with the change itself (a retry adds nothing).
      if (returnedRows(inserted.raw).length === 1) {
        const c = await m.getRepository(Case).findOneBy({ id: action.caseId });
        if (c) {
          await this.notifications.notify(m, {
            caseId: c.id,
            recipientAgencyCode: c.leadAgencyCode,
            recipientUserId: c.caseManagerId,
            kind: NotificationKind.SERVICE_DELIVERY_CHANGE,
            message: `${agencyCode} changes its service delivery from ${dto.effectiveFrom}: ${clip(dto.what)}`,
          });
        }
      }
      return stored;
    });
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
