import Holidays from 'date-holidays';

/**
 * Working days are Monday to Friday that are not Irish public holidays: those `date-holidays`
 * lists for Ireland as public (St Brigid's Day since 2023 included), and the substitute days it
 * gives for one falling on a weekend. Bank holidays that are not public holidays (Good Friday) and
 * observances are working days.
 */
export const CIRCULATION_WORKING_DAYS = 2;

const IRELAND = new Holidays('IE');
const publicHolidaysByYear = new Map<number, ReadonlySet<string>>();

/** The YYYY-MM-DD dates of Ireland's public holidays (and their substitute days) in a year. */
function publicHolidays(year: number): ReadonlySet<string> {
  let dates = publicHolidaysByYear.get(year);
  if (!dates) {
    dates = new Set(
      IRELAND.getHolidays(year)
        .filter((h) => h.type === 'public' || h.substitute === true)
        .map((h) => h.date.slice(0, 10)),
    );
    publicHolidaysByYear.set(year, dates);
  }
  return dates;
}

const isWorkingDay = (d: Date) =>
  d.getUTCDay() !== 0 &&
  d.getUTCDay() !== 6 &&
  !publicHolidays(d.getUTCFullYear()).has(d.toISOString().slice(0, 10));

/** `date` (YYYY-MM-DD) moved by `days` working days, forward (step 1) or back (step -1). */
function moveWorkingDays(date: string, days: number, step: 1 | -1): string {
  const d = new Date(`${date}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + step);
    if (isWorkingDay(d)) left -= 1;
  }
  return d.toISOString().slice(0, 10);
}

/**
 * `date` (YYYY-MM-DD) plus `days` working days: Friday + 1 is Monday, Saturday + 1 is Monday,
 * and a public holiday is passed over (Friday 30 Jan 2026 + 1 is Tuesday 3 Feb, after St Brigid's Day).
 */
export function addWorkingDays(date: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a whole number >= 0');
  return moveWorkingDays(date, days, 1);
}

/** `date` minus `days` working days (for tests and back-dated records). */
export function subtractWorkingDays(date: string, days: number): string {
  return moveWorkingDays(date, days, -1);
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
