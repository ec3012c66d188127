import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  requireUuid,
  returnedRows,
  type Directory,
  type Identity,
  type InvitedMeetingDto,
  type MeetingResponseDto,
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
  FinaliseMeetingInput,
  RecordMeetingMinutesInput,
  RecordServiceUserPreparedInput,
  RespondToMeetingInvitationInput,
  ScheduleMeetingInput,
} from './meeting.inputs';
import { optionalText, outcomeCirculationLate, requiredText } from './meeting-rules';
import { MeetingOutcomes, type MeetingOutcomeFeatures } from './meeting-outcome.service';
import { MeetingRecords } from './meeting-records';

/**
 * Interagency care plan meetings (Protocol 4): the case manager schedules, prepares the service
 * user, sends purpose and aims to every invited service, records attendance, chairs and records
 * the minutes, finalises them into one new plan version and circulates the outcome.
 *
 * State changes are conditional UPDATEs on the state that was read: of two concurrent writers the
 * first wins and the other gets CONFLICT (or VERSION_CONFLICT for the plan and the minutes).
 */
export class MeetingService {
  private readonly records: MeetingRecords;
  private readonly outcomes: MeetingOutcomes;

  constructor(
    private readonly uow: UnitOfWork,
    readonly directory: Directory,
    features: MeetingOutcomeFeatures,
  ) {
    this.records = new MeetingRecords(uow);
    this.outcomes = new MeetingOutcomes(uow, directory, this.records, features);
  }

  async schedule(identity: Identity, input: ScheduleMeetingInput): Promise<Meeting> {
    const caseId = requireUuid(input.caseId, 'caseId');
    const place = requiredText(input.place, 'place', 500);
    const purpose = requiredText(input.purpose, 'purpose');
    const aims = requiredText(input.aims, 'aims');
    if (!(input.scheduledFor instanceof Date) || Number.isNaN(input.scheduledFor.getTime())) {
      throw new BadInputError('scheduledFor must be a date and time', { field: 'scheduledFor' });
    }
    const agencies = [...new Set(input.invitedAgencyCodes.map((c) => c.trim()))];
    if (agencies.length < 2) {
      throw new BadInputError('A care plan meeting is between two or more agencies', {
        field: 'invitedAgencyCodes',
      });
    }
    for (const code of agencies) {
      if (!this.directory.agency(code)) {
        throw new BadInputError(`Agency ${code} is not in the directory`, {
          field: 'invitedAgencyCodes',
        });
      }
    }
    const keyWorkers = new Map<string, string>();
    for (const k of input.invitedKeyWorkers ?? []) {
      if (!agencies.includes(k.agencyCode)) {
        throw new BadInputError(`Key worker ${k.keyWorkerId} is not of an invited agency`, {
          field: 'invitedKeyWorkers',
        });
      }
      keyWorkers.set(k.agencyCode, requiredText(k.keyWorkerId, 'invitedKeyWorkers.keyWorkerId'));
    }
    const { attends, reason } = this.attendance(input);
    if (input.transferId != null && input.reason !== MeetingReason.CASE_MANAGER_TRANSFER) {
      throw new BadInputError('Only a CASE_MANAGER_TRANSFER meeting refers to a transfer', {
        field: 'transferId',
      });
    }
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
      let transferId: string | null = null;
      if (input.transferId != null) {
        transferId = requireUuid(input.transferId, 'transferId');
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
  private attendance(input: ScheduleMeetingInput): { attends: boolean; reason: string | null } {
    const reason = optionalText(input.serviceUserAttendanceReason, 'serviceUserAttendanceReason');
    if (!CONTENTIOUS_REASONS.includes(input.reason)) {
      return { attends: input.serviceUserAttends ?? true, reason };
    }
    if (!input.serviceUserAttends) return { attends: false, reason: null };
    if (!reason) {
      throw new BadInputError(
        'Contentious issues are addressed between services first: involving the service user needs a serviceUserAttendanceReason',
        { field: 'serviceUserAttendanceReason' },
      );
    }
    return { attends: true, reason };
  }

  async recordServiceUserPrepared(
    identity: Identity,
    input: RecordServiceUserPreparedInput,
  ): Promise<Meeting> {
    const how = requiredText(input.how, 'how');
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
  sendInvitations(identity: Identity, meetingIdArg: string): Promise<Meeting> {
    return this.records.openForCaseManager(
      identity,
      meetingIdArg,
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

  /** Staff of an invited agency answer its invitation; they may change the answer until finalised. */
  async respond(
    identity: Identity,
    input: RespondToMeetingInvitationInput,
  ): Promise<MeetingInvitation> {
    const meetingId = requireUuid(input.meetingId, 'meetingId');
    if (input.response === MeetingResponse.PENDING) {
      throw new BadInputError('Answer ATTENDING, APOLOGIES_WITH_REPORT or SUBSTITUTE', {
        field: 'response',
      });
    }
    const substituteName =
      input.response === MeetingResponse.SUBSTITUTE
        ? requiredText(input.substituteName, 'substituteName', 200)
        : null;
    const note = optionalText(input.note, 'note');
    return this.uow.run(async (m) => {
      if (!(await m.getRepository(Meeting).existsBy({ id: meetingId }))) {
        throw new NotFoundError('Meeting', meetingId);
      }
      const inv = await this.records.requireInvited(
        m,
        identity,
        meetingId,
        'answer its invitation',
      );
      const rows = returnedRows<{ id: string }>(
        await m.query(
          `UPDATE meeting_invitation i SET response = $2, substitute_name = $3, response_note = $4,
             responded_by = $5, responded_at = now()
           FROM care_meeting mt
           WHERE i.id = $1 AND mt.id = i.meeting_id AND mt.status <> 'FINALISED' RETURNING i.id`,
          [inv.id, input.response, substituteName, note, identity.userId],
        ),
      );
      if (rows.length !== 1) {
        throw new InvalidTransitionError('Meeting', MeetingStatus.FINALISED, 'a new answer');
      }
      return (await m.getRepository(MeetingInvitation).findOneBy({ id: inv.id }))!;
    });
  }

  /**
   * An invited agency's own server answers its invitation on behalf of its staff (internal API):
   * the answer, and with apologies the written report sent and the phone follow-up, in one write.
   */
  async respondFromAgency(
    identity: Identity,
    callerAgencyCode: string,
    dto: MeetingResponseDto,
  ): Promise<MeetingInvitation> {
    if (identity.agencyCode !== callerAgencyCode) {
      throw new ForbiddenError('The user is not staff of the calling agency');
    }
    const meetingId = requireUuid(dto.meetingId, 'meetingId');
    const response = dto.response as MeetingResponse;
    if (
      ![
        MeetingResponse.ATTENDING,
        MeetingResponse.APOLOGIES_WITH_REPORT,
        MeetingResponse.SUBSTITUTE,
      ].includes(response)
    ) {
      throw new BadInputError('Answer ATTENDING, APOLOGIES_WITH_REPORT or SUBSTITUTE', {
        field: 'response',
      });
    }
    const substituteName =
      response === MeetingResponse.SUBSTITUTE
        ? requiredText(dto.substituteName, 'substituteName', 200)
        : null;
    const reportSubmitted = dto.reportSubmitted === true;
    let phoneAt: Date | null = null;
    if (dto.phoneFollowUpAt != null) {
      phoneAt = new Date(dto.phoneFollowUpAt);
      if (Number.isNaN(phoneAt.getTime()) || phoneAt.getTime() > Date.now() + 60_000) {
        throw new BadInputError('phoneFollowUpAt must be a past date and time', {
          field: 'phoneFollowUpAt',
        });
      }
    }
    if ((reportSubmitted || phoneAt) && response !== MeetingResponse.APOLOGIES_WITH_REPORT) {
      throw new BadInputError('A written report goes with APOLOGIES_WITH_REPORT', {
        field: 'response',
      });
    }
    return this.uow.run(async (m) => {
      if (!(await m.getRepository(Meeting).existsBy({ id: meetingId }))) {
        throw new NotFoundError('Meeting', meetingId);
      }
      const inv = await this.records.requireInvited(
        m,
        identity,
        meetingId,
        'answer its invitation',
      );
      if (phoneAt && !reportSubmitted && inv.reportReceivedAt === null) {
        throw new BadInputError('The phone call follows up a written report sent first', {
          field: 'phoneFollowUpAt',
        });
      }
      const rows = returnedRows<{ id: string }>(
        await m.query(
          `UPDATE meeting_invitation i SET response = $2, substitute_name = $3,
             responded_by = $4, responded_at = now(),
             report_received_at = CASE WHEN $5::boolean THEN COALESCE(i.report_received_at, now())
               ELSE i.report_received_at END,
             phone_follow_up_at = COALESCE($6::timestamptz, i.phone_follow_up_at)
           FROM care_meeting mt
           WHERE i.id = $1 AND mt.id = i.meeting_id AND mt.status <> 'FINALISED' RETURNING i.id`,
          [inv.id, response, substituteName, identity.userId, reportSubmitted, phoneAt],
        ),
      );
      if (rows.length !== 1) {
        throw new InvalidTransitionError('Meeting', MeetingStatus.FINALISED, 'a new answer');
      }
      return (await m.getRepository(MeetingInvitation).findOneBy({ id: inv.id }))!;
    });
  }

  /** Of these meetings, those the agency is invited to, with their case's lead agency. */
  async invitedMeetings(agencyCode: string, meetingIds: string[]): Promise<InvitedMeetingDto[]> {
    const ids = [...new Set(meetingIds)];
    if (ids.length === 0) return [];
    const rows = await this.uow.manager.query<
      {
        id: string;
        case_id: string;
        service_user_id: string;
        lead_agency_code: string;
        scheduled_for: Date | string;
        status: string;
      }[]
    >(
      `SELECT mt.id, mt.case_id, mt.service_user_id, c.lead_agency_code, mt.scheduled_for, mt.status
       FROM care_meeting mt
       JOIN meeting_invitation i ON i.meeting_id = mt.id AND i.agency_code = $1
       JOIN care_case c ON c.id = mt.case_id
       WHERE mt.id = ANY($2::uuid[])`,
      [agencyCode, ids],
    );
    return rows.map((r) => ({
      meetingId: r.id,
      caseId: r.case_id,
      serviceUserId: r.service_user_id,
      leadAgencyCode: r.lead_agency_code,
      scheduledFor: new Date(r.scheduled_for).toISOString(),
      status: r.status,
    }));
  }

  /** The case manager records the written report of an agency that cannot attend. */
  recordReportReceived(identity: Identity, meetingId: string, agencyCode: string) {
    return this.onInvitation(identity, meetingId, agencyCode, 'report_received_at', new Date());
  }

  /** The case manager records the phone call following up an agency's report. */
  recordPhoneFollowUp(identity: Identity, meetingId: string, agencyCode: string, calledAt: Date) {
    if (calledAt.getTime() > Date.now() + 60_000) {
      throw new BadInputError('calledAt cannot be in the future', { field: 'calledAt' });
    }
    return this.onInvitation(identity, meetingId, agencyCode, 'phone_follow_up_at', calledAt);
  }

  private async onInvitation(
    identity: Identity,
    meetingIdArg: string,
    agencyCode: string,
    column: 'report_received_at' | 'phone_follow_up_at',
    at: Date,
  ): Promise<MeetingInvitation> {
    let id = '';
    await this.records.openForCaseManager(
      identity,
      meetingIdArg,
      'record attendance',
      async (m, mt) => {
        const inv = await m
          .getRepository(MeetingInvitation)
          .findOneBy({ meetingId: mt.id, agencyCode });
        if (!inv) {
          throw new BadInputError(`${agencyCode} is not invited to this meeting`, {
            field: 'agencyCode',
          });
        }
        const rows = returnedRows<{ id: string }>(
          await m.query(
            `UPDATE meeting_invitation SET ${column} = $2 WHERE id = $1 AND ${column} IS NULL RETURNING id`,
            [inv.id, at],
          ),
        );
        if (rows.length !== 1) {
          throw new ConflictError('This has already been recorded', { reason: 'ALREADY_RECORDED' });
        }
        id = inv.id;
      },
    );
    return (await this.uow.manager.getRepository(MeetingInvitation).findOneBy({ id }))!;
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

  /** The invitations of the caller's agency, soonest meeting first. */
  async invitationsOf(identity: Identity): Promise<MeetingInvitation[]> {
    return this.uow.manager
      .getRepository(MeetingInvitation)
      .createQueryBuilder('i')
      .innerJoin(Meeting, 'mt', 'mt.id = i.meeting_id')
      .where('i.agency_code = :code', { code: identity.agencyCode })
      .orderBy('mt.scheduled_for', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .getMany();
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
    .andWhere('mt.circulated_at IS NULL AND mt.scheduled_for <= :now', { now })
    .orderBy('mt.scheduled_for', 'ASC')
    .addOrderBy('mt.id', 'ASC')
    .getMany();
  return candidates.filter((mt) => outcomeCirculationLate(mt, now));
}
