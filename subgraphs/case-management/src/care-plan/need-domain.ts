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
registerEnumType(NeedDomain, { name: 'NeedDomain' });
// The GraphQL enum and the shared list of domains (@icp/shared, NEED_DOMAINS) must not drift apart.
const _domainCheck: Record<NeedDomainName, NeedDomain> = NeedDomain;
const _categoryCheck: Readonly<Record<NeedDomain, ConsentCategory>> = CATEGORY_OF_DOMAIN;
void _domainCheck;
void _categoryCheck;
