/** Working days are Monday to Friday; weekends do not count (public holidays are not modelled). */
export const CIRCULATION_WORKING_DAYS = 2;

const isWeekend = (d: Date) => d.getUTCDay() === 0 || d.getUTCDay() === 6;

/** `date` (YYYY-MM-DD) plus `days` working days: Friday + 1 is Monday, Saturday + 1 is Monday. */
export function addWorkingDays(date: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a whole number >= 0');
  const d = new Date(`${date}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (!isWeekend(d)) left -= 1;
  }
  return d.toISOString().slice(0, 10);
}

/** `date` minus `days` working days (for tests and back-dated records). */
export function subtractWorkingDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() - 1);
    if (!isWeekend(d)) left -= 1;
  }
  return d.toISOString().slice(0, 10);
}

/** The last day on which a meeting's outcome is circulated in time: 2 working days after it. */
export const circulationDueOn = (meetingOn: string): string =>
  addWorkingDays(meetingOn, CIRCULATION_WORKING_DAYS);

/**
 * Whether a meeting's outcome was (or, not yet circulated, now is) circulated late: circulated
 * after its due day, or still not circulated once that day has passed. All dates YYYY-MM-DD.
 */
export function isCirculationLate(
  meetingOn: string,
  circulatedOn: string | null,
  todayOn: string,
): boolean {
  return (circulatedOn ?? todayOn) > circulationDueOn(meetingOn);
}
