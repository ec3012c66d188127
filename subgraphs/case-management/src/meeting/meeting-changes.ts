import type { EntityManager } from 'typeorm';
import { BadInputError, InvalidTransitionError, type Identity } from '@icp/shared';
import { type Meeting, MeetingInvitation, MeetingStatus } from './meeting.entity';
import type { CancelMeetingArgs, RescheduleMeetingInput } from './meeting.inputs';
import { REASON_LABEL, meetingTime } from './meeting-rules';
import type { MeetingRecords } from './meeting-records';
import { NotificationKind, type NotificationService } from '../notification/notification.service';

/** "Care plan review meeting" as it reads inside a sentence. */
const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/**
 * Changes to a meeting not yet held, by its case manager: moving it (new time or place) and
 * calling it off with a reason. Either way the invited agencies are told, in the same
 * transaction (issue 14, point 1).
 */
export class MeetingChanges {
  constructor(
    private readonly records: MeetingRecords,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Moves a meeting not yet held to a new time (still to come) or place. The invitations already
   * sent are sent again; a new time resets every invited agency's answer to PENDING (a report
   * received and its phone follow-up stay). The agencies sent an invitation are told.
   */
  async reschedule(identity: Identity, input: RescheduleMeetingInput): Promise<Meeting> {
    const to = input.scheduledFor ?? null;
    if (to && to.getTime() <= Date.now()) {
      throw new BadInputError('A meeting is moved to a time still to come', {
        field: 'scheduledFor',
      });
    }
    return this.records.openForCaseManager(
      identity,
      input.meetingId,
      'reschedule the meeting',
      async (m, mt) => {
        if (mt.status !== MeetingStatus.SCHEDULED) {
          throw new InvalidTransitionError('Meeting', mt.status, 'RESCHEDULED');
        }
        const scheduledFor = to ?? mt.scheduledFor;
        const place = input.place ?? mt.place;
        const timeChanged = scheduledFor.getTime() !== mt.scheduledFor.getTime();
        if (!timeChanged && place === mt.place) {
          throw new BadInputError('Give the meeting a new scheduledFor or place', {
            field: 'scheduledFor',
          });
        }
        // Who was sent the invitation, and who answered, before the answers are reset.
        const told = (await m.getRepository(MeetingInvitation).findBy({ meetingId: mt.id })).filter(
          (i) => i.sentAt !== null,
        );
        await this.records.guarded(
          m,
          mt,
          `scheduled_for = $2, place = $3, rescheduled_at = now(),
           invitations_sent_at = CASE WHEN invitations_sent_at IS NULL THEN NULL ELSE now() END`,
          [scheduledFor, place],
        );
        await m.query(
          `UPDATE meeting_invitation SET sent_at = now() WHERE meeting_id = $1 AND sent_at IS NOT NULL`,
          [mt.id],
        );
        if (timeChanged) {
          await m.query(
            `UPDATE meeting_invitation SET response = 'PENDING', substitute_name = NULL,
               response_note = NULL, responded_by = NULL, responded_at = NULL
             WHERE meeting_id = $1`,
            [mt.id],
          );
        }
        const what = `${REASON_LABEL[mt.reason]} set for ${meetingTime(mt.scheduledFor)}`;
        await this.tellInvitees(
          m,
          identity,
          mt,
          told,
          NotificationKind.MEETING_RESCHEDULED,
          timeChanged
            ? `The ${lower(what)} has moved to ${meetingTime(scheduledFor)} (${place}): please answer the invitation again`
            : `The ${lower(what)} is now at ${place}`,
        );
      },
    );
  }

  /**
   * Calls off a meeting not yet held, with a reason: CANCELLED, after which nothing more is
   * recorded on it. The agencies sent an invitation are told why.
   */
  cancel(identity: Identity, input: CancelMeetingArgs): Promise<Meeting> {
    return this.records.openForCaseManager(
      identity,
      input.meetingId,
      'cancel the meeting',
      async (m, mt) => {
        if (mt.status !== MeetingStatus.SCHEDULED) {
          throw new InvalidTransitionError('Meeting', mt.status, MeetingStatus.CANCELLED);
        }
        await this.records.guarded(
          m,
          mt,
          `status = 'CANCELLED', cancelled_at = now(), cancelled_by = $2, cancellation_reason = $3`,
          [identity.userId, input.reason],
        );
        const told = (await m.getRepository(MeetingInvitation).findBy({ meetingId: mt.id })).filter(
          (i) => i.sentAt !== null,
        );
        await this.tellInvitees(
          m,
          identity,
          mt,
          told,
          NotificationKind.MEETING_CANCELLED,
          `The ${lower(REASON_LABEL[mt.reason])} set for ${meetingTime(mt.scheduledFor)} was cancelled: ${input.reason}`,
        );
      },
    );
  }

  /**
   * Tells each invited agency, in the caller's transaction: the key worker invited by name and
   * whoever answered for the agency; an agency with neither, every one of its staff (except the
   * chair's own agency, whose chair is the one changing the meeting).
   */
  private async tellInvitees(
    m: EntityManager,
    identity: Identity,
    mt: Meeting,
    invitations: MeetingInvitation[],
    kind: NotificationKind,
    message: string,
  ): Promise<void> {
    for (const inv of invitations) {
      const own = inv.agencyCode === identity.agencyCode;
      const users = new Set(
        [inv.keyWorkerId, inv.respondedBy].filter(
          (u): u is string => u !== null && !(own && u === identity.userId),
        ),
      );
      const recipients: (string | null)[] = users.size > 0 ? [...users] : own ? [] : [null];
      for (const recipientUserId of recipients) {
        await this.notifications.notify(m, {
          caseId: mt.caseId,
          recipientAgencyCode: inv.agencyCode,
          recipientUserId,
          kind,
          message,
        });
      }
    }
  }
}
