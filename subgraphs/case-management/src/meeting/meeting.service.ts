import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  FieldFailures,
  NotFoundError,
  returnedRows,
  type Directory,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { Case, CaseStatus } from '../case/case.entity';
import { CaseTransfer } from '../case/case-history.entity';
import { requireCaseManager } from '../case/case-access';
import {
  CONTENTIOUS_REASONS,
  Meeting,
  type MeetingCirculation,
  MeetingInvitation,
  MeetingReason,
  MeetingResponse,
  MeetingStatus,
} from './meeting.entity';
import type {
  CancelMeetingArgs,
  FinaliseMeetingInput,
  RecordMeetingMinutesInput,
  RecordServiceUserPreparedInput,
  RescheduleMeetingInput,
  ScheduleMeetingInput,
} from './meeting.inputs';
import { outcomeCirculationLate } from './meeting-rules';
import { MeetingOutcomes, type MeetingOutcomeFeatures } from './meeting-outcome.service';
import { MeetingRecords } from './meeting-records';
import { MeetingChanges } from './meeting-changes';
import type { NotificationService } from '../notification/notification.service';

/** The services of other features a meeting writes through, in its own transaction. */
export interface MeetingFeatures extends MeetingOutcomeFeatures {
  notifications: NotificationService;
}

/**
 * Interagency care plan meetings (Protocol 4): the case manager schedules, prepares the service
 * user, sends purpose and aims to every invited service, chairs and records the minutes,
 * finalises them into one new plan version and circulates the outcome (MeetingOutcomes). The
 * invited agencies' answers and reports are MeetingAttendanceService's.
 *
 * State changes are conditional UPDATEs on the state that was read: of two concurrent writers the
 * first wins and the other gets CONFLICT (or VERSION_CONFLICT for the plan and the minutes).
 * Inputs come validated and normalised (meeting.inputs).
 */
export class MeetingService {
  private readonly records: MeetingRecords;
  private readonly outcomes: MeetingOutcomes;
  private readonly changes: MeetingChanges;

  constructor(
    private readonly uow: UnitOfWork,
    readonly directory: Directory,
    features: MeetingFeatures,
  ) {
    this.records = new MeetingRecords(uow);
    this.outcomes = new MeetingOutcomes(uow, directory, this.records, features);
    this.changes = new MeetingChanges(this.records, features.notifications);
  }

  async schedule(identity: Identity, input: ScheduleMeetingInput): Promise<Meeting> {
    const { caseId, place, purpose, aims } = input;
    // Every problem of the input at once (one BAD_USER_INPUT), before anything is read.
    const failures = new FieldFailures();
    const agencies = [...new Set(input.invitedAgencyCodes.map((c) => c.trim()))];
    const unknown = agencies.filter((code) => !this.directory.agency(code));
    if (agencies.length < 2) {
      failures.add('invitedAgencyCodes', 'A care plan meeting is between two or more agencies');
    } else if (unknown.length > 0) {
      failures.add(
        'invitedAgencyCodes',
        unknown.length === 1
          ? `Agency ${unknown[0]} is not in the directory`
          : `Agencies ${unknown.join(', ')} are not in the directory`,
      );
    }
    const keyWorkers = new Map<string, string>();
    for (const k of input.invitedKeyWorkers ?? []) {
      if (!agencies.includes(k.agencyCode)) {
        failures.add(
          'invitedKeyWorkers',
          `Key worker ${k.keyWorkerId} is not of an invited agency`,
        );
      }
      keyWorkers.set(k.agencyCode, k.keyWorkerId);
    }
    const attendance = this.attendance(input);
    if ('failure' in attendance) failures.add('serviceUserAttendanceReason', attendance.failure);
    if (input.transferId != null && input.reason !== MeetingReason.CASE_MANAGER_TRANSFER) {
      failures.add('transferId', 'Only a CASE_MANAGER_TRANSFER meeting refers to a transfer');
    }
    failures.throwIfAny();
    const { attends, reason } = attendance as { attends: boolean; reason: string | null };
    return this.uow.run(async (m) => {
      // FOR SHARE: the case cannot be closed or handed over under a meeting being scheduled.
      const c = await m
        .getRepository(Case)
        .findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_read' } });
      if (!c) throw new NotFoundError('Case', caseId);
      requireCaseManager(identity, c, 'schedule its care plan meetings');
      if (c.status === CaseStatus.CLOSED) {
        throw new ConflictError('The case is closed', { reason: 'CASE_CLOSED' });
      }
      const transferId = input.transferId ?? null;
      if (transferId !== null) {
        if (!(await m.getRepository(CaseTransfer).existsBy({ id: transferId, caseId }))) {
          throw new BadInputError('transferId is not a transfer of this case', {
            field: 'transferId',
          });
        }
      }
      const meeting = m.getRepository(Meeting).create({
        id: randomUUID(),
        caseId,
        serviceUserId: c.serviceUserId,
        reason: input.reason,
        scheduledFor: input.scheduledFor,
        place,
        purpose,
        aims,
        status: MeetingStatus.SCHEDULED,
        serviceUserAttends: attends,
        serviceUserAttendanceReason: reason,
        serviceUserPreparedAt: null,
        serviceUserPreparation: null,
        invitationsSentAt: null,
        transferId,
        chairedBy: identity.userId,
        chairedByAgencyCode: identity.agencyCode,
        recordVersion: 0,
        minutes: null,
        finalisedAt: null,
        planVersion: null,
        gapBlockIds: [],
        circulatedAt: null,
        createdAt: new Date(),
      });
      await m.getRepository(Meeting).insert(meeting);
      await m.getRepository(MeetingInvitation).insert(
        agencies.map((agencyCode) => ({
          id: randomUUID(),
          meetingId: meeting.id,
          agencyCode,
          keyWorkerId: keyWorkers.get(agencyCode) ?? null,
          sentAt: null,
          response: MeetingResponse.PENDING,
          substituteName: null,
          note: null,
          respondedBy: null,
          respondedAt: null,
          reportReceivedAt: null,
          phoneFollowUpAt: null,
        })),
      );
      return meeting;
    });
  }

  /**
   * Contentious meetings (lead agency dispute, divergence of views) are held between services
   * first: the service user attends only when asked for with a reason. Others default to attending.
   */
  private attendance(
    input: ScheduleMeetingInput,
  ): { attends: boolean; reason: string | null } | { failure: string } {
    const reason = input.serviceUserAttendanceReason ?? null;
    if (!CONTENTIOUS_REASONS.includes(input.reason)) {
      return { attends: input.serviceUserAttends ?? true, reason };
    }
    if (!input.serviceUserAttends) return { attends: false, reason: null };
    if (!reason) {
      return {
        failure:
          'Contentious issues are addressed between services first: involving the service user needs a serviceUserAttendanceReason',
      };
    }
    return { attends: true, reason };
  }

  /** Moves a meeting not yet held (see MeetingChanges.reschedule). */
  reschedule(identity: Identity, input: RescheduleMeetingInput): Promise<Meeting> {
    return this.changes.reschedule(identity, input);
  }

  /** Calls off a meeting not yet held, with a reason (see MeetingChanges.cancel). */
  cancel(identity: Identity, input: CancelMeetingArgs): Promise<Meeting> {
    return this.changes.cancel(identity, input);
  }

  async recordServiceUserPrepared(
    identity: Identity,
    input: RecordServiceUserPreparedInput,
  ): Promise<Meeting> {
    const { how } = input;
    if (input.preparedAt.getTime() > Date.now() + 60_000) {
      throw new BadInputError('preparedAt cannot be in the future', { field: 'preparedAt' });
    }
    return this.records.openForCaseManager(
      identity,
      input.meetingId,
      'prepare the service user',
      (m, mt) =>
        this.records.guarded(
          m,
          mt,
          `service_user_prepared_at = $2, service_user_preparation = $3`,
          [input.preparedAt, how],
        ),
    );
  }

  /** Records that the purpose and aims went to every invited service not yet sent them. */
  sendInvitations(identity: Identity, meetingId: string): Promise<Meeting> {
    return this.records.openForCaseManager(
      identity,
      meetingId,
      'send its invitations',
      async (m, mt) => {
        const sent = returnedRows<{ id: string }>(
          await m.query(
            `UPDATE meeting_invitation SET sent_at = now() WHERE meeting_id = $1 AND sent_at IS NULL RETURNING id`,
            [mt.id],
          ),
        );
        if (sent.length === 0) {
          throw new ConflictError('Every invitation has already been sent', {
            reason: 'INVITATIONS_SENT',
          });
        }
        await this.records.guarded(m, mt, `invitations_sent_at = now()`, []);
      },
    );
  }

  recordMinutes(identity: Identity, input: RecordMeetingMinutesInput): Promise<Meeting> {
    return this.outcomes.recordMinutes(identity, input);
  }

  finalise(identity: Identity, input: FinaliseMeetingInput): Promise<Meeting> {
    return this.outcomes.finalise(identity, input);
  }

  circulate(identity: Identity, meetingId: string): Promise<Meeting> {
    return this.outcomes.circulate(identity, meetingId);
  }

  acknowledge(identity: Identity, meetingId: string): Promise<MeetingCirculation> {
    return this.outcomes.acknowledge(identity, meetingId);
  }

  /** Meetings of these cases held and not circulated within 2 working days, oldest first. */
  lateOutcomes(caseIds: string[], now = new Date()): Promise<Meeting[]> {
    return lateMeetingOutcomes(this.uow.manager, caseIds, now);
  }
}

/** Meetings of these cases held and not circulated within 2 working days, oldest first. */
export async function lateMeetingOutcomes(
  m: EntityManager,
  caseIds: string[],
  now = new Date(),
): Promise<Meeting[]> {
  if (caseIds.length === 0) return [];
  const candidates = await m
    .getRepository(Meeting)
    .createQueryBuilder('mt')
    .where({ caseId: In(caseIds) })
    .andWhere(
      "mt.circulated_at IS NULL AND mt.scheduled_for <= :now AND mt.status <> 'CANCELLED'",
      {
        now,
      },
    )
    .orderBy('mt.scheduled_for', 'ASC')
    .addOrderBy('mt.id', 'ASC')
    .getMany();
  return candidates.filter((mt) => outcomeCirculationLate(mt, now));
}
