import { registerEnumType } from 'type-graphql';
import type { ConsentCategory } from '@icp/shared';

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

/** What kind of information a record of this domain is, for consent. */
export const CATEGORY_OF_DOMAIN: Record<NeedDomain, ConsentCategory> = {
  PHYSICAL: 'PHYSICAL_HEALTH',
  PSYCHOLOGICAL: 'MENTAL_HEALTH',
  SOCIAL: 'HOUSING_AND_SOCIAL',
  LEGAL: 'LEGAL_AND_JUSTICE',
  SUBSTANCE_USE: 'SUBSTANCE_USE',
};
