import {
  ForbiddenError,
  NotYetError,
  isCirculationLate,
  today,
  type Identity,
  type Role,
} from '@icp/shared';
import { MeetingReason, MeetingStatus, type Meeting } from './meeting.entity';

/** The longest free text a meeting record field takes. */
export const MAX_TEXT = 4000;

/** What each kind of meeting is called, in the plan's change summary and notifications. */
export const REASON_LABEL: Record<MeetingReason, string> = {
  [MeetingReason.REVIEW]: 'Care plan review meeting',
  [MeetingReason.REFERRAL]: 'Referral meeting',
  [MeetingReason.CASE_MANAGER_TRANSFER]: 'Transfer of case management meeting',
  [MeetingReason.SERVICE_USER_REQUEST]: 'Meeting requested by the service user',
  [MeetingReason.LEAD_AGENCY_DISPUTE]: 'Lead agency meeting',
  [MeetingReason.DIVERGENCE_OF_VIEWS]: 'Meeting on divergent views',
  [MeetingReason.CASE_CLOSURE]: 'Case closure meeting',
};

const IRISH_TIME = new Intl.DateTimeFormat('en-IE', {
  timeZone: 'Europe/Dublin',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** A meeting's date and time as people in Ireland read it: "10 Dec 2026, 14:00". */
export const meetingTime = (at: Date): string => IRISH_TIME.format(at);

const STAFF_ROLES: readonly Role[] = ['CASE_MANAGER', 'KEY_WORKER', 'SUPERVISOR'];

/** Staff of the invited agency answer for it and acknowledge its outcome; FORBIDDEN otherwise. */
export function requireStaffOf(identity: Identity, agencyCode: string, doing: string): void {
  if (identity.agencyCode !== agencyCode || !STAFF_ROLES.some((r) => identity.roles.includes(r))) {
    throw new ForbiddenError(`Only staff of ${agencyCode} can ${doing}`, {
      reason: 'NOT_INVITED_AGENCY',
    });
  }
}

/** The calendar date (Irish time) a meeting is held on. */
export const meetingDate = (m: Pick<Meeting, 'scheduledFor'>): string => today(m.scheduledFor);

/**
 * Whether the meeting's outcome is (or was) circulated later than 2 working days after it; a
 * cancelled meeting has no outcome.
 */
export const outcomeCirculationLate = (
  m: Pick<Meeting, 'scheduledFor' | 'circulatedAt' | 'status'>,
  now = new Date(),
): boolean =>
  m.status !== MeetingStatus.CANCELLED &&
  m.scheduledFor <= now &&
  isCirculationLate(meetingDate(m), m.circulatedAt ? today(m.circulatedAt) : null, today(now));

/**
 * A meeting is recorded once it has started: minutes, and the review date and plan version its
 * outcome makes, never precede it. INVALID_TRANSITION (reason MEETING_NOT_STARTED) before then.
 */
export function requireStarted(
  mt: Pick<Meeting, 'scheduledFor' | 'status'>,
  to: MeetingStatus,
  now = new Date(),
): void {
  if (mt.scheduledFor.getTime() > now.getTime()) {
    throw new NotYetError(
      'Meeting',
      mt.status,
      to,
      `The meeting starts at ${mt.scheduledFor.toISOString()}: it cannot be ${
        to === MeetingStatus.FINALISED ? 'finalised' : 'minuted'
      } before it starts`,
      'MEETING_NOT_STARTED',
    );
  }
}
