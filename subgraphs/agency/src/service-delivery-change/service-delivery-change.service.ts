import { randomUUID } from 'node:crypto';
import {
  CaseManagementRefusal,
  DomainError,
  isKnownErrorCode,
  ForbiddenError,
  SERVICE_DELIVERY_CHANGES_PATH,
  postToCaseManagement,
  type Identity,
  type OnBehalfOf,
  type ServiceCredentials,
  type ServiceDeliveryChangeDto,
  type UnitOfWork,
} from '@icp/shared';
import { assertOwnStaff } from '../key-worker/staff-access';
import type { AgencyLoaders } from '../kernel/context';
import { AgencyServiceDeliveryChange } from './service-delivery-change.entity';

/** As the resolver's input, validated and normalised (ids checked, text trimmed, a real date). */
export interface ServiceDeliveryChangeInput {
  /** An idempotency key: a retry with the same id records the change once. Default: a new id. */
  id?: string | null;
  actionId: string;
  what: string;
  why: string;
  effectiveFrom: string;
}

/**
 * "Any changes to service delivery from what was agreed in the care plan … should be communicated
 * to the Case Manager." The change is told to case-management first (idempotent by id) and kept
 * here only once it has been received, so an unreachable case-management leaves nothing half-done.
 */
export class ServiceDeliveryChangeService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly agencyCode: string,
    private readonly creds: ServiceCredentials,
  ) {}

  async record(
    identity: Identity,
    behalf: OnBehalfOf,
    loaders: Pick<AgencyLoaders, 'assignedAction'>,
    input: ServiceDeliveryChangeInput,
  ): Promise<AgencyServiceDeliveryChange> {
    assertOwnStaff(identity, this.agencyCode, 'Recording a change to service delivery');
    const { actionId } = input;
    const dto: ServiceDeliveryChangeDto = {
      id: input.id || randomUUID(),
      actionId,
      what: input.what,
      why: input.why,
      effectiveFrom: input.effectiveFrom,
    };
    const action = await loaders.assignedAction.load(actionId);
    if (!action || action.responsibleAgencyCode !== this.agencyCode) {
      throw new ForbiddenError('This action is not assigned to your agency', { id: actionId });
    }
    try {
      await postToCaseManagement(this.creds, SERVICE_DELIVERY_CHANGES_PATH, dto, behalf);
    } catch (error) {
      // case-management's own refusals (a bad date, an id in use) reach the user as they are.
      if (
        error instanceof CaseManagementRefusal &&
        error.isClientError &&
        isKnownErrorCode(error.code)
      ) {
        throw new DomainError(error.code, error.message);
      }
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Case-management could not be told of the change; nothing was recorded, try again',
      );
    }
    const change = this.uow.manager.getRepository(AgencyServiceDeliveryChange).create({
      ...dto,
      serviceUserId: action.serviceUserId,
      recordedBy: identity.userId,
      recordedAt: new Date(),
    });
    await this.uow.manager
      .createQueryBuilder()
      .insert()
      .into(AgencyServiceDeliveryChange)
      .values(change)
      .orIgnore()
      .execute();
    return (await this.uow.manager
      .getRepository(AgencyServiceDeliveryChange)
      .findOneBy({ id: dto.id }))!;
  }
}
