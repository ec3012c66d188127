import type { ConsentCategory } from './consent-category';

/**
 * The domains of need (ADR 0009): the NDRF care plan's physical, psychological, social and legal
 * needs, and substance use as its own domain because it is its own consent category and carries
 * the re-disclosure notice. case-management's NeedDomain GraphQL enum has exactly these values.
 */
export const NEED_DOMAINS = [
  'PHYSICAL',
  'PSYCHOLOGICAL',
  'SOCIAL',
  'LEGAL',
  'SUBSTANCE_USE',
] as const;

export type NeedDomainName = (typeof NEED_DOMAINS)[number];

/**
 * What kind of information a record of each domain of need is, for consent: a need's description
 * in case-management, and an action's delivery notes in each agency. One mapping for every subgraph.
 */
export const CATEGORY_OF_DOMAIN: Readonly<Record<NeedDomainName, ConsentCategory>> = {
  PHYSICAL: 'PHYSICAL_HEALTH',
  PSYCHOLOGICAL: 'MENTAL_HEALTH',
  SOCIAL: 'HOUSING_AND_SOCIAL',
  LEGAL: 'LEGAL_AND_JUSTICE',
  SUBSTANCE_USE: 'SUBSTANCE_USE',
};

/**
 * The category of a domain, or undefined for no domain or one this instance does not know (an
 * agency running an older build than a newer case-management): then the record is uncategorised,
 * which only its holder reads.
 */
export function categoryOfDomain(domain: string | null | undefined): ConsentCategory | undefined {
  return domain && Object.hasOwn(CATEGORY_OF_DOMAIN, domain)
    ? CATEGORY_OF_DOMAIN[domain as NeedDomainName]
    : undefined;
}
