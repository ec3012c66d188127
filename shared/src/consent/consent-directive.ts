import { CONSENT_CATEGORIES } from './consent-category';

/** The spec URL under which every subgraph links `@consent`; composition keeps it by this URL. */
export const CONSENT_SPEC_URL = 'https://specs.icp-federation.ie/consent/v1.0';

export const CONSENT_DIRECTIVE_NAME = 'consent';

/** SDL of the directive and its enum, identical in every subgraph (composition requires it). */
export const CONSENT_DIRECTIVE_SDL = `
"""
Marks a field that carries data about a service user. Any agency other than the one holding the
record reads it only under that service user's active consent for this category. Without a
category, the record's own category applies (a progress note is data of its action's domain).
"""
directive @consent(category: ConsentCategory) on FIELD_DEFINITION
`;

export const CONSENT_CATEGORY_ENUM_SDL = `
"""Categories of information a service user consents to share."""
enum ConsentCategory {
${CONSENT_CATEGORIES.map((c) => `  ${c}`).join('\n')}
}
`;

/**
 * The `@consent(category: X)` application, for type-graphql's `@Directive`. Without a category
 * (`@consent`), the type's subject resolver must give each record's category.
 */
export const consent = (category?: (typeof CONSENT_CATEGORIES)[number]) =>
  category ? `@consent(category: ${category})` : '@consent';
