import type { ConsentCategory } from '@icp/shared';

/*
 * Description sentences the schema repeats (issue 15: every element documented for a frontend
 * developer), written once so that they read the same everywhere.
 */

/** What a field under `@consent(category: X)` answers a reader it is not shared with. */
export function consentNote(category: ConsentCategory): string {
  return `Consent category ${category}: null with CONSENT_REQUIRED when not shared.`;
}

/** A field under `@consent(category: CARE_PLAN_SUMMARY)`: its text, then the consent sentence. */
export function summary(text: string): string {
  return `${text} ${consentNote('CARE_PLAN_SUMMARY')}`;
}

/** A field under `@consent(category: IDENTITY)`. */
export function identityField(text: string): string {
  return `${text} ${consentNote('IDENTITY')}`;
}

/** A field under `@consent` whose category is that of its record's need domain. */
export function byDomain(text: string): string {
  return (
    `${text} Consent category: that of the domain (PHYSICAL: PHYSICAL_HEALTH, PSYCHOLOGICAL: ` +
    'MENTAL_HEALTH, SOCIAL: HOUSING_AND_SOCIAL, LEGAL: LEGAL_AND_JUSTICE, SUBSTANCE_USE: ' +
    'SUBSTANCE_USE): null with CONSENT_REQUIRED when not shared.'
  );
}

/** The errors a mutation of the case manager's can end in, besides its own. */
export const CASE_MANAGER_ONLY =
  'FORBIDDEN (reason NOT_CASE_MANAGER) unless you are the case manager of the case';
