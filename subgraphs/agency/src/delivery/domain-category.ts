import type { ConsentCategory } from '@icp/shared';

/**
 * The consent category of information about an action of each domain of need. Mirrors
 * case-management's CATEGORY_OF_DOMAIN (subgraphs/case-management/src/care-plan/need-domain.ts,
 * ADR 0009): the agency subgraph is deployed by each agency on its own and does not import
 * case-management, so the mapping is repeated here; change both together.
 */
const CATEGORY_OF_DOMAIN: Readonly<Record<string, ConsentCategory>> = {
  PHYSICAL: 'PHYSICAL_HEALTH',
  PSYCHOLOGICAL: 'MENTAL_HEALTH',
  SOCIAL: 'HOUSING_AND_SOCIAL',
  LEGAL: 'LEGAL_AND_JUSTICE',
  SUBSTANCE_USE: 'SUBSTANCE_USE',
};

/**
 * The category of a domain, or undefined for no domain or one this instance does not know (a
 * newer case-management): then the record is uncategorised, which only its holder reads.
 */
export function categoryOfDomain(domain: string | null | undefined): ConsentCategory | undefined {
  return domain && Object.hasOwn(CATEGORY_OF_DOMAIN, domain)
    ? CATEGORY_OF_DOMAIN[domain]
    : undefined;
}
