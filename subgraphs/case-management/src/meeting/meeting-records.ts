import type { EntityManager } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  returnedRows,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { Case, CaseStatus } from '../case/case.entity';
import { requireCaseManager } from '../case/case-access';
import { Meeting, MeetingInvitation, MeetingStatus } from './meeting.entity';
import { requireStaffOf } from './meeting-rules';

/**
 * How every write to a meeting starts and is guarded, shared by the meeting's preparation
 * (MeetingService), its attendance (MeetingAttendanceService) and its outcome (MeetingOutcomes).
 */
export class MeetingRecords {
  constructor(private readonly uow: UnitOfWork) {}

  /**
   * Loads a meeting for its case's current case manager, inside a transaction: NOT_FOUND,
   * FORBIDDEN, CONFLICT for a closed case, INVALID_TRANSITION once finalised (unless
   * `allowFinalised`) or cancelled. Runs `act`, then
   * returns the meeting as it is afterwards. `id`: a UUID (a client's is validated by its input).
   */
  async openForCaseManager(
    identity: Identity,
    id: string,
    doing: string,
    act: (m: EntityManager, mt: Meeting, c: Case) => Promise<void>,
    { allowFinalised = false }: { allowFinalised?: boolean } = {},
  ): Promise<Meeting> {
    return this.uow.run(async (m) => {
      const mt = await m.getRepository(Meeting).findOneBy({ id });
      if (!mt) throw new NotFoundError('Meeting', id);
      const c = (await m
        .getRepository(Case)
        .findOne({ where: { id: mt.caseId }, lock: { mode: 'pessimistic_read' } }))!;
      requireCaseManager(identity, c, doing);
      if (c.status === CaseStatus.CLOSED && mt.status !== MeetingStatus.FINALISED) {
        throw new ConflictError('The case is closed', { reason: 'CASE_CLOSED' });
      }
      if (
        mt.status === MeetingStatus.CANCELLED ||
        (!allowFinalised && mt.status === MeetingStatus.FINALISED)
      ) {
        throw new InvalidTransitionError('Meeting', mt.status, doing);
      }
      await act(m, mt, c);
      return (await m.getRepository(Meeting).findOneBy({ id }))!;
    });
  }

  /**
   * Applies `set` only if the meeting is still in the status and record version it was read at;
   * 0 rows means someone else moved it meanwhile: CONFLICT.
   */
  async guarded(m: EntityManager, mt: Meeting, set: string, params: unknown[]): Promise<void> {
    const k = params.length;
    const rows = returnedRows<{ id: string }>(
      await m.query(
        `UPDATE care_meeting SET ${set}
         WHERE id = $1 AND status = $${k + 2} AND record_version = $${k + 3} RETURNING id`,
        [mt.id, ...params, mt.status, mt.recordVersion],
      ),
    );
    if (rows.length !== 1) {
      throw new ConflictError(
        'This meeting was changed by someone else meanwhile; reload it and try again',
        { reason: 'MEETING_CHANGED', id: mt.id },
      );
    }
  }

  /** Refuses anyone but staff of an agency invited to the meeting. */
  async requireInvited(m: EntityManager, identity: Identity, meetingId: string, doing: string) {
    const inv = await m
      .getRepository(MeetingInvitation)
      .findOneBy({ meetingId, agencyCode: identity.agencyCode });
    if (!inv) {
      throw new ForbiddenError(`Only an agency invited to the meeting can ${doing}`, {
        reason: 'NOT_INVITED_AGENCY',
      });
    }
    requireStaffOf(identity, inv.agencyCode, doing);
    return inv;
  }
}
