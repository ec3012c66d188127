import type { ConsentCategory } from '@icp/shared';

/**
 * A field's description that says how consent withholds it (issue 15): what the field is, then
 * its category. The field carries `@consent(category: …)` with the same category.
 */
export function underConsent(category: ConsentCategory, description: string): string {
  const what = description.trim();
  return `${what}${what ? ' ' : ''}Consent category ${category}: null with CONSENT_REQUIRED when not shared.`;
}

/** The plan-summary category's description: scheduling metadata, status, who and when. */
export const summaryField = (description: string): string =>
  underConsent('CARE_PLAN_SUMMARY', description);
