import { BadInputError } from '@icp/shared';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a YYYY-MM-DD calendar date, refusing impossible ones (2025-02-30). */
export function parseDate(value: string, field: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new BadInputError(`${field} must be a date as YYYY-MM-DD`, { field });
  }
  return value;
}
