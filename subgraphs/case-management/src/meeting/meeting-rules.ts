import { ForbiddenError, isCirculationLate, today, type Identity, type Role } from '@icp/shared';
import type { Meeting } from './meeting.entity';

/** The longest free text a meeting record field takes. */
export const MAX_TEXT = 4000;

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

/** Whether the meeting's outcome is (or was) circulated later than 2 working days after it. */
export const outcomeCirculationLate = (
  m: Pick<Meeting, 'scheduledFor' | 'circulatedAt'>,
  now = new Date(),
): boolean =>
  m.scheduledFor <= now &&
  isCirculationLate(meetingDate(m), m.circulatedAt ? today(m.circulatedAt) : null, today(now));
