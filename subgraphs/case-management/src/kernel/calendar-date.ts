import { BadInputError, calendarDateMessage, isCalendarDate } from '@icp/shared';

/**
 * A YYYY-MM-DD calendar date a domain rule relies on (a plan's next review, a goal's target
 * date), refusing impossible ones (2025-02-30) as the input rule IsCalendarDate does. Inputs are
 * checked by that rule before they reach a service; this guards the rules themselves.
 */
export function parseDate(value: string, field: string): string {
  if (!isCalendarDate(value)) throw new BadInputError(calendarDateMessage(field), { field });
  return value;
}
