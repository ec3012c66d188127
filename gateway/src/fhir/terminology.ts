/**
 * The code systems the FHIR export uses (docs/fhir.md): HL7's where one has the concept, the
 * product's own (`urn:icp:...`, the systems the disclosure export already uses) where none does.
 */
import type { Coding } from '@medplum/fhirtypes';

export const HL7 = {
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  confidentiality: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
  observationValue: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  organizationType: 'http://terminology.hl7.org/CodeSystem/organization-type',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  loinc: 'http://loinc.org',
} as const;

/** The core extension that says why a required element has no value. */
export const DATA_ABSENT_REASON_URL = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

const ICP = 'urn:icp';

/** The product's own code systems and identifier systems. */
export const ICP_SYSTEMS = {
  consentCategory: `${ICP}:consent-category`,
  consentPurpose: `${ICP}:consent-purpose`,
  needDomain: `${ICP}:need-domain`,
  interventionType: `${ICP}:intervention-type`,
  deliveryStatus: `${ICP}:delivery-status`,
  referralStatus: `${ICP}:referral-status`,
  goalStatus: `${ICP}:goal-status`,
  caseStatus: `${ICP}:case-status`,
  agencyKind: `${ICP}:agency-kind`,
  careTeamRole: `${ICP}:care-team-role`,
  export: `${ICP}:export`,
  agency: `${ICP}:agency`,
  serviceUser: `${ICP}:service-user`,
  pseudonym: `${ICP}:pseudonym`,
  planVersion: `${ICP}:plan-version`,
  consentForm: `${ICP}:consent-form`,
  staff: (agencyCode: string) => `${ICP}:agency:${agencyCode}:staff`,
} as const;

/** Product extensions, for what R4 has no element for (docs/fhir.md, "What does not map"). */
export const ICP_EXTENSIONS = {
  /** The key worker of the responsible agency who owns a Task (R4 Task has one owner). */
  keyWorker: `${ICP}:fhir:StructureDefinition/key-worker`,
  /** Why a SMART goal is achievable and realistic. */
  achievability: `${ICP}:fhir:StructureDefinition/goal-achievability`,
  /** How often an action is reviewed, in weeks. */
  reviewEveryWeeks: `${ICP}:fhir:StructureDefinition/review-every-weeks`,
  /** A referral's interim plan, what supports the service user during a long wait. */
  interimPlan: `${ICP}:fhir:StructureDefinition/interim-plan`,
  /** A referral's status exactly as the product records it. */
  referralStatus: `${ICP}:fhir:StructureDefinition/referral-status`,
  /** A plan's next review date (at most three months on) and its last review. */
  nextReviewOn: `${ICP}:fhir:StructureDefinition/next-review-on`,
  lastReviewedOn: `${ICP}:fhir:StructureDefinition/last-reviewed-on`,
  /** When the case manager follows a referral up. */
  followUpOn: `${ICP}:fhir:StructureDefinition/follow-up-on`,
} as const;

export const coding = (system: string, code: string, display?: string): Coding => ({
  system,
  code,
  ...(display ? { display } : {}),
});

/** The FHIR purpose of use (HL7 v3 ActReason) of each consent purpose. */
export const PURPOSE_OF_USE: Record<string, Coding> = {
  CASE_MANAGEMENT: coding(HL7.actReason, 'CAREMGT', 'care management'),
  CARE_COORDINATION: coding(HL7.actReason, 'COC', 'coordination of care'),
  REFERRAL: coding(HL7.actReason, 'TREAT', 'treatment'),
};
