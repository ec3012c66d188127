import {
  BadInputError,
  DomainError,
  FieldFailures,
  calendarDateMessage,
  isCalendarDate,
  today,
  type FieldFailure,
} from '@icp/shared';
import { parseDate } from '../kernel/calendar-date';

/** Plans are reviewed at least every three months (NDRF). */
export const REVIEW_INTERVAL_MONTHS = 3;

/** Calendar dates are parsed by the kernel (every feature reads them the same way). */
export { parseDate };

/** `date` plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The latest allowed next review after a review on `lastReviewedOn`. */
export const latestNextReview = (lastReviewedOn: string) =>
  addMonths(lastReviewedOn, REVIEW_INTERVAL_MONTHS);

export class ReviewTooLateError extends DomainError {
  constructor(latest: string) {
    super(
      'REVIEW_TOO_LATE',
      `The next review must be no later than ${latest}: plans are reviewed at least every 3 months`,
      {
        field: 'nextReviewOn',
        reason: latest,
      },
    );
  }
}

/** Checks a next review date: after the last review, and within three months of it. */
export function checkNextReview(nextReviewOn: string, lastReviewedOn: string): void {
  parseDate(nextReviewOn, 'nextReviewOn');
  if (nextReviewOn <= lastReviewedOn) {
    throw new BadInputError('The next review must come after the last review', {
      field: 'nextReviewOn',
    });
  }
  const latest = latestNextReview(lastReviewedOn);
  if (nextReviewOn > latest) throw new ReviewTooLateError(latest);
}

export interface SmartGoalFields {
  statement: string;
  measure: string;
  achievability: string;
  targetDate: string;
}

const MIN_STATEMENT = 10;

/**
 * SMART validation: a specific statement, a measure, why it is achievable and realistic, and a
 * target date that is in the future when it is set. Every field that fails, each with its
 * message, so that one answer names them all.
 */
export function smartGoalFailures(
  goal: SmartGoalFields,
  targetDateIsNew: boolean,
  now = today(),
): FieldFailure[] {
  const failures: FieldFailure[] = [];
  const text = (field: keyof SmartGoalFields, min: number, what: string) => {
    const v = goal[field].trim();
    if (v.length < min) failures.push({ field, message: `A SMART goal needs ${what}` });
    else if (v.length > 2000)
      failures.push({ field, message: `${field} is longer than 2000 characters` });
  };
  text('statement', MIN_STATEMENT, `a specific statement of at least ${MIN_STATEMENT} characters`);
  text('measure', 3, 'a measure: how progress will be known');
  text('achievability', 3, 'why the goal is achievable and realistic');
  if (!isCalendarDate(goal.targetDate)) {
    failures.push({ field: 'targetDate', message: calendarDateMessage('targetDate') });
  } else if (targetDateIsNew && goal.targetDate <= now) {
    failures.push({
      field: 'targetDate',
      message: 'A goal is time-bound: its target date must be in the future when set',
    });
  }
  return failures;
}

/** SMART validation (smartGoalFailures): one BAD_USER_INPUT naming every field that fails. */
export function checkSmartGoal(
  goal: SmartGoalFields,
  targetDateIsNew: boolean,
  now = today(),
): void {
  new FieldFailures().addAll(smartGoalFailures(goal, targetDateIsNew, now)).throwIfAny();
}
