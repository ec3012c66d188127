/**
 * Why a service user lets an agency read their information (FHIR Consent `provision.purpose`).
 * A consent names one purpose; a read has a purpose of use, and a consent counts for a read only
 * when its purpose covers that use (ADR 0016).
 */
export const CONSENT_PURPOSES = [
  /** Given at intake so the lead agency's case manager can hold the plan; covers coordination. */
  'CASE_MANAGEMENT',
  /** Working together on the shared care plan; covers referrals made under it too. */
  'CARE_COORDINATION',
  /** Passing information on for one referral only: read through the referral, nowhere else. */
  'REFERRAL',
] as const;

export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * What a read is for, taken from where it happens: a field reached through a referral is read
 * for the referral; everything else is read for coordinating care.
 */
export type PurposeOfUse = 'CARE_COORDINATION' | 'REFERRAL';

const COVERS: Record<ConsentPurpose, readonly PurposeOfUse[]> = {
  CASE_MANAGEMENT: ['CARE_COORDINATION', 'REFERRAL'],
  CARE_COORDINATION: ['CARE_COORDINATION', 'REFERRAL'],
  REFERRAL: ['REFERRAL'],
};

export function isConsentPurpose(value: unknown): value is ConsentPurpose {
  return typeof value === 'string' && (CONSENT_PURPOSES as readonly string[]).includes(value);
}

/** Whether a consent given for `purpose` allows a read for `use`. Unknown purposes allow nothing. */
export function purposeCovers(purpose: string | undefined, use: PurposeOfUse): boolean {
  return isConsentPurpose(purpose) && COVERS[purpose].includes(use);
}
