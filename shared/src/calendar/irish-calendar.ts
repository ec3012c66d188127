/**
 * The Irish calendar the plan's dates are kept in: calendar dates as YYYY-MM-DD, in Europe/Dublin.
 * One definition for every subgraph, so that case-management and each agency agree on what day
 * it is (and so call the same action overdue).
 */

/** Today's date (YYYY-MM-DD) in Irish time. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Dublin' }).format(now);
}

/** `date` (YYYY-MM-DD) plus whole calendar days (minus, when negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
