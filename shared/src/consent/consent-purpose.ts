/**
 * Why a service user lets an agency read their information (FHIR Consent `provision.purpose`).
 * A consent names one purpose; a read has a purpose of use, and a consent counts for a read only
 * when its purpose covers that use (ADR 0026, which supersedes ADR 0016).
 */
export const CONSENT_PURPOSES = [
  /** Given at intake so the lead agency's case manager can hold the plan; covers coordination. */
  'CASE_MANAGEMENT',
  /** Working together on the shared care plan; covers referrals made under it too. */
  'CARE_COORDINATION',
  /** Passing information on for one referral only: the referral itself, nothing reached from it. */
  'REFERRAL',
] as const;

export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * What a read is for. `REFERRAL`: the agency a referral is addressed to reads that referral (see
 * {@link READ_FOR_REFERRAL}); every other read is for coordinating care.
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

/**
 * What a referral opens to the agency it is addressed to, by GraphQL type (ADR 0026): the
 * referral and its history (every field), and who the person referred is (the person's scalar
 * fields: name, date of birth, phone, pseudonymous id). Nothing else is read for a referral: a
 * field of any other type, or a field of the person that leads to another record (their cases,
 * consents, disputes), is read for coordinating care, whichever path reached it.
 */
export const READ_FOR_REFERRAL: Readonly<Record<string, 'EVERY_FIELD' | 'SCALAR_FIELDS'>> = {
  Referral: 'EVERY_FIELD',
  ReferralEvent: 'EVERY_FIELD',
  ServiceUser: 'SCALAR_FIELDS',
};

/** What the purpose-of-use rule needs to know of a record's consent subject. */
export interface ReadForSubject {
  /**
   * Set by the record's subject resolver when the reader is the agency a referral is addressed
   * to and the record is that referral, its history, or the person referred (as reached from it).
   */
  readFor?: 'REFERRAL';
}

/**
 * The one rule, in every subgraph, for what a read of `typeName.field` is for: `REFERRAL` when
 * the record is read for a referral addressed to the reader and {@link READ_FOR_REFERRAL} opens
 * that field; else `CARE_COORDINATION`. It looks only at the record being read, never at the
 * path that reached it (response keys can be aliased; an entity fetched by another subgraph has
 * no path), so case-management and the agency subgraphs decide alike.
 */
export function purposeOfUse(
  subject: ReadForSubject,
  typeName: string,
  field: { scalar: boolean },
): PurposeOfUse {
  if (subject.readFor !== 'REFERRAL') return 'CARE_COORDINATION';
  const opens = READ_FOR_REFERRAL[typeName];
  if (opens === 'EVERY_FIELD' || (opens === 'SCALAR_FIELDS' && field.scalar)) return 'REFERRAL';
  return 'CARE_COORDINATION';
}

const reachedFromReferral = new WeakSet<object>();

/**
 * A copy of `record` (the person a referral is about) marked as reached from a referral
 * addressed to the reader, so its subject resolver can say `readFor: 'REFERRAL'`. A copy, so the
 * same record reached by any other path in the request is not marked.
 */
export function asReachedFromReferral<T extends object>(record: T): T {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(record) as object) as T, record);
  reachedFromReferral.add(copy);
  return copy;
}

/** Whether `record` was reached from a referral addressed to the reader. */
export function isReachedFromReferral(record: unknown): boolean {
  return typeof record === 'object' && record !== null && reachedFromReferral.has(record);
}
