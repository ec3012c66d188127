/**
 * What the case feature needs from features above it, as ports they implement (the case module
 * wires them), so that the dependency points up the layers only at start-up, never by import.
 */

/** Consent to case management: a lead agency holds the person's record only with their say-so. */
export interface CaseManagementConsent {
  /**
   * CONSENT_REQUIRED unless the service user's consent to case management by `agencyCode` is in
   * force; the consent row is held FOR SHARE in the caller's transaction.
   */
  requireCaseManagement(serviceUserId: string, agencyCode: string): Promise<void>;
}

/** Whether an agency other than the lead takes part in a case (the care plan knows). */
export interface CaseInvolvement {
  /** Whether `agencyCode` is responsible for an action on the case's plan. */
  hasPlanAction(caseId: string, agencyCode: string): Promise<boolean>;
}

/** Who is being registered, as the duplicate check compares them. */
export interface PersonToRegister {
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD, or null when not known. */
  dateOfBirth: string | null;
}

/** People already registered who are likely the one being registered (service-user search). */
export interface LikelyDuplicates {
  /**
   * The ids of the people `agencyCode` may already see who are likely `person` (never anyone
   * else); in the caller's transaction, serialised with other registrations of the same names.
   */
  likelyDuplicates(agencyCode: string, person: PersonToRegister): Promise<string[]>;
}
