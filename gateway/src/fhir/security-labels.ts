/**
 * Security labels (`meta.security`) of exported resources (ADR 0041, docs/fhir.md): the consent
 * categories a resource's content belongs to, as the product's own codes; the HL7 sensitivity of
 * those with one (substance use `SUD`, behavioural health `BH`); one confidentiality code (HL7
 * v3 Confidentiality, `R` restricted for health and justice data, else `N`); and for substance
 * use the policy `42CFRPart2` and the obligation `NORDSCLCD` (no re-disclosure without the
 * person's consent), so that a receiver knows the re-disclosure rule (42 CFR Part 2 §2.32, as
 * `extensions.redisclosureNotice` says in the GraphQL API). A resource from which the caller's
 * consents withheld something also carries `REDACTED` (HL7 v3 ObservationValue).
 */
import type { Coding, Meta } from '@medplum/fhirtypes';
import { CATEGORY_DESCRIPTIONS, isConsentCategory, type ConsentCategory } from '@icp/shared';
import { HL7, ICP_SYSTEMS, coding } from './terminology';

const RESTRICTED: ReadonlySet<ConsentCategory> = new Set([
  'PHYSICAL_HEALTH',
  'MENTAL_HEALTH',
  'SUBSTANCE_USE',
  'LEGAL_AND_JUSTICE',
]);

const SENSITIVITY: Partial<Record<ConsentCategory, Coding>> = {
  SUBSTANCE_USE: coding(HL7.actCode, 'SUD', 'substance use disorder information sensitivity'),
  MENTAL_HEALTH: coding(HL7.actCode, 'BH', 'behavioral health information sensitivity'),
};

/** The labels every substance-use resource carries: the rule and what it obliges. */
export const SUBSTANCE_USE_RULE: readonly Coding[] = [
  coding(HL7.actCode, '42CFRPart2', '42 CFR Part2'),
  coding(HL7.actCode, 'NORDSCLCD', 'no redisclosure without consent directive'),
];

/** Marks a resource from which the caller's consents withheld elements or records. */
export const REDACTED = coding(HL7.observationValue, 'REDACTED', 'redacted');

/** The product's own label of one consent category. */
export function categoryLabel(category: ConsentCategory): Coding {
  return coding(
    ICP_SYSTEMS.consentCategory,
    category,
    CATEGORY_DESCRIPTIONS[category].split('.')[0],
  );
}

/** Known categories only, each once, in the order of the product's list. */
function known(categories: Iterable<string | null | undefined>): ConsentCategory[] {
  const seen = new Set<ConsentCategory>();
  for (const c of categories) if (isConsentCategory(c)) seen.add(c);
  return [...seen];
}

/**
 * The labels of a resource whose content belongs to `categories`: confidentiality first, then
 * each category, its sensitivity, and the substance-use rule; REDACTED when something was
 * withheld. No category (directory data: agencies and their staff) is `N` alone.
 */
export function securityLabels(
  categories: Iterable<string | null | undefined>,
  o: { redacted?: boolean } = {},
): Coding[] {
  const cats = known(categories);
  const restricted = cats.some((c) => RESTRICTED.has(c));
  const labels: Coding[] = [
    restricted
      ? coding(HL7.confidentiality, 'R', 'restricted')
      : coding(HL7.confidentiality, 'N', 'normal'),
  ];
  for (const c of cats) {
    labels.push(categoryLabel(c));
    const sensitivity = SENSITIVITY[c];
    if (sensitivity) labels.push(sensitivity);
  }
  if (cats.includes('SUBSTANCE_USE')) labels.push(...SUBSTANCE_USE_RULE);
  if (o.redacted) labels.push(REDACTED);
  return labels;
}

/** A resource's `meta`: its labels, and the plan version it was exported from. */
export function metaFor(
  categories: Iterable<string | null | undefined>,
  o: { redacted?: boolean; versionId?: string } = {},
): Meta {
  return {
    ...(o.versionId ? { versionId: o.versionId } : {}),
    security: securityLabels(categories, o),
  };
}

/** Every category a set of labels names (the product's codes). */
export function categoriesOf(labels: readonly Coding[] | undefined): ConsentCategory[] {
  return known(
    (labels ?? []).filter((l) => l.system === ICP_SYSTEMS.consentCategory).map((l) => l.code),
  );
}
