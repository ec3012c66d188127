import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { BadInputError, ForbiddenError, requireUuid, type Identity } from '@icp/shared';
import { ActionDelivery, DeliveryStatus, ProgressNote } from './action-delivery.entity';
import type { AgencyLoaders } from '../context';

const MAX_NOTE_LENGTH = 10_000;
const WRITER_ROLES = new Set(['KEY_WORKER', 'CASE_MANAGER', 'SUPERVISOR']);

/** The agency's delivery of the plan actions assigned to it. It writes only its own actions. */
export class DeliveryService {
  constructor(
    private readonly ds: DataSource,
    private readonly agencyCode: string,
  ) {}

  /** Root writes are the instance's own agency's: nobody else's staff write here. */
  assertOwnStaff(identity: Identity): void {
    if (identity.agencyCode !== this.agencyCode) {
      throw new ForbiddenError(`Only staff of ${this.agencyCode} write to its records`);
    }
    if (!identity.roles.some((r) => WRITER_ROLES.has(r))) {
      throw new ForbiddenError(
        'Writing progress notes needs a key worker, case manager or supervisor role',
      );
    }
  }

  async recordProgressNote(
    identity: Identity,
    loaders: AgencyLoaders,
    actionIdArg: string,
    bodyArg: string,
  ): Promise<ProgressNote> {
    this.assertOwnStaff(identity);
    const actionId = requireUuid(actionIdArg, 'actionId');
    const body = bodyArg.trim();
    if (body.length === 0 || body.length > MAX_NOTE_LENGTH) {
      throw new BadInputError(`A note has 1 to ${MAX_NOTE_LENGTH} characters`, { field: 'body' });
    }
    const action = await loaders.assignedAction.load(actionId);
    if (!action)
      throw new ForbiddenError('This action is not assigned to your agency', { id: actionId });
    return this.ds.transaction(async (m) => {
      await m
        .createQueryBuilder()
        .insert()
        .into(ActionDelivery)
        .values({
          actionId,
          serviceUserId: action.serviceUserId,
          status: DeliveryStatus.IN_PROGRESS,
          keyWorkerId: null,
          version: 1,
          updatedAt: new Date(),
        })
        .orIgnore()
        .execute();
      const note = m.getRepository(ProgressNote).create({
        id: randomUUID(),
        actionId,
        serviceUserId: action.serviceUserId,
        body,
        writtenBy: identity.userId,
        writtenAt: new Date(),
      });
      return m.getRepository(ProgressNote).save(note);
    });
  }
}
