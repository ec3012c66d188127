/**
 * Today's date in Ireland (YYYY-MM-DD), where the plan's due dates are set. Mirrors
 * case-management's today() (care-plan/plan-rules.ts) so that both call the same action overdue.
 */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Dublin' }).format(now);
}

/** Whole days from one YYYY-MM-DD date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
