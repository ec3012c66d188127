import type { EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  returnedRows,
  type Identity,
  type InvitedMeetingDto,
  type MeetingResponseDto,
  type UnitOfWork,
} from '@icp/shared';
import { Meeting, MeetingInvitation, MeetingResponse, MeetingStatus } from './meeting.entity';
import { MAX_SUBSTITUTE_NAME, type RespondToMeetingInvitationInput } from './meeting.inputs';
import { MeetingRecords } from './meeting-records';

/** A SUBSTITUTE answer names the substitute (its length checked by the input); others have none. */
function substituteNameOf(
  response: MeetingResponse,
  name: string | null | undefined,
): string | null {
  if (response !== MeetingResponse.SUBSTITUTE) return null;
  if (!name) {
    throw new BadInputError(`substituteName needs 1 to ${MAX_SUBSTITUTE_NAME} characters`, {
      field: 'substituteName',
    });
  }
  return name;
}

/** How far another server's clock may be ahead of this one's. */
const CLOCK_SKEW_MS = 60_000;

/** The statuses in which an invited agency may still answer: not once finalised or cancelled. */
const ANSWERABLE = `('${MeetingStatus.SCHEDULED}', '${MeetingStatus.MINUTES_DRAFT}')`;

/** An answer that could not be written: the meeting is finalised or cancelled. */
async function refuseAnswer(m: EntityManager, meetingId: string): Promise<never> {
  const mt = await m.getRepository(Meeting).findOneBy({ id: meetingId });
  throw new InvalidTransitionError(
    'Meeting',
    mt?.status ?? MeetingStatus.FINALISED,
    'a new answer',
  );
}

/** A phone call follows up a written report: never one not received, nor before it was. */
function requirePhoneAfterReport(inv: MeetingInvitation, calledAt: Date, field: string): void {
  if (inv.reportReceivedAt === null) {
    throw new BadInputError('The phone call follows up a written report: record the report first', {
      field,
      reason: 'NO_REPORT',
    });
  }
  if (calledAt.getTime() < inv.reportReceivedAt.getTime() - CLOCK_SKEW_MS) {
    throw new BadInputError(
      `The phone call follows up the written report, received at ${inv.reportReceivedAt.toISOString()}: it cannot precede it`,
      { field, reason: 'BEFORE_REPORT' },
    );
  }
}

/**
 * Who comes to a meeting (Protocol 4): each invited agency's answer to its invitation, given by
 * its staff or by its own server, the written report of an agency that cannot attend and the
 * phone call following it up, and the invitations an agency holds. Inputs come validated and
 * normalised (meeting.inputs; an agency server's answer by meeting-internal.routes).
 */
export class MeetingAttendanceService {
  private readonly records: MeetingRecords;

  constructor(private readonly uow: UnitOfWork) {
    this.records = new MeetingRecords(uow);
  }

  /** Staff of an invited agency answer its invitation; they may change the answer until finalised. */
  async respond(
    identity: Identity,
    input: RespondToMeetingInvitationInput,
  ): Promise<MeetingInvitation> {
    const { meetingId } = input;
    if (input.response === MeetingResponse.PENDING) {
      throw new BadInputError('Answer ATTENDING, APOLOGIES_WITH_REPORT or SUBSTITUTE', {
        field: 'response',
      });
    }
    const substituteName = substituteNameOf(input.response, input.substituteName);
    const note = input.note ?? null;
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
           WHERE i.id = $1 AND mt.id = i.meeting_id AND mt.status IN ${ANSWERABLE} RETURNING i.id`,
          [inv.id, input.response, substituteName, note, identity.userId],
        ),
      );
      if (rows.length !== 1) await refuseAnswer(m, meetingId);
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
    const { meetingId } = dto;
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
    const substituteName = substituteNameOf(response, dto.substituteName);
    const reportSubmitted = dto.reportSubmitted === true;
    let phoneAt: Date | null = null;
    if (dto.phoneFollowUpAt != null) {
      phoneAt = new Date(dto.phoneFollowUpAt);
      if (Number.isNaN(phoneAt.getTime()) || phoneAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
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
      if (phoneAt && !reportSubmitted) requirePhoneAfterReport(inv, phoneAt, 'phoneFollowUpAt');
      const rows = returnedRows<{ id: string }>(
        await m.query(
          `UPDATE meeting_invitation i SET response = $2, substitute_name = $3,
             responded_by = $4, responded_at = now(),
             report_received_at = CASE WHEN $5::boolean THEN COALESCE(i.report_received_at, now())
               ELSE i.report_received_at END,
             phone_follow_up_at = COALESCE($6::timestamptz, i.phone_follow_up_at)
           FROM care_meeting mt
           WHERE i.id = $1 AND mt.id = i.meeting_id AND mt.status IN ${ANSWERABLE} RETURNING i.id`,
          [inv.id, response, substituteName, identity.userId, reportSubmitted, phoneAt],
        ),
      );
      if (rows.length !== 1) await refuseAnswer(m, meetingId);
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

  /** The case manager records the phone call following up an agency's report, received first. */
  recordPhoneFollowUp(identity: Identity, meetingId: string, agencyCode: string, calledAt: Date) {
    if (calledAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      throw new BadInputError('calledAt cannot be in the future', { field: 'calledAt' });
    }
    return this.onInvitation(identity, meetingId, agencyCode, 'phone_follow_up_at', calledAt, (i) =>
      requirePhoneAfterReport(i, calledAt, 'calledAt'),
    );
  }

  private async onInvitation(
    identity: Identity,
    meetingId: string,
    agencyCode: string,
    column: 'report_received_at' | 'phone_follow_up_at',
    at: Date,
    check: (inv: MeetingInvitation) => void = () => undefined,
  ): Promise<MeetingInvitation> {
    let id = '';
    await this.records.openForCaseManager(
      identity,
      meetingId,
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
        check(inv);
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
}
