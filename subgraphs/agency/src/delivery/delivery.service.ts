import { randomUUID } from 'node:crypto';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  returnedRows,
  type AssignedActionDto,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { ActionDelivery, DeliveryStatus, ProgressNote } from './action-delivery.entity';
import { CLOSED_STATUSES, assertTransition } from './delivery-transitions';
import { assertOwnStaff, requireKeyWorker } from '../key-worker/staff-access';
import type { AgencyLoaders } from '../kernel/context';

type Loaders = Pick<
  AgencyLoaders,
  'keyWorkerById' | 'deliveryByActionId' | 'notesPage' | 'assignedAction' | 'confirmedAction'
>;

/** The delivery of an action this agency has not written yet: pending, at version 0. */
/**
 * Whether the delivery is one this agency has not written yet (`pendingDelivery`, version 0; a
 * written row starts at 1). Such a delivery has no progress notes: a note needs its delivery's
 * row (the foreign key of progress_note), and writing one writes the row first.
 */
export const notWrittenYet = (d: ActionDelivery): boolean => d.version === 0;

export function pendingDelivery(agencyCode: string, action: AssignedActionDto): ActionDelivery {
  return Object.assign(new ActionDelivery(), {
    agencyCode,
    actionId: action.id,
    serviceUserId: action.serviceUserId,
    domain: action.domain,
    status: DeliveryStatus.PENDING,
    keyWorkerId: null,
    acceptedAt: null,
    declinedReason: null,
    outcome: null,
    outcomeRecordedAt: null,
    statusNote: null,
    version: 0,
    updatedAt: new Date(0),
  });
}

type Change = Partial<
  Pick<
    ActionDelivery,
    | 'status'
    | 'keyWorkerId'
    | 'acceptedAt'
    | 'declinedReason'
    | 'outcome'
    | 'outcomeRecordedAt'
    | 'statusNote'
  >
>;

/**
 * The agency's delivery of the plan actions assigned to it. It writes only its own actions: every
 * write is confirmed with case-management first (the action is this agency's), and every change
 * of a delivery is a conditional write on the version read, so that of two people changing the
 * same delivery at once the second gets CONFLICT instead of silently undoing the first.
 */
export class DeliveryService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly agencyCode: string,
  ) {}

  /**
   * Accepts a pending action. The key worker is the one given, else the one already on the
   * delivery, else the one the plan names if they are staff here, else the caller if they are.
   *
   * Inputs come validated and normalised (delivery.args): ids checked, text trimmed, a blank
   * note as null.
   */
  async accept(
    identity: Identity,
    loaders: Loaders,
    input: { actionId: string; keyWorkerId?: string | null; note?: string | null },
  ): Promise<ActionDelivery> {
    const note = input.note ?? null;
    const given = input.keyWorkerId || null;
    return this.change(identity, loaders, input.actionId, 'Accepting an action', async (d, a) => {
      assertTransition(d.status, DeliveryStatus.ACCEPTED);
      const keyWorkerId = given
        ? await requireKeyWorker(loaders.keyWorkerById, given)
        : (d.keyWorkerId ?? (await this.firstStaff(loaders, [a.keyWorkerId, identity.userId])));
      return {
        status: DeliveryStatus.ACCEPTED,
        acceptedAt: new Date(),
        keyWorkerId,
        statusNote: note,
      };
    });
  }

  /** Declines a pending action; the case manager needs to know why, so a reason is required. */
  decline(
    identity: Identity,
    loaders: Loaders,
    actionId: string,
    reason: string,
  ): Promise<ActionDelivery> {
    return this.change(identity, loaders, actionId, 'Declining an action', (d) => {
      assertTransition(d.status, DeliveryStatus.DECLINED);
      return { status: DeliveryStatus.DECLINED, declinedReason: reason, statusNote: null };
    });
  }

  /** Names the key worker of an action that is still open. */
  assignKeyWorker(
    identity: Identity,
    loaders: Loaders,
    actionId: string,
    wanted: string,
  ): Promise<ActionDelivery> {
    return this.change(identity, loaders, actionId, 'Assigning a key worker', async (d) => {
      if (CLOSED_STATUSES.includes(d.status)) {
        // Who delivered a closed action is part of its record; it is not rewritten afterwards.
        throw new ConflictError(`A ${d.status} delivery keeps its key worker`, {
          reason: 'DELIVERY_CLOSED',
        });
      }
      return { keyWorkerId: await requireKeyWorker(loaders.keyWorkerById, wanted) };
    });
  }

  /**
   * Moves an action between the working statuses. Declining and ending an action have their own
   * mutations, because each must say why (a reason, an outcome).
   */
  updateStatus(
    identity: Identity,
    loaders: Loaders,
    input: { actionId: string; status: DeliveryStatus; note?: string | null },
  ): Promise<ActionDelivery> {
    const to = input.status;
    if (to === DeliveryStatus.DECLINED) {
      throw new BadInputError('Declining needs a reason: use declineAction', { field: 'status' });
    }
    if (to === DeliveryStatus.COMPLETED || to === DeliveryStatus.NOT_COMPLETED) {
      throw new BadInputError('Ending an action records its outcome: use recordActionOutcome', {
        field: 'status',
      });
    }
    if (to === DeliveryStatus.ACCEPTED) {
      return this.accept(identity, loaders, { actionId: input.actionId, note: input.note ?? null });
    }
    const note = input.note ?? null;
    return this.change(
      identity,
      loaders,
      input.actionId,
      'Changing the status of an action',
      (d) => {
        assertTransition(d.status, to);
        return { status: to, statusNote: note };
      },
    );
  }

  /** Ends an action with what came of it: COMPLETED when achieved, else NOT_COMPLETED. */
  recordOutcome(
    identity: Identity,
    loaders: Loaders,
    input: { actionId: string; outcome: string; achieved: boolean },
  ): Promise<ActionDelivery> {
    const { outcome } = input;
    const to = input.achieved ? DeliveryStatus.COMPLETED : DeliveryStatus.NOT_COMPLETED;
    return this.change(identity, loaders, input.actionId, 'Recording an outcome', (d) => {
      assertTransition(d.status, to);
      return { status: to, outcome, outcomeRecordedAt: new Date(), statusNote: null };
    });
  }

  /**
   * Adds a dated note. An action not written yet gets its delivery row, still PENDING: writing
   * about an action does not accept it.
   */
  async recordProgressNote(
    identity: Identity,
    loaders: Loaders,
    actionId: string,
    body: string,
  ): Promise<ProgressNote> {
    assertOwnStaff(identity, this.agencyCode, 'Writing progress notes');
    const action = await this.assigned(loaders, actionId);
    const note = await this.uow.run(async (m) => {
      // The domain follows the plan, so the note is disclosed under the category it has now.
      await m.query(
        `INSERT INTO action_delivery (action_id, service_user_id, domain, status, version, updated_at)
         VALUES ($1, $2, $3, 'PENDING', 1, now())
         ON CONFLICT (action_id) DO UPDATE SET domain = EXCLUDED.domain
           WHERE action_delivery.domain IS DISTINCT FROM EXCLUDED.domain`,
        [actionId, action.serviceUserId, action.domain],
      );
      const created = m.getRepository(ProgressNote).create({
        id: randomUUID(),
        actionId,
        serviceUserId: action.serviceUserId,
        body,
        writtenBy: identity.userId,
        writtenAt: new Date(),
      });
      return m.getRepository(ProgressNote).save(created);
    });
    loaders.deliveryByActionId.clear(actionId);
    loaders.notesPage.clearAll();
    return note;
  }

  /**
   * The action, confirmed by case-management as assigned to this agency now (never from the
   * read cache, ADR 0047); else FORBIDDEN.
   */
  private async assigned(loaders: Loaders, actionId: string): Promise<AssignedActionDto> {
    const action = await loaders.confirmedAction.load(actionId);
    if (!action || action.responsibleAgencyCode !== this.agencyCode) {
      throw new ForbiddenError('This action is not assigned to your agency', { id: actionId });
    }
    return action;
  }

  /**
   * One change of one delivery: checks the caller, confirms the action, reads the delivery (or its
   * pending state), lets `decide` validate and say what changes, and writes it only if nobody
   * else wrote since it was read. The domain is refreshed from the plan on every write.
   */
  private async change(
    identity: Identity,
    loaders: Loaders,
    actionId: string,
    doing: string,
    decide: (current: ActionDelivery, action: AssignedActionDto) => Change | Promise<Change>,
  ): Promise<ActionDelivery> {
    assertOwnStaff(identity, this.agencyCode, doing);
    const action = await this.assigned(loaders, actionId);
    const stored = await this.uow.manager.getRepository(ActionDelivery).findOneBy({ actionId });
    const current = stored
      ? Object.assign(stored, { agencyCode: this.agencyCode })
      : pendingDelivery(this.agencyCode, action);
    const next = Object.assign(new ActionDelivery(), current, await decide(current, action), {
      domain: action.domain,
      version: current.version + 1,
      updatedAt: new Date(),
    });
    const values = [
      next.actionId,
      next.serviceUserId,
      next.domain,
      next.status,
      next.keyWorkerId,
      next.acceptedAt,
      next.declinedReason,
      next.outcome,
      next.outcomeRecordedAt,
      next.statusNote,
      next.version,
      next.updatedAt,
    ];
    const written: unknown = stored
      ? await this.uow.manager.query(
          `UPDATE action_delivery SET service_user_id = $2, domain = $3, status = $4, key_worker_id = $5,
             accepted_at = $6, declined_reason = $7, outcome = $8, outcome_recorded_at = $9,
             last_status_note = $10, version = $11, updated_at = $12
           WHERE action_id = $1 AND version = $13 RETURNING action_id`,
          [...values, current.version],
        )
      : await this.uow.manager.query(
          `INSERT INTO action_delivery (action_id, service_user_id, domain, status, key_worker_id,
             accepted_at, declined_reason, outcome, outcome_recorded_at, last_status_note, version, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (action_id) DO NOTHING RETURNING action_id`,
          values,
        );
    if (returnedRows(written).length !== 1) {
      throw new ConflictError(
        'This delivery was changed by someone else at the same time; reload and try again',
        { entity: 'ActionDelivery', id: actionId },
      );
    }
    loaders.deliveryByActionId.clear(actionId).prime(actionId, next);
    return next;
  }

  /** The first of the candidates who is active staff of this agency, or null. */
  private async firstStaff(
    loaders: Loaders,
    candidates: (string | null)[],
  ): Promise<string | null> {
    for (const id of candidates) {
      if (id && (await loaders.keyWorkerById.load(id))?.active) return id;
    }
    return null;
  }
}
