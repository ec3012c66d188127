import type { ConsentCategory, ConsentPurpose } from '../graphql/generated/graphql';
import { capitalised, categoryLabel } from '../ui/labels';

export const CATEGORIES: readonly ConsentCategory[] = [
  'IDENTITY',
  'CARE_PLAN_SUMMARY',
  'PHYSICAL_HEALTH',
  'MENTAL_HEALTH',
  'SUBSTANCE_USE',
  'HOUSING_AND_SOCIAL',
  'LEGAL_AND_JUSTICE',
  'MEETING_RECORDS',
];

export const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({
  id: c,
  name: capitalised(categoryLabel(c)),
}));

export const PURPOSE_OPTIONS: { id: ConsentPurpose; name: string }[] = [
  { id: 'CASE_MANAGEMENT', name: 'Case management' },
  { id: 'CARE_COORDINATION', name: 'Care co-ordination' },
  { id: 'REFERRAL', name: 'Referral' },
];
