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

/**
 * What each category covers, in words a service user is read at consent time and a preview shows.
 * The field-by-field list is in docs/security.md ("Assets").
 */
export const CATEGORY_DESCRIPTIONS: Record<ConsentCategory, string> = {
  IDENTITY: 'Your name, date of birth and phone number.',
  CARE_PLAN_SUMMARY:
    'That you have a care plan and who is involved: cases, case managers, goals, agreed actions ' +
    'and their progress, review dates, referrals, meetings held, escalations, and these consents.',
  PHYSICAL_HEALTH: 'Physical health needs, and notes on actions for them.',
  MENTAL_HEALTH: 'Mental health and psychological needs, and notes on actions for them.',
  SUBSTANCE_USE:
    'Drug and alcohol use and its treatment, including methadone or other opioid substitution, ' +
    'and notes on actions for them. Protected from re-disclosure.',
  HOUSING_AND_SOCIAL: 'Housing, family, income and other social needs, and notes on actions.',
  LEGAL_AND_JUSTICE: 'Court, probation, prison and other legal matters, and notes on actions.',
  MEETING_RECORDS:
    'What is said and written for and at care plan meetings: minutes, written reports, decisions.',
};
