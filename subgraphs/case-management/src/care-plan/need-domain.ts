import { registerEnumType } from 'type-graphql';
import { CATEGORY_OF_DOMAIN, type ConsentCategory, type NeedDomainName } from '@icp/shared';

/**
 * Domains of need. The NDRF care plan covers physical, psychological, social and legal needs;
 * substance use is its own domain here (ADR 0009) because it is its own consent category and
 * carries the re-disclosure notice.
 */
export enum NeedDomain {
  PHYSICAL = 'PHYSICAL',
  PSYCHOLOGICAL = 'PSYCHOLOGICAL',
  SOCIAL = 'SOCIAL',
  LEGAL = 'LEGAL',
  SUBSTANCE_USE = 'SUBSTANCE_USE',
}
registerEnumType(NeedDomain, {
  name: 'NeedDomain',
  description:
    'A domain of need. Each is a consent category too: what is said about a need (its description, the notes on an action) is shared only under consent to that category.',
  valuesConfig: {
    PHYSICAL: { description: 'Physical health (consent category PHYSICAL_HEALTH).' },
    PSYCHOLOGICAL: { description: 'Mental health (consent category MENTAL_HEALTH).' },
    SOCIAL: { description: 'Housing and social needs (consent category HOUSING_AND_SOCIAL).' },
    LEGAL: { description: 'Legal and justice needs (consent category LEGAL_AND_JUSTICE).' },
    SUBSTANCE_USE: {
      description:
        'Substance use and its treatment (consent category SUBSTANCE_USE; 42 CFR Part 2 data, shared with a re-disclosure notice).',
    },
  },
});
// The GraphQL enum and the shared list of domains (@icp/shared, NEED_DOMAINS) must not drift apart.
const _domainCheck: Record<NeedDomainName, NeedDomain> = NeedDomain;
const _categoryCheck: Readonly<Record<NeedDomain, ConsentCategory>> = CATEGORY_OF_DOMAIN;
void _domainCheck;
void _categoryCheck;
