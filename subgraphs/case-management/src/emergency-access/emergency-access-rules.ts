import { addWorkingDays, today, type Identity } from '@icp/shared';
import type { EmergencyAccess } from './emergency-access.entity';

/**
 * The bounds on break-glass that are rules rather than queries (ADR 0027): when an access must be
 * reviewed by, and when it is put before the rehabilitation co-ordinators.
 */

/** The lead agency reviews an access within this many working days of its start. */
export const REVIEW_WORKING_DAYS = 5;

/** A user who opens emergency access to a second person within this window is flagged. */
export const SECOND_PERSON_WINDOW_HOURS = 24;

/** The role that oversees break-glass across the federation: flags and late reviews. */
export const OVERSEER_ROLE = 'REHAB_COORDINATOR' as const;

type Timed = Pick<EmergencyAccess, 'startedAt' | 'reviewedAt'>;
type Flagged = Timed & Pick<EmergencyAccess, 'flag' | 'flagAcknowledgedAt'>;

/** The last day (YYYY-MM-DD, Irish time) on which the review is in time. */
export function reviewDueOn(a: Pick<EmergencyAccess, 'startedAt'>): string {
  return addWorkingDays(today(a.startedAt), REVIEW_WORKING_DAYS);
}

/**
 * Whether the review was (or, not yet reviewed, now is) late: reviewed after its due day, or not
 * reviewed once that day has passed.
 */
export function isReviewLate(a: Timed, now = new Date()): boolean {
  return today(a.reviewedAt ?? now) > reviewDueOn(a);
}

/** On the co-ordinators' list now: a flag not yet acknowledged, or a review overdue. */
export function isOnCoordinatorList(a: Flagged, now = new Date()): boolean {
  return (
    (a.flag !== null && a.flagAcknowledgedAt === null) ||
    (a.reviewedAt === null && isReviewLate(a, now))
  );
}

/**
 * Whether the co-ordinators oversee this access: it was flagged, or its review was late. They
 * read it under their own agency (as a Gaps and Blocks form addressed to them), before and after
 * they act on it; never the person's record itself, which stays under consent.
 */
export function isOverseenAccess(a: Flagged, now = new Date()): boolean {
  return a.flag !== null || isReviewLate(a, now);
}

export const isOverseer = (identity: Identity): boolean => identity.roles.includes(OVERSEER_ROLE);
