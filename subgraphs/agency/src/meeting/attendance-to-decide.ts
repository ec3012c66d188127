import type { EntityManager } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';
import { ConnectionOf, consent, type CursorKey, type UpcomingInvitationDto } from '@icp/shared';
import { AttendanceRequestStatus, MeetingAttendanceRequest } from './meeting-work.entity';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const HOLDER = 'Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.';

/**
 * A pending request of one of the supervisor's key workers, with the meeting as the agency's
 * invitation to it says (case-management's list of the coming meetings the agency is invited to).
 */
@ObjectType('AttendanceRequestToDecide', {
  description:
    "A request to attend a care plan meeting, by a key worker you supervise, waiting for your decision (decideMeetingAttendance), with the meeting as your agency's invitation says. Held by your agency.",
})
export class AttendanceRequestToDecide {
  serviceUserId!: string;

  @Field(() => MeetingAttendanceRequest, {
    nullable: true,
    description: `The request: its id (decideMeetingAttendance's requestId), the key worker who asks, their note and when they asked. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  request!: MeetingAttendanceRequest;

  @Field(() => String, {
    nullable: true,
    description: `Why the meeting is held, as the invitation says: a MeetingReason name (REVIEW, …). ${HOLDER}`,
  })
  @Directive(SUMMARY)
  meetingReason!: string;

  @Field(() => Date, {
    nullable: true,
    description: `When the meeting starts, as the invitation says. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  meetingAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: `Where the meeting is held, as the invitation says. ${HOLDER}`,
  })
  @Directive(SUMMARY)
  meetingPlace!: string | null;
}

@ObjectType('AttendanceRequestToDecideConnection', {
  description:
    'Requests to attend care plan meetings waiting for your decision, soonest meeting first (then the oldest request), a page at a time.',
})
export class AttendanceRequestToDecideConnection extends ConnectionOf(
  AttendanceRequestToDecide,
  'AttendanceRequestToDecide',
  { noun: 'request' },
) {}

/** Soonest meeting first, then the oldest request: the list's order and what its cursor holds. */
export const toDecideKey = (r: AttendanceRequestToDecide): CursorKey => [
  r.meetingAt.toISOString(),
  r.request.requestedAt.toISOString(),
  r.request.id,
];

/** A pending attendance request as the list of requests to decide reads it. */
interface PendingRow {
  id: string;
  meeting_id: string;
  service_user_id: string;
  key_worker_id: string;
  note: string | null;
  requested_at: Date;
  meeting_at: Date;
}

/**
 * The PENDING requests of the key workers whose staff record names `supervisorId` as their
 * supervisor, for the given meetings (the agency's coming invitations, by meeting id), in the
 * list's order (toDecideKey): after the key `after` when given, at most `limit`. A keyset query:
 * the meetings' times travel into SQL as arrays, so the order and the page are the database's.
 */
export async function pendingRequestsToDecide(
  manager: EntityManager,
  supervisorId: string,
  meetings: ReadonlyMap<string, UpcomingInvitationDto>,
  after: CursorKey | null,
  limit: number,
): Promise<AttendanceRequestToDecide[]> {
  if (meetings.size === 0) return [];
  const rows: PendingRow[] = await manager.query(
    `SELECT r.id, r.meeting_id, r.service_user_id, r.key_worker_id, r.note, r.requested_at,
            m.scheduled_for AS meeting_at
       FROM meeting_attendance_request r
       JOIN key_worker k ON k.id = r.key_worker_id
       JOIN unnest($2::uuid[], $3::timestamptz[]) AS m(meeting_id, scheduled_for)
         ON m.meeting_id = r.meeting_id
      WHERE r.status = 'PENDING' AND k.supervisor_id = $1
        AND ($4::timestamptz IS NULL
             OR (m.scheduled_for, r.requested_at, r.id) > ($4::timestamptz, $5::timestamptz, $6::uuid))
      ORDER BY m.scheduled_for, r.requested_at, r.id
      LIMIT $7`,
    [
      supervisorId,
      [...meetings.keys()],
      [...meetings.values()].map((i) => i.scheduledFor),
      after?.[0] ?? null,
      after?.[1] ?? null,
      after?.[2] ?? null,
      limit,
    ],
  );
  const repo = manager.getRepository(MeetingAttendanceRequest);
  return rows.map((r) =>
    Object.assign(new AttendanceRequestToDecide(), {
      serviceUserId: r.service_user_id,
      meetingReason: meetings.get(r.meeting_id)!.reason,
      meetingAt: new Date(r.meeting_at),
      meetingPlace: meetings.get(r.meeting_id)!.place ?? null,
      request: repo.create({
        id: r.id,
        meetingId: r.meeting_id,
        serviceUserId: r.service_user_id,
        keyWorkerId: r.key_worker_id,
        note: r.note,
        status: AttendanceRequestStatus.PENDING,
        requestedAt: new Date(r.requested_at),
        decidedBy: null,
        decidedAt: null,
        refusalReason: null,
      }),
    }),
  );
}
