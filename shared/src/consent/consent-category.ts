/**
 * The controlled list of information categories a service user consents to share. Every field
 * that carries data about a service user is tagged with exactly one of these.
 */
export const CONSENT_CATEGORIES = [
  /** Name, date of birth, contact details. */
  'IDENTITY',
  /** That a plan exists, its goals, actions, review dates and who is involved. */
  'CARE_PLAN_SUMMARY',
  'PHYSICAL_HEALTH',
  'MENTAL_HEALTH',
  /** Substance use and its treatment, including opioid substitution (42 CFR Part 2 data). */
  'SUBSTANCE_USE',
  'HOUSING_AND_SOCIAL',
  'LEGAL_AND_JUSTICE',
  /** Interagency care plan meeting records, minutes and written reports. */
  'MEETING_RECORDS',
] as const;

export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export function isConsentCategory(value: unknown): value is ConsentCategory {
  return typeof value === 'string' && (CONSENT_CATEGORIES as readonly string[]).includes(value);
}
