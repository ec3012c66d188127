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

/**
 * The kinds of agency whose staff may open emergency ("break-glass") access by default: the
 * health and care services, who act when a life is at risk (ADR 0027). The operator changes it
 * for one agency with `emergencyAccess` in its directory entry.
 */
export const EMERGENCY_ACCESS_KINDS: readonly AgencyKind[] = [
  'DRUG_AND_ALCOHOL',
  'HSE_METHADONE',
  'GP',
  'MENTAL_HEALTH',
  'HOMELESS',
  'SOCIAL_WORK',
];
