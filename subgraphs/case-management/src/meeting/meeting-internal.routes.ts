import { ValidateIf } from 'class-validator';
import {
  IsUuidValue,
  MEETING_INVITATIONS_PATH,
  MEETING_RESPONSES_PATH,
  RequiredText,
  UPCOMING_MEETING_INVITATIONS_PATH,
  checkInput,
  type UpcomingInvitationDto,
  type MeetingInvitationsRequestDto,
  type MeetingInvitationsResponseDto,
  type MeetingResponseDto,
  type RouteHandler,
} from '@icp/shared';
import type { CmServices } from '../kernel/context';
import { parseJson, verifyServiceCaller } from '../kernel/service-auth';
import { MAX_SUBSTITUTE_NAME } from './meeting.inputs';

const MAX_IDS = 200;

/** The bodies, as the input rules check and normalise them (ids lower-cased, names trimmed). */
class MeetingInvitationsBody implements MeetingInvitationsRequestDto {
  @IsUuidValue({ each: true, message: 'meetingIds must be UUIDs' })
  meetingIds!: string[];
}

class MeetingResponseBody implements MeetingResponseDto {
  @IsUuidValue()
  meetingId!: string;

  response!: MeetingResponseDto['response'];

  @ValidateIf((b: MeetingResponseBody) => b.response === 'SUBSTITUTE')
  @RequiredText(MAX_SUBSTITUTE_NAME)
  substituteName?: string;

  reportSubmitted?: boolean;
  phoneFollowUpAt?: string;
}

const isInvitationsRequest = (v: unknown): v is MeetingInvitationsRequestDto =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as MeetingInvitationsRequestDto).meetingIds) &&
  (v as MeetingInvitationsRequestDto).meetingIds.length <= MAX_IDS &&
  (v as MeetingInvitationsRequestDto).meetingIds.every((id) => typeof id === 'string');

const isResponse = (v: unknown): v is MeetingResponseDto => {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.meetingId === 'string' &&
    typeof r.response === 'string' &&
    (r.substituteName === undefined || typeof r.substituteName === 'string') &&
    (r.reportSubmitted === undefined || typeof r.reportSubmitted === 'boolean') &&
    (r.phoneFollowUpAt === undefined || typeof r.phoneFollowUpAt === 'string')
  );
};

/**
 * An invited agency's server reads which meetings it is invited to, and answers its own
 * invitation (attending, apologies with a report and its phone follow-up, a substitute).
 */
export function meetingInternalRoutes(services: CmServices): Record<string, RouteHandler> {
  return {
    [MEETING_INVITATIONS_PATH]: async (req, body): Promise<MeetingInvitationsResponseDto> => {
      const caller = await verifyServiceCaller(req, body, services);
      const dto = checkInput(MeetingInvitationsBody, parseJson(body, isInvitationsRequest));
      return {
        meetings: await services.meetingAttendance.invitedMeetings(
          caller.callerAgencyCode,
          dto.meetingIds,
        ),
      };
    },
    /** Coming meetings (not cancelled) whose invitations were sent to the caller: for its key workers' caseloads. */
    [UPCOMING_MEETING_INVITATIONS_PATH]: async (
      req,
      body,
    ): Promise<{ invitations: UpcomingInvitationDto[] }> => {
      const caller = await verifyServiceCaller(req, body, services);
      const rows: {
        meeting_id: string;
        service_user_id: string;
        reason: string;
        scheduled_for: Date;
        place: string;
        key_worker_id: string | null;
        response: string;
        report_received_at: Date | null;
      }[] = await services.dataSource.query(
        `SELECT m.id AS meeting_id, m.service_user_id, m.reason, m.scheduled_for, m.place, i.key_worker_id, i.response,
                i.report_received_at
           FROM meeting_invitation i JOIN care_meeting m ON m.id = i.meeting_id
          WHERE i.agency_code = $1 AND i.sent_at IS NOT NULL
            AND m.status IN ('SCHEDULED', 'MINUTES_DRAFT')
            AND m.scheduled_for > now() - interval '1 day'
          ORDER BY m.scheduled_for
          LIMIT 500`,
        [caller.callerAgencyCode],
      );
      return {
        invitations: rows.map((r) => ({
          meetingId: r.meeting_id,
          serviceUserId: r.service_user_id,
          reason: r.reason,
          scheduledFor: new Date(r.scheduled_for).toISOString(),
          place: r.place,
          keyWorkerId: r.key_worker_id,
          response: r.response,
          reportReceived: r.report_received_at !== null,
        })),
      };
    },
    [MEETING_RESPONSES_PATH]: async (req, body) => {
      const caller = await verifyServiceCaller(req, body, services);
      const dto = checkInput(MeetingResponseBody, parseJson(body, isResponse));
      const inv = await services.meetingAttendance.respondFromAgency(
        caller.identity,
        caller.callerAgencyCode,
        dto,
      );
      return {
        meetingId: inv.meetingId,
        agencyCode: inv.agencyCode,
        response: inv.response,
        reportReceived: inv.reportReceivedAt !== null,
        phoneFollowUpDone: inv.phoneFollowUpAt !== null,
      };
    },
  };
}
