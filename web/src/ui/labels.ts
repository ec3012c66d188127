/** Enum values in words, for people. */
const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');

const CATEGORY: Record<string, string> = {
  IDENTITY: 'identity',
  CARE_PLAN_SUMMARY: 'care plan summary',
  PHYSICAL_HEALTH: 'physical health',
  MENTAL_HEALTH: 'mental health',
  SUBSTANCE_USE: 'substance use and treatment',
  HOUSING_AND_SOCIAL: 'housing and social',
  LEGAL_AND_JUSTICE: 'legal and justice',
  MEETING_RECORDS: 'meeting records',
  UNCATEGORISED: 'records only their holders read',
};

export const categoryLabel = (c: string | null | undefined) => (c ? (CATEGORY[c] ?? words(c)) : '');

/** Any other enum value (a status, a domain, a role): lower case, spaces for underscores. */
export const label = (value: string | null | undefined) => (value ? words(value) : '');

export const capitalised = (value: string | null | undefined) => {
  const w = label(value);
  return w.charAt(0).toUpperCase() + w.slice(1);
};

const dateFormat = new Intl.DateTimeFormat('en-IE', { dateStyle: 'medium' });
const timeFormat = new Intl.DateTimeFormat('en-IE', { dateStyle: 'medium', timeStyle: 'short' });

/** A date (YYYY-MM-DD) or an instant, in words; "" for none. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  return Number.isNaN(d.getTime()) ? value : dateFormat.format(d);
}

export function formatTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : timeFormat.format(d);
}
