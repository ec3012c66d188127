/** The kinds of service in the National Drug Rehabilitation Framework's interagency work. */
export const AGENCY_KINDS = [
  'DRUG_AND_ALCOHOL',
  'HOMELESS',
  'PRISON',
  'PROBATION',
  'SOCIAL_WORK',
  'GP',
  'MENTAL_HEALTH',
  'HSE_METHADONE',
  'OTHER',
] as const;

export type AgencyKind = (typeof AGENCY_KINDS)[number];
