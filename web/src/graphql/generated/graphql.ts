/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = {
  [_ in K]?: never;
};
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string };
};

export type AcknowledgeEmergencyAccessFlagInput = {
  id: Scalars['ID']['input'];
  /** What the co-ordinator did about it (1 to 2000 characters). */
  note: Scalars['String']['input'];
};

/** An agreed action: what, for which goal, by which agency and key worker, by when. */
export type ActionInput = {
  description: Scalars['String']['input'];
  domain: NeedDomain;
  /** YYYY-MM-DD */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  goalId?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Default OTHER. */
  interventionType?: InputMaybe<InterventionType>;
  /** The key worker's staff id in the responsible agency: an active member of its staff, as that agency's own server confirms. */
  keyWorkerId?: InputMaybe<Scalars['ID']['input']>;
  responsibleAgencyCode: Scalars['ID']['input'];
  /** Review timeframe in weeks (1-13). */
  reviewEveryWeeks?: InputMaybe<Scalars['Int']['input']>;
};

export type ActionUpdateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['String']['input']>;
  goalId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  interventionType?: InputMaybe<InterventionType>;
  /** An active member of the responsible agency’s staff (checked with that agency). */
  keyWorkerId?: InputMaybe<Scalars['ID']['input']>;
  reviewEveryWeeks?: InputMaybe<Scalars['Int']['input']>;
};

/** A new member of your agency’s staff. */
export type AddStaffMemberInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  /** Their user id in your agency's identity provider (the `sub` of their tokens), 1-200 characters. */
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: StaffRole;
  /** An active member of your staff. */
  supervisorId?: InputMaybe<Scalars['ID']['input']>;
};

/** The kind of service an agency provides. */
export type AgencyKind =
  | 'DRUG_AND_ALCOHOL'
  | 'GP'
  | 'HOMELESS'
  | 'HSE_METHADONE'
  | 'MENTAL_HEALTH'
  | 'OTHER'
  | 'PRISON'
  | 'PROBATION'
  | 'SOCIAL_WORK';

/** Changes a consent's terms as a new version. Only what is given changes; the recipient and the service user never do (grant a new consent instead). */
export type AmendConsentInput = {
  categories?: InputMaybe<Array<ConsentCategory>>;
  /** Removes the expiry. */
  clearValidUntil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Reference of the signed form recording the change. */
  evidenceRef: Scalars['String']['input'];
  /** The date it was signed, YYYY-MM-DD. */
  evidenceSignedOn?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the exceptions: [] removes them all; omitted keeps them. */
  exceptions?: InputMaybe<Array<ConsentExceptionInput>>;
  /** The version the change is based on; another change since → VERSION_CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  purpose?: InputMaybe<ConsentPurpose>;
  /** Why the terms change, in the words recorded. */
  reason: Scalars['String']['input'];
  /** A new expiry; see clearValidUntil. */
  validUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type AssignmentReason = 'DISPUTE_RESOLUTION' | 'OPENED' | 'TRANSFER';

export type AttentionKind = 'MEETING_INVITATION' | 'OVERDUE_ACTION' | 'WRITTEN_REPORT_DUE';

export type CaseStatus = 'ACTIVE' | 'CLOSED' | 'REFERRED';

export type ChangeKind = 'ADDED' | 'CHANGED' | 'REMOVED';

/** The exit meeting: goals achieved, how supports continue, and the open door. */
export type CloseCaseInput = {
  caseId: Scalars['ID']['input'];
  /** How supports will be provided in the future (aftercare). */
  futureSupports: Scalars['String']['input'];
  goalsAchieved: Scalars['String']['input'];
  /** The service user was told they may re-engage at any time. Must be true. */
  reEngagementExplained: Scalars['Boolean']['input'];
};

export type CompleteTransferInput = {
  /** Revisions to the plan agreed at the handover. */
  planRevisions?: InputMaybe<Scalars['String']['input']>;
  transferId: Scalars['ID']['input'];
  /** The written follow-up to the handover. */
  writtenFollowUp: Scalars['String']['input'];
};

/** Categories of information a service user consents to share. */
export type ConsentCategory =
  | 'CARE_PLAN_SUMMARY'
  | 'HOUSING_AND_SOCIAL'
  | 'IDENTITY'
  | 'LEGAL_AND_JUSTICE'
  | 'MEETING_RECORDS'
  | 'MENTAL_HEALTH'
  | 'PHYSICAL_HEALTH'
  | 'SUBSTANCE_USE';

export type ConsentChange = 'AMENDED' | 'GRANTED' | 'WITHDRAWN';

/** An exception to a consent (a FHIR deny provision): categories the recipient may not read, for the whole consent or a part of its period. It wins over every consent that permits the same category to the same agency while both are in force, this one or any other. */
export type ConsentExceptionInput = {
  /** At least one; no repeats. */
  categories: Array<ConsentCategory>;
  /** Default: from the consent’s validFrom. Not before it. */
  validFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Default: until the consent ends. Not after its validUntil. */
  validUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Why the service user lets the recipient read. CASE_MANAGEMENT and CARE_COORDINATION cover every read; REFERRAL covers only what is read through a referral. */
export type ConsentPurpose = 'CARE_COORDINATION' | 'CASE_MANAGEMENT' | 'REFERRAL';

/** ACTIVE until withdrawn or past its validUntil (then EXPIRED). An ACTIVE consent whose validFrom is still ahead is not yet in force (see Consent.inForce). */
export type ConsentStatus = 'ACTIVE' | 'EXPIRED' | 'WITHDRAWN';

export type ContactAttemptInput = {
  /** Default: now. */
  attemptedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  caseId: Scalars['ID']['input'];
  method: ContactMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  successful: Scalars['Boolean']['input'];
};

export type ContactMethod =
  'EMAIL' | 'HOME_VISIT' | 'LETTER' | 'PHONE' | 'TEXT_MESSAGE' | 'VIA_ANOTHER_AGENCY';

export type CopyRecipientKind = 'AGENCY' | 'SERVICE_USER';

export type CopyScope = 'FULL' | 'OWN_INVOLVEMENT';

export type CreateCarePlanInput = {
  actions?: Array<ActionInput>;
  caseId: Scalars['ID']['input'];
  changeSummary?: InputMaybe<Scalars['String']['input']>;
  goals?: Array<GoalInput>;
  needs?: Array<NeedInput>;
  /** YYYY-MM-DD, within 3 months. */
  nextReviewOn: Scalars['String']['input'];
};

/** A referral the case manager plans, under a consent naming the target agency. */
export type CreateReferralInput = {
  caseId: Scalars['ID']['input'];
  /** An ACTIVE consent of the service user naming the target agency, for REFERRAL or CARE_COORDINATION. */
  consentId: Scalars['ID']['input'];
  /** When the case manager follows up (YYYY-MM-DD), today or later. */
  followUpOn?: InputMaybe<Scalars['String']['input']>;
  /** What supports the service user meanwhile. */
  interimPlan?: InputMaybe<Scalars['String']['input']>;
  /** Why the referral is made. */
  reason: Scalars['String']['input'];
  /** The agency the service user is referred to. */
  toAgencyCode: Scalars['ID']['input'];
};

export type DeliveryStatus =
  'ACCEPTED' | 'BLOCKED' | 'COMPLETED' | 'DECLINED' | 'IN_PROGRESS' | 'NOT_COMPLETED' | 'PENDING';

export type DisputeStatus = 'OPEN' | 'RESOLVED';

/** Why an emergency access was flagged to the rehabilitation co-ordinators. */
export type EmergencyAccessFlag = 'SECOND_PERSON_WITHIN_24_HOURS';

/** Why emergency access is opened, after the HL7 v3 purpose-of-use codes (ActReason) of the same name. */
export type EmergencyReasonCode =
  /** Emergency treatment: immediately needed care for an emergent condition (an overdose, a person found unresponsive). */
  | 'ETREAT'
  /** Threat: to prevent injury to someone (the person or another) who may be the target of violence. */
  | 'THREAT';

export type EmergencyReviewOutcome = 'JUSTIFIED' | 'NOT_JUSTIFIED';

export type Engagement = 'DISENGAGED' | 'ENGAGED';

export type EscalateGapBlockInput = {
  gapBlockId: Scalars['ID']['input'];
  /** What was tried at the current level, by whom, and why it did not resolve it. */
  outcome: Scalars['String']['input'];
};

export type GapBlockStatus = 'OPEN' | 'RESOLVED';

export type GapBlockStepAction = 'ESCALATED' | 'NOTE' | 'RAISED' | 'RESOLVED';

/** A SMART goal to add. Give an id (UUID) to refer to it from actions in the same change. */
export type GoalInput = {
  /** Why it is achievable and realistic. */
  achievability: Scalars['String']['input'];
  /** An earlier goal this one builds on. */
  buildsOnGoalId?: InputMaybe<Scalars['ID']['input']>;
  domain: NeedDomain;
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Measurable: how progress will be known. */
  measure: Scalars['String']['input'];
  needId?: InputMaybe<Scalars['ID']['input']>;
  /** Specific: what will be different. */
  statement: Scalars['String']['input'];
  /** Default ACTIVE. */
  status?: InputMaybe<GoalStatus>;
  /** Time-bound: YYYY-MM-DD, in the future. */
  targetDate: Scalars['String']['input'];
};

export type GoalStatus = 'ACHIEVED' | 'ACTIVE' | 'CANCELLED' | 'NOT_ACHIEVED' | 'PROPOSED';

export type GoalUpdateInput = {
  achievability?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  measure?: InputMaybe<Scalars['String']['input']>;
  statement?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<GoalStatus>;
  targetDate?: InputMaybe<Scalars['String']['input']>;
};

/** A consent names one recipient: an agency (recipientAgencyCode) or every agency of a kind (recipientAgencyKind), never both. */
export type GrantConsentInput = {
  /** At least one; omitted for a full-copy consent, which covers every category. */
  categories?: InputMaybe<Array<ConsentCategory>>;
  /** Reference of the signed consent form (strongly advised; shown on every decision). */
  evidenceRef?: InputMaybe<Scalars['String']['input']>;
  /** The date the form was signed, YYYY-MM-DD; not in the future. */
  evidenceSignedOn?: InputMaybe<Scalars['String']['input']>;
  /** Exceptions ("everything except mental health"): categories refused to the recipient, named here or not. Not for a full copy. Default: none. */
  exceptions?: InputMaybe<Array<ConsentExceptionInput>>;
  /** A full copy for HSE methadone provision: every category, including any added later. Only for an HSE methadone service (by agency or by kind). */
  fullCopy?: InputMaybe<Scalars['Boolean']['input']>;
  purpose: ConsentPurpose;
  /** The agency that may read. */
  recipientAgencyCode?: InputMaybe<Scalars['ID']['input']>;
  /** Every agency of this kind may read, e.g. every GP practice in the federation. */
  recipientAgencyKind?: InputMaybe<AgencyKind>;
  serviceUserId: Scalars['ID']['input'];
  /** Default: now. */
  validFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Default: no expiry. */
  validUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** The kind of intervention an action is; the same kind from two agencies is flagged as possible duplication. */
export type InterventionType =
  | 'COUNSELLING'
  | 'DETOXIFICATION'
  | 'EDUCATION_TRAINING_EMPLOYMENT'
  | 'FAMILY_SUPPORT'
  | 'GP_CARE'
  | 'GROUP_THERAPY'
  | 'HARM_REDUCTION'
  | 'HOUSING_SUPPORT'
  | 'KEY_WORKING'
  | 'MENTAL_HEALTH_TREATMENT'
  | 'OPIOID_SUBSTITUTION'
  | 'OTHER'
  | 'PROBATION_SUPERVISION';

export type InvitedKeyWorkerInput = {
  agencyCode: Scalars['ID']['input'];
  keyWorkerId: Scalars['ID']['input'];
};

export type LeadAgencyDisputeInput = {
  /** The agencies that cannot agree (yours included). */
  agencyCodes: Array<Scalars['ID']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  /** Contentious issues are addressed between services first: involving the service user is a deliberate choice. */
  involveServiceUser?: Scalars['Boolean']['input'];
  /** Required when involving the service user. */
  involvementReason?: InputMaybe<Scalars['String']['input']>;
  serviceUserId: Scalars['ID']['input'];
};

export type MeetingActionReviewInput = {
  actionId: Scalars['ID']['input'];
  challenges?: InputMaybe<Scalars['String']['input']>;
  gapsAndBlocks?: InputMaybe<Scalars['String']['input']>;
  newIssues?: InputMaybe<Scalars['String']['input']>;
  nextSteps?: InputMaybe<Scalars['String']['input']>;
  whatWorkedWell?: InputMaybe<Scalars['String']['input']>;
};

export type MeetingAttendanceRequestStatus = 'APPROVED' | 'PENDING' | 'REFUSED';

export type MeetingClosureInput = {
  /** How supports will be provided in the future (aftercare). */
  futureSupports: Scalars['String']['input'];
  goalsAchieved: Scalars['String']['input'];
  /** The service user was told they may re-engage at any time. Must be true. */
  reEngagementExplained: Scalars['Boolean']['input'];
};

export type MeetingGapInput = {
  /** The service not engaging; not the case manager’s own. */
  concerningAgencyCode: Scalars['ID']['input'];
  issue: Scalars['String']['input'];
  whatTried: Scalars['String']['input'];
};

/** The plan changes agreed at the meeting (as ReviseCarePlanInput, less planId, expectedVersion and changeSummary); applied when the meeting is finalised. */
export type MeetingPlanChangesInput = {
  addActions?: Array<ActionInput>;
  addGoals?: Array<GoalInput>;
  addNeeds?: Array<NeedInput>;
  nextReviewOn?: InputMaybe<Scalars['String']['input']>;
  removeActionIds?: Array<Scalars['ID']['input']>;
  removeNeedIds?: Array<Scalars['ID']['input']>;
  updateActions?: Array<ActionUpdateInput>;
  updateGoals?: Array<GoalUpdateInput>;
  updateNeeds?: Array<NeedUpdateInput>;
};

export type MeetingReason =
  | 'CASE_CLOSURE'
  | 'CASE_MANAGER_TRANSFER'
  | 'DIVERGENCE_OF_VIEWS'
  | 'LEAD_AGENCY_DISPUTE'
  | 'REFERRAL'
  | 'REVIEW'
  | 'SERVICE_USER_REQUEST';

/** PENDING: the agency has not answered yet. */
export type MeetingResponse = 'APOLOGIES_WITH_REPORT' | 'ATTENDING' | 'PENDING' | 'SUBSTITUTE';

export type MeetingStatus = 'CANCELLED' | 'FINALISED' | 'MINUTES_DRAFT' | 'SCHEDULED';

export type NeedDomain = 'LEGAL' | 'PHYSICAL' | 'PSYCHOLOGICAL' | 'SOCIAL' | 'SUBSTANCE_USE';

/** A need to add. Give an id (UUID) to refer to it from goals in the same change. */
export type NeedInput = {
  description: Scalars['String']['input'];
  domain: NeedDomain;
  id?: InputMaybe<Scalars['ID']['input']>;
};

export type NeedUpdateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  met?: InputMaybe<Scalars['Boolean']['input']>;
};

export type OpenCaseInput = {
  /** The closed case this re-engagement follows. */
  previousCaseId?: InputMaybe<Scalars['ID']['input']>;
  serviceUserId: Scalars['ID']['input'];
};

export type PlanPart = 'ACTION' | 'GOAL' | 'NEED' | 'PLAN';

/** A Gaps and Blocks form: a service is persistently not engaging with the plan. */
export type RaiseGapBlockInput = {
  caseId: Scalars['ID']['input'];
  /** The agency that is not engaging; not the raising agency. */
  concerningAgencyCode: Scalars['ID']['input'];
  /** What is not happening (1 to 4000 characters). */
  issue: Scalars['String']['input'];
  /** What has been tried at service level already (1 to 4000 characters). */
  whatTried: Scalars['String']['input'];
};

export type RecordGapBlockStepInput = {
  gapBlockId: Scalars['ID']['input'];
  /** What was tried or learned at the current level. */
  outcome: Scalars['String']['input'];
};

export type RecordMeetingMinutesInput = {
  actionReviews?: Array<MeetingActionReviewInput>;
  decisions?: Array<Scalars['String']['input']>;
  /** The recordVersion you edited (0 for the first save). */
  expectedRecordVersion: Scalars['Int']['input'];
  gapsAndBlocks?: Array<MeetingGapInput>;
  meetingId: Scalars['ID']['input'];
  planChanges?: InputMaybe<MeetingPlanChangesInput>;
  summary: Scalars['String']['input'];
};

export type RecordPlanReviewInput = {
  expectedVersion: Scalars['Int']['input'];
  /** YYYY-MM-DD, at most 3 months after the review. */
  nextReviewOn: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  /** YYYY-MM-DD; default today. */
  reviewedOn?: InputMaybe<Scalars['String']['input']>;
  /** What the review found. */
  summary: Scalars['String']['input'];
};

/** The case manager follows up a referral, e.g. during a long wait. */
export type RecordReferralFollowUpInput = {
  /** The next follow-up (YYYY-MM-DD), today or later. */
  followUpOn: Scalars['String']['input'];
  /** The interim plan put in place while waiting; unchanged when absent. */
  interimPlan?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
};

export type ReferralStatus = 'ACCEPTED' | 'COMPLETED' | 'DECLINED' | 'PLANNED' | 'SENT' | 'WAITING';

export type RegisterServiceUserInput = {
  /** Register even though people your agency may see have the same names and date of birth (after checking the candidates of a DUPLICATE_SUSPECTED refusal). */
  confirmNotDuplicate?: Scalars['Boolean']['input'];
  /** YYYY-MM-DD */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The target agency tells the case manager the service user disengaged. */
export type ReportDisengagementAfterReferralInput = {
  note: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
};

export type RequestTransferInput = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  toAgencyCode: Scalars['ID']['input'];
  /** The incoming case manager's staff id in that agency. */
  toCaseManagerId: Scalars['ID']['input'];
};

/** A new time or place for a meeting not yet held. A new time asks every invited agency to answer again. */
export type RescheduleMeetingInput = {
  meetingId: Scalars['ID']['input'];
  /** Default: unchanged. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Still to come. Default: unchanged. */
  scheduledFor?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type ResolveDisputeInput = {
  caseManagerId: Scalars['ID']['input'];
  disputeId: Scalars['ID']['input'];
  leadAgencyCode: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};

export type ResolveGapBlockInput = {
  gapBlockId: Scalars['ID']['input'];
  /** How the service came to engage, or what was agreed. */
  resolution: Scalars['String']['input'];
};

export type RespondToMeetingInvitationInput = {
  meetingId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Not PENDING. */
  response: MeetingResponse;
  /** Required for SUBSTITUTE. */
  substituteName?: InputMaybe<Scalars['String']['input']>;
};

export type ReviewEmergencyAccessInput = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  outcome: EmergencyReviewOutcome;
};

/** One coherent revision of the plan: it becomes one new version. */
export type ReviseCarePlanInput = {
  addActions?: Array<ActionInput>;
  addGoals?: Array<GoalInput>;
  addNeeds?: Array<NeedInput>;
  /** Why the plan changed, for the version history. */
  changeSummary: Scalars['String']['input'];
  /** The version you edited; a stale one is refused with VERSION_CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  nextReviewOn?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  removeActionIds?: Array<Scalars['ID']['input']>;
  removeNeedIds?: Array<Scalars['ID']['input']>;
  updateActions?: Array<ActionUpdateInput>;
  updateGoals?: Array<GoalUpdateInput>;
  updateNeeds?: Array<NeedUpdateInput>;
};

/** An interagency care plan meeting between two or more agencies. */
export type ScheduleMeetingInput = {
  aims: Scalars['String']['input'];
  caseId: Scalars['ID']['input'];
  /** At least two distinct agencies; the lead agency may be one. */
  invitedAgencyCodes: Array<Scalars['ID']['input']>;
  invitedKeyWorkers?: Array<InvitedKeyWorkerInput>;
  /** Where, or by which channel (phone, video). */
  place: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
  reason: MeetingReason;
  scheduledFor: Scalars['DateTimeISO']['input'];
  serviceUserAttendanceReason?: InputMaybe<Scalars['String']['input']>;
  /** Default true, except for LEAD_AGENCY_DISPUTE and DIVERGENCE_OF_VIEWS: involving the service user there needs a reason. */
  serviceUserAttends?: InputMaybe<Scalars['Boolean']['input']>;
  /** CASE_MANAGER_TRANSFER only: the transfer of this case the meeting is about. */
  transferId?: InputMaybe<Scalars['ID']['input']>;
};

export type ServiceDeliveryChangeInput = {
  actionId: Scalars['ID']['input'];
  /** YYYY-MM-DD */
  effectiveFrom: Scalars['String']['input'];
  /** Your own UUID, so that a retry records the change once. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** What changes in what your agency delivers. */
  what: Scalars['String']['input'];
  why: Scalars['String']['input'];
};

/** What to look for: at least one criterion; every criterion given must match. Names match from their start, ignoring case, accents, spaces and apostrophes (Ó/O’, Mac/Mc). */
export type ServiceUserSearchInput = {
  /** YYYY-MM-DD, exactly. */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** At most this many (1-50). */
  first?: Scalars['Int']['input'];
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** The pseudonymous id (e.g. SU-1001). */
  pseudonym?: InputMaybe<Scalars['String']['input']>;
};

/** How a staff record came to be: seeded, added by an administrator, or at sign-in. */
export type StaffRecordOrigin = 'ADMIN' | 'SEED' | 'SIGN_IN';

/** A staff record's role in the agency's own work on cases. */
export type StaffRole = 'CASE_MANAGER' | 'KEY_WORKER' | 'SUPERVISOR';

export type StartEmergencyAccessInput = {
  /** How long, in minutes: 5 to 240; default 60. */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** What the emergency is and why consent cannot be asked (20 to 2000 characters). */
  reason: Scalars['String']['input'];
  /** Why, from the controlled list (HL7 purpose-of-use codes): ETREAT or THREAT. */
  reasonCode: EmergencyReasonCode;
  serviceUserId: Scalars['ID']['input'];
};

/** The three-way handover: outgoing and incoming case managers and the service user. */
export type TransferHandoverInput = {
  heldAt: Scalars['DateTimeISO']['input'];
  incomingCaseManagerAttended: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outgoingCaseManagerAttended: Scalars['Boolean']['input'];
  serviceUserAttended: Scalars['Boolean']['input'];
  transferId: Scalars['ID']['input'];
};

export type TransferStatus = 'ACCEPTED' | 'CANCELLED' | 'COMPLETED' | 'HANDOVER_HELD' | 'REQUESTED';

export type UpdateReferralStatusInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  status: ReferralStatus;
};

/** Changes to a staff record: only the fields given change. */
export type UpdateStaffMemberInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<StaffRole>;
  /** An active member of your staff. */
  supervisorId?: InputMaybe<Scalars['ID']['input']>;
};

export type PlanVersionsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;

export type PlanVersionsQuery = {
  __typename?: 'Query';
  carePlan?: {
    __typename?: 'CarePlan';
    id: string;
    version?: number | null;
    versions?: Array<{
      __typename?: 'CarePlanVersion';
      id: string;
      version?: number | null;
      createdAt?: string | null;
      changeSummary?: string | null;
      author?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
      authorAgency?: { __typename?: 'Agency'; code: string } | null;
      meeting?: { __typename?: 'Meeting'; id: string } | null;
    }> | null;
  } | null;
};

export type PlanVersionQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;

export type PlanVersionQuery = {
  __typename?: 'Query';
  carePlan?: {
    __typename?: 'CarePlan';
    id: string;
    versionAt?: {
      __typename?: 'CarePlanVersion';
      id: string;
      version?: number | null;
      createdAt?: string | null;
      changeSummary?: string | null;
      nextReviewOn?: string | null;
      needs?: Array<{
        __typename?: 'Need';
        id: string;
        domain?: NeedDomain | null;
        description?: string | null;
        met?: boolean | null;
      }> | null;
      goals?: Array<{
        __typename?: 'Goal';
        id: string;
        domain?: NeedDomain | null;
        statement?: string | null;
        targetDate?: string | null;
        status?: GoalStatus | null;
      }> | null;
      actions?: Array<{
        __typename?: 'PlanAction';
        id: string;
        description?: string | null;
        domain?: NeedDomain | null;
        interventionType?: InterventionType | null;
        dueOn?: string | null;
        reviewEveryWeeks?: number | null;
        goal?: { __typename?: 'Goal'; id: string } | null;
        responsibleAgency?: {
          __typename?: 'Agency';
          code: string;
          name: string;
          kind: AgencyKind;
        } | null;
        keyWorker?: {
          __typename?: 'KeyWorker';
          agencyCode: string;
          id: string;
          name: string;
          role: string;
        } | null;
      }> | null;
    } | null;
  } | null;
};

export type PlanChangesQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  fromVersion: Scalars['Int']['input'];
  toVersion?: InputMaybe<Scalars['Int']['input']>;
}>;

export type PlanChangesQuery = {
  __typename?: 'Query';
  carePlan?: {
    __typename?: 'CarePlan';
    id: string;
    changes?: Array<{
      __typename?: 'PlanChange';
      part?: PlanPart | null;
      itemId?: string | null;
      change?: ChangeKind | null;
      field?: string | null;
      before?: string | null;
      after?: string | null;
      domain?: NeedDomain | null;
    }> | null;
  } | null;
};

export type ReviseCarePlanMutationVariables = Exact<{
  input: ReviseCarePlanInput;
}>;

export type ReviseCarePlanMutation = {
  __typename?: 'Mutation';
  reviseCarePlan: {
    __typename?: 'CarePlan';
    id: string;
    version?: number | null;
    nextReviewOn?: string | null;
    lastReviewedOn?: string | null;
    reviewOverdue?: boolean | null;
    updatedAt?: string | null;
    needs?: Array<{
      __typename?: 'Need';
      id: string;
      domain?: NeedDomain | null;
      description?: string | null;
      met?: boolean | null;
    }> | null;
    goals?: Array<{
      __typename?: 'Goal';
      id: string;
      domain?: NeedDomain | null;
      statement?: string | null;
      measure?: string | null;
      achievability?: string | null;
      targetDate?: string | null;
      status?: GoalStatus | null;
      need?: { __typename?: 'Need'; id: string } | null;
      proposedBy?: { __typename?: 'Agency'; code: string } | null;
      conflicts?: Array<{
        __typename?: 'GoalConflict';
        id: string;
        note?: string | null;
        resolution?: string | null;
        conflictingGoal?: { __typename?: 'Goal'; id: string; statement?: string | null } | null;
      }> | null;
    }> | null;
    actions?: Array<{
      __typename?: 'PlanAction';
      id: string;
      description?: string | null;
      domain?: NeedDomain | null;
      interventionType?: InterventionType | null;
      dueOn?: string | null;
      reviewEveryWeeks?: number | null;
      delivery?: {
        __typename?: 'ActionDelivery';
        agencyCode: string;
        actionId: string;
        status?: DeliveryStatus | null;
        acceptedAt?: string | null;
        declinedReason?: string | null;
        statusNote?: string | null;
        outcome?: string | null;
        outcomeRecordedAt?: string | null;
        version?: number | null;
        updatedAt?: string | null;
        progressNotes?: Array<{
          __typename?: 'ProgressNote';
          id: string;
          body?: string | null;
          writtenAt?: string | null;
          writtenBy?: {
            __typename?: 'KeyWorker';
            agencyCode: string;
            id: string;
            name: string;
            role: string;
          } | null;
        }> | null;
        keyWorker?: {
          __typename?: 'KeyWorker';
          agencyCode: string;
          id: string;
          name: string;
          role: string;
        } | null;
      } | null;
      goal?: { __typename?: 'Goal'; id: string } | null;
      responsibleAgency?: {
        __typename?: 'Agency';
        code: string;
        name: string;
        kind: AgencyKind;
      } | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    duplicationFlags?: Array<{
      __typename?: 'DuplicationFlag';
      interventionType?: InterventionType | null;
      agencies?: Array<{ __typename?: 'Agency'; code: string }> | null;
      actions?: Array<{ __typename?: 'PlanAction'; id: string }> | null;
    }> | null;
  };
};

export type RecordPlanReviewMutationVariables = Exact<{
  input: RecordPlanReviewInput;
}>;

export type RecordPlanReviewMutation = {
  __typename?: 'Mutation';
  recordPlanReview: {
    __typename?: 'CarePlan';
    id: string;
    version?: number | null;
    lastReviewedOn?: string | null;
    nextReviewOn?: string | null;
    reviewOverdue?: boolean | null;
  };
};

export type IssuePlanCopyMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  recipient: CopyRecipientKind;
  agencyCode?: InputMaybe<Scalars['ID']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;

export type IssuePlanCopyMutation = {
  __typename?: 'Mutation';
  issuePlanCopy: {
    __typename?: 'PlanCopy';
    id: string;
    version?: number | null;
    recipientKind?: CopyRecipientKind | null;
    scope?: CopyScope | null;
    issuedAt?: string | null;
    consentId?: string | null;
    fileName?: string | null;
    html?: string | null;
    recipientAgency?: { __typename?: 'Agency'; code: string } | null;
  };
};

export type MyCaseloadQueryVariables = Exact<{
  keyWorkerId?: InputMaybe<Scalars['ID']['input']>;
}>;

export type MyCaseloadQuery = {
  __typename?: 'Query';
  myCaseload: {
    __typename?: 'Caseload';
    meetingItemsComplete?: boolean | null;
    keyWorker?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
      supervisor?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    } | null;
    serviceUsers?: Array<{
      __typename?: 'ServiceUser';
      id: string;
      pseudonym: string;
      givenName?: string | null;
      familyName?: string | null;
    } | null> | null;
    openActions?: Array<{
      __typename?: 'CaseloadAction';
      actionId: string;
      description?: string | null;
      dueOn?: string | null;
      overdue?: boolean | null;
      serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      delivery?: {
        __typename?: 'ActionDelivery';
        agencyCode: string;
        actionId: string;
        status?: DeliveryStatus | null;
        acceptedAt?: string | null;
        declinedReason?: string | null;
        statusNote?: string | null;
        outcome?: string | null;
        outcomeRecordedAt?: string | null;
        version?: number | null;
        updatedAt?: string | null;
        keyWorker?: {
          __typename?: 'KeyWorker';
          agencyCode: string;
          id: string;
          name: string;
          role: string;
        } | null;
      } | null;
    }> | null;
    attention?: Array<{
      __typename?: 'AttentionItem';
      kind?: AttentionKind | null;
      actionId?: string | null;
      meetingId?: string | null;
      meetingAt?: string | null;
      description?: string | null;
      dueOn?: string | null;
      daysOverdue?: number | null;
      serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
    }> | null;
  };
};

export type CaseSummaryFragment = {
  __typename?: 'Case';
  id: string;
  status?: CaseStatus | null;
  openedAt?: string | null;
  engagement?: Engagement | null;
  serviceUser?: {
    __typename?: 'ServiceUser';
    id: string;
    pseudonym: string;
    givenName?: string | null;
    familyName?: string | null;
  } | null;
  leadAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
  caseManager?: {
    __typename?: 'KeyWorker';
    agencyCode: string;
    id: string;
    name: string;
    role: string;
  } | null;
};

export type ProgressNoteItemFragment = {
  __typename?: 'ProgressNote';
  id: string;
  body?: string | null;
  writtenAt?: string | null;
  writtenBy?: {
    __typename?: 'KeyWorker';
    agencyCode: string;
    id: string;
    name: string;
    role: string;
  } | null;
};

export type DeliveryDetailFragment = {
  __typename?: 'ActionDelivery';
  agencyCode: string;
  actionId: string;
  status?: DeliveryStatus | null;
  acceptedAt?: string | null;
  declinedReason?: string | null;
  statusNote?: string | null;
  outcome?: string | null;
  outcomeRecordedAt?: string | null;
  version?: number | null;
  updatedAt?: string | null;
  keyWorker?: {
    __typename?: 'KeyWorker';
    agencyCode: string;
    id: string;
    name: string;
    role: string;
  } | null;
};

export type PlanActionItemFragment = {
  __typename?: 'PlanAction';
  id: string;
  description?: string | null;
  domain?: NeedDomain | null;
  interventionType?: InterventionType | null;
  dueOn?: string | null;
  reviewEveryWeeks?: number | null;
  goal?: { __typename?: 'Goal'; id: string } | null;
  responsibleAgency?: {
    __typename?: 'Agency';
    code: string;
    name: string;
    kind: AgencyKind;
  } | null;
  keyWorker?: {
    __typename?: 'KeyWorker';
    agencyCode: string;
    id: string;
    name: string;
    role: string;
  } | null;
};

export type CarePlanDetailFragment = {
  __typename?: 'CarePlan';
  id: string;
  version?: number | null;
  nextReviewOn?: string | null;
  lastReviewedOn?: string | null;
  reviewOverdue?: boolean | null;
  updatedAt?: string | null;
  needs?: Array<{
    __typename?: 'Need';
    id: string;
    domain?: NeedDomain | null;
    description?: string | null;
    met?: boolean | null;
  }> | null;
  goals?: Array<{
    __typename?: 'Goal';
    id: string;
    domain?: NeedDomain | null;
    statement?: string | null;
    measure?: string | null;
    achievability?: string | null;
    targetDate?: string | null;
    status?: GoalStatus | null;
    need?: { __typename?: 'Need'; id: string } | null;
    proposedBy?: { __typename?: 'Agency'; code: string } | null;
    conflicts?: Array<{
      __typename?: 'GoalConflict';
      id: string;
      note?: string | null;
      resolution?: string | null;
      conflictingGoal?: { __typename?: 'Goal'; id: string; statement?: string | null } | null;
    }> | null;
  }> | null;
  actions?: Array<{
    __typename?: 'PlanAction';
    id: string;
    description?: string | null;
    domain?: NeedDomain | null;
    interventionType?: InterventionType | null;
    dueOn?: string | null;
    reviewEveryWeeks?: number | null;
    delivery?: {
      __typename?: 'ActionDelivery';
      agencyCode: string;
      actionId: string;
      status?: DeliveryStatus | null;
      acceptedAt?: string | null;
      declinedReason?: string | null;
      statusNote?: string | null;
      outcome?: string | null;
      outcomeRecordedAt?: string | null;
      version?: number | null;
      updatedAt?: string | null;
      progressNotes?: Array<{
        __typename?: 'ProgressNote';
        id: string;
        body?: string | null;
        writtenAt?: string | null;
        writtenBy?: {
          __typename?: 'KeyWorker';
          agencyCode: string;
          id: string;
          name: string;
          role: string;
        } | null;
      }> | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    } | null;
    goal?: { __typename?: 'Goal'; id: string } | null;
    responsibleAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    keyWorker?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  }> | null;
  duplicationFlags?: Array<{
    __typename?: 'DuplicationFlag';
    interventionType?: InterventionType | null;
    agencies?: Array<{ __typename?: 'Agency'; code: string }> | null;
    actions?: Array<{ __typename?: 'PlanAction'; id: string }> | null;
  }> | null;
};

export type MyCasesQueryVariables = Exact<{ [key: string]: never }>;

export type MyCasesQuery = {
  __typename?: 'Query';
  myCases: Array<{
    __typename?: 'Case';
    id: string;
    status?: CaseStatus | null;
    openedAt?: string | null;
    engagement?: Engagement | null;
    carePlan?: {
      __typename?: 'CarePlan';
      id: string;
      version?: number | null;
      nextReviewOn?: string | null;
      reviewOverdue?: boolean | null;
    } | null;
    serviceUser?: {
      __typename?: 'ServiceUser';
      id: string;
      pseudonym: string;
      givenName?: string | null;
      familyName?: string | null;
    } | null;
    leadAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    caseManager?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  }>;
};

export type CaseWithPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type CaseWithPlanQuery = {
  __typename?: 'Query';
  case?: {
    __typename?: 'Case';
    closedAt?: string | null;
    disengagedSince?: string | null;
    id: string;
    status?: CaseStatus | null;
    openedAt?: string | null;
    engagement?: Engagement | null;
    carePlan?: {
      __typename?: 'CarePlan';
      id: string;
      version?: number | null;
      nextReviewOn?: string | null;
      lastReviewedOn?: string | null;
      reviewOverdue?: boolean | null;
      updatedAt?: string | null;
      needs?: Array<{
        __typename?: 'Need';
        id: string;
        domain?: NeedDomain | null;
        description?: string | null;
        met?: boolean | null;
      }> | null;
      goals?: Array<{
        __typename?: 'Goal';
        id: string;
        domain?: NeedDomain | null;
        statement?: string | null;
        measure?: string | null;
        achievability?: string | null;
        targetDate?: string | null;
        status?: GoalStatus | null;
        need?: { __typename?: 'Need'; id: string } | null;
        proposedBy?: { __typename?: 'Agency'; code: string } | null;
        conflicts?: Array<{
          __typename?: 'GoalConflict';
          id: string;
          note?: string | null;
          resolution?: string | null;
          conflictingGoal?: { __typename?: 'Goal'; id: string; statement?: string | null } | null;
        }> | null;
      }> | null;
      actions?: Array<{
        __typename?: 'PlanAction';
        id: string;
        description?: string | null;
        domain?: NeedDomain | null;
        interventionType?: InterventionType | null;
        dueOn?: string | null;
        reviewEveryWeeks?: number | null;
        delivery?: {
          __typename?: 'ActionDelivery';
          agencyCode: string;
          actionId: string;
          status?: DeliveryStatus | null;
          acceptedAt?: string | null;
          declinedReason?: string | null;
          statusNote?: string | null;
          outcome?: string | null;
          outcomeRecordedAt?: string | null;
          version?: number | null;
          updatedAt?: string | null;
          progressNotes?: Array<{
            __typename?: 'ProgressNote';
            id: string;
            body?: string | null;
            writtenAt?: string | null;
            writtenBy?: {
              __typename?: 'KeyWorker';
              agencyCode: string;
              id: string;
              name: string;
              role: string;
            } | null;
          }> | null;
          keyWorker?: {
            __typename?: 'KeyWorker';
            agencyCode: string;
            id: string;
            name: string;
            role: string;
          } | null;
        } | null;
        goal?: { __typename?: 'Goal'; id: string } | null;
        responsibleAgency?: {
          __typename?: 'Agency';
          code: string;
          name: string;
          kind: AgencyKind;
        } | null;
        keyWorker?: {
          __typename?: 'KeyWorker';
          agencyCode: string;
          id: string;
          name: string;
          role: string;
        } | null;
      }> | null;
      duplicationFlags?: Array<{
        __typename?: 'DuplicationFlag';
        interventionType?: InterventionType | null;
        agencies?: Array<{ __typename?: 'Agency'; code: string }> | null;
        actions?: Array<{ __typename?: 'PlanAction'; id: string }> | null;
      }> | null;
    } | null;
    serviceUser?: {
      __typename?: 'ServiceUser';
      id: string;
      pseudonym: string;
      givenName?: string | null;
      familyName?: string | null;
    } | null;
    leadAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    caseManager?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  } | null;
};

export type CreateCarePlanMutationVariables = Exact<{
  input: CreateCarePlanInput;
}>;

export type CreateCarePlanMutation = {
  __typename?: 'Mutation';
  createCarePlan: {
    __typename?: 'CarePlan';
    id: string;
    version?: number | null;
    nextReviewOn?: string | null;
    lastReviewedOn?: string | null;
    reviewOverdue?: boolean | null;
    updatedAt?: string | null;
    needs?: Array<{
      __typename?: 'Need';
      id: string;
      domain?: NeedDomain | null;
      description?: string | null;
      met?: boolean | null;
    }> | null;
    goals?: Array<{
      __typename?: 'Goal';
      id: string;
      domain?: NeedDomain | null;
      statement?: string | null;
      measure?: string | null;
      achievability?: string | null;
      targetDate?: string | null;
      status?: GoalStatus | null;
      need?: { __typename?: 'Need'; id: string } | null;
      proposedBy?: { __typename?: 'Agency'; code: string } | null;
      conflicts?: Array<{
        __typename?: 'GoalConflict';
        id: string;
        note?: string | null;
        resolution?: string | null;
        conflictingGoal?: { __typename?: 'Goal'; id: string; statement?: string | null } | null;
      }> | null;
    }> | null;
    actions?: Array<{
      __typename?: 'PlanAction';
      id: string;
      description?: string | null;
      domain?: NeedDomain | null;
      interventionType?: InterventionType | null;
      dueOn?: string | null;
      reviewEveryWeeks?: number | null;
      delivery?: {
        __typename?: 'ActionDelivery';
        agencyCode: string;
        actionId: string;
        status?: DeliveryStatus | null;
        acceptedAt?: string | null;
        declinedReason?: string | null;
        statusNote?: string | null;
        outcome?: string | null;
        outcomeRecordedAt?: string | null;
        version?: number | null;
        updatedAt?: string | null;
        progressNotes?: Array<{
          __typename?: 'ProgressNote';
          id: string;
          body?: string | null;
          writtenAt?: string | null;
          writtenBy?: {
            __typename?: 'KeyWorker';
            agencyCode: string;
            id: string;
            name: string;
            role: string;
          } | null;
        }> | null;
        keyWorker?: {
          __typename?: 'KeyWorker';
          agencyCode: string;
          id: string;
          name: string;
          role: string;
        } | null;
      } | null;
      goal?: { __typename?: 'Goal'; id: string } | null;
      responsibleAgency?: {
        __typename?: 'Agency';
        code: string;
        name: string;
        kind: AgencyKind;
      } | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    duplicationFlags?: Array<{
      __typename?: 'DuplicationFlag';
      interventionType?: InterventionType | null;
      agencies?: Array<{ __typename?: 'Agency'; code: string }> | null;
      actions?: Array<{ __typename?: 'PlanAction'; id: string }> | null;
    }> | null;
  };
};

export type ConsentItemFragment = {
  __typename?: 'Consent';
  id: string;
  status?: ConsentStatus | null;
  inForce?: boolean | null;
  version?: number | null;
  categories?: Array<ConsentCategory> | null;
  fullCopy?: boolean | null;
  purpose?: ConsentPurpose | null;
  validFrom?: string | null;
  validUntil?: string | null;
  evidenceRef?: string | null;
  evidenceSignedOn?: string | null;
  recordedAt?: string | null;
  withdrawnAt?: string | null;
  recipientAgencyKind?: AgencyKind | null;
  recipientAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
  recordedBy?: {
    __typename?: 'KeyWorker';
    agencyCode: string;
    id: string;
    name: string;
    role: string;
  } | null;
  exceptions?: Array<{
    __typename?: 'ConsentException';
    categories?: Array<ConsentCategory> | null;
    validFrom?: string | null;
    validUntil?: string | null;
    inForce?: boolean | null;
  }> | null;
};

export type ServiceUserConsentsQueryVariables = Exact<{
  serviceUserId: Scalars['ID']['input'];
}>;

export type ServiceUserConsentsQuery = {
  __typename?: 'Query';
  serviceUser?: {
    __typename?: 'ServiceUser';
    id: string;
    pseudonym: string;
    consents?: Array<{
      __typename?: 'Consent';
      id: string;
      status?: ConsentStatus | null;
      inForce?: boolean | null;
      version?: number | null;
      categories?: Array<ConsentCategory> | null;
      fullCopy?: boolean | null;
      purpose?: ConsentPurpose | null;
      validFrom?: string | null;
      validUntil?: string | null;
      evidenceRef?: string | null;
      evidenceSignedOn?: string | null;
      recordedAt?: string | null;
      withdrawnAt?: string | null;
      recipientAgencyKind?: AgencyKind | null;
      recipientAgency?: {
        __typename?: 'Agency';
        code: string;
        name: string;
        kind: AgencyKind;
      } | null;
      recordedBy?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
      exceptions?: Array<{
        __typename?: 'ConsentException';
        categories?: Array<ConsentCategory> | null;
        validFrom?: string | null;
        validUntil?: string | null;
        inForce?: boolean | null;
      }> | null;
    }> | null;
  } | null;
};

export type ConsentHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ConsentHistoryQuery = {
  __typename?: 'Query';
  consent?: {
    __typename?: 'Consent';
    id: string;
    status?: ConsentStatus | null;
    inForce?: boolean | null;
    version?: number | null;
    categories?: Array<ConsentCategory> | null;
    fullCopy?: boolean | null;
    purpose?: ConsentPurpose | null;
    validFrom?: string | null;
    validUntil?: string | null;
    evidenceRef?: string | null;
    evidenceSignedOn?: string | null;
    recordedAt?: string | null;
    withdrawnAt?: string | null;
    recipientAgencyKind?: AgencyKind | null;
    withdrawnBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    versions?: Array<{
      __typename?: 'ConsentVersion';
      version?: number | null;
      change?: ConsentChange | null;
      reason?: string | null;
      changedAt?: string | null;
      changedBy?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
      terms?: {
        __typename?: 'Consent';
        categories?: Array<ConsentCategory> | null;
        purpose?: ConsentPurpose | null;
        validUntil?: string | null;
        status?: ConsentStatus | null;
      } | null;
    }> | null;
    recipientAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    recordedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    exceptions?: Array<{
      __typename?: 'ConsentException';
      categories?: Array<ConsentCategory> | null;
      validFrom?: string | null;
      validUntil?: string | null;
      inForce?: boolean | null;
    }> | null;
  } | null;
};

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;

export type GrantConsentMutation = {
  __typename?: 'Mutation';
  grantConsent: {
    __typename?: 'Consent';
    id: string;
    status?: ConsentStatus | null;
    inForce?: boolean | null;
    version?: number | null;
    categories?: Array<ConsentCategory> | null;
    fullCopy?: boolean | null;
    purpose?: ConsentPurpose | null;
    validFrom?: string | null;
    validUntil?: string | null;
    evidenceRef?: string | null;
    evidenceSignedOn?: string | null;
    recordedAt?: string | null;
    withdrawnAt?: string | null;
    recipientAgencyKind?: AgencyKind | null;
    recipientAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    recordedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    exceptions?: Array<{
      __typename?: 'ConsentException';
      categories?: Array<ConsentCategory> | null;
      validFrom?: string | null;
      validUntil?: string | null;
      inForce?: boolean | null;
    }> | null;
  };
};

export type AmendConsentMutationVariables = Exact<{
  input: AmendConsentInput;
}>;

export type AmendConsentMutation = {
  __typename?: 'Mutation';
  amendConsent: {
    __typename?: 'Consent';
    id: string;
    status?: ConsentStatus | null;
    inForce?: boolean | null;
    version?: number | null;
    categories?: Array<ConsentCategory> | null;
    fullCopy?: boolean | null;
    purpose?: ConsentPurpose | null;
    validFrom?: string | null;
    validUntil?: string | null;
    evidenceRef?: string | null;
    evidenceSignedOn?: string | null;
    recordedAt?: string | null;
    withdrawnAt?: string | null;
    recipientAgencyKind?: AgencyKind | null;
    recipientAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    recordedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    exceptions?: Array<{
      __typename?: 'ConsentException';
      categories?: Array<ConsentCategory> | null;
      validFrom?: string | null;
      validUntil?: string | null;
      inForce?: boolean | null;
    }> | null;
  };
};

export type WithdrawConsentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;

export type WithdrawConsentMutation = {
  __typename?: 'Mutation';
  withdrawConsent: {
    __typename?: 'Consent';
    id: string;
    status?: ConsentStatus | null;
    inForce?: boolean | null;
    version?: number | null;
    categories?: Array<ConsentCategory> | null;
    fullCopy?: boolean | null;
    purpose?: ConsentPurpose | null;
    validFrom?: string | null;
    validUntil?: string | null;
    evidenceRef?: string | null;
    evidenceSignedOn?: string | null;
    recordedAt?: string | null;
    withdrawnAt?: string | null;
    recipientAgencyKind?: AgencyKind | null;
    recipientAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    recordedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    exceptions?: Array<{
      __typename?: 'ConsentException';
      categories?: Array<ConsentCategory> | null;
      validFrom?: string | null;
      validUntil?: string | null;
      inForce?: boolean | null;
    }> | null;
  };
};

export type ConsentPreviewQueryVariables = Exact<{
  serviceUserId: Scalars['ID']['input'];
  agencyCode: Scalars['ID']['input'];
}>;

export type ConsentPreviewQuery = {
  __typename?: 'Query';
  consentPreview?: {
    __typename?: 'ConsentPreview';
    serviceUserId?: string | null;
    at?: string | null;
    holdsRecord?: boolean | null;
    ownRecords?: string | null;
    agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    categories?: Array<{
      __typename?: 'CategoryPreview';
      category?: ConsentCategory | null;
      description?: string | null;
      visible?: boolean | null;
      referralOnly?: boolean | null;
      denied?: boolean | null;
      fields?: Array<string> | null;
      consents?: Array<{
        __typename?: 'Consent';
        id: string;
        purpose?: ConsentPurpose | null;
        validUntil?: string | null;
      }> | null;
      deniedBy?: Array<{ __typename?: 'Consent'; id: string; evidenceRef?: string | null }> | null;
    }> | null;
  } | null;
};

export type AcceptActionMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
  keyWorkerId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
}>;

export type AcceptActionMutation = {
  __typename?: 'Mutation';
  acceptAction: {
    __typename?: 'ActionDelivery';
    agencyCode: string;
    actionId: string;
    status?: DeliveryStatus | null;
    acceptedAt?: string | null;
    declinedReason?: string | null;
    statusNote?: string | null;
    outcome?: string | null;
    outcomeRecordedAt?: string | null;
    version?: number | null;
    updatedAt?: string | null;
    keyWorker?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  };
};

export type DeclineActionMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;

export type DeclineActionMutation = {
  __typename?: 'Mutation';
  declineAction: {
    __typename?: 'ActionDelivery';
    agencyCode: string;
    actionId: string;
    status?: DeliveryStatus | null;
    acceptedAt?: string | null;
    declinedReason?: string | null;
    statusNote?: string | null;
    outcome?: string | null;
    outcomeRecordedAt?: string | null;
    version?: number | null;
    updatedAt?: string | null;
    keyWorker?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  };
};

export type AssignActionKeyWorkerMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
  keyWorkerId: Scalars['ID']['input'];
}>;

export type AssignActionKeyWorkerMutation = {
  __typename?: 'Mutation';
  assignActionKeyWorker: {
    __typename?: 'ActionDelivery';
    agencyCode: string;
    actionId: string;
    status?: DeliveryStatus | null;
    acceptedAt?: string | null;
    declinedReason?: string | null;
    statusNote?: string | null;
    outcome?: string | null;
    outcomeRecordedAt?: string | null;
    version?: number | null;
    updatedAt?: string | null;
    keyWorker?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  };
};

export type UpdateDeliveryStatusMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
  status: DeliveryStatus;
  note?: InputMaybe<Scalars['String']['input']>;
}>;

export type UpdateDeliveryStatusMutation = {
  __typename?: 'Mutation';
  updateDeliveryStatus: {
    __typename?: 'ActionDelivery';
    agencyCode: string;
    actionId: string;
    status?: DeliveryStatus | null;
    acceptedAt?: string | null;
    declinedReason?: string | null;
    statusNote?: string | null;
    outcome?: string | null;
    outcomeRecordedAt?: string | null;
    version?: number | null;
    updatedAt?: string | null;
    keyWorker?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  };
};

export type RecordActionOutcomeMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
  achieved: Scalars['Boolean']['input'];
}>;

export type RecordActionOutcomeMutation = {
  __typename?: 'Mutation';
  recordActionOutcome: {
    __typename?: 'ActionDelivery';
    agencyCode: string;
    actionId: string;
    status?: DeliveryStatus | null;
    acceptedAt?: string | null;
    declinedReason?: string | null;
    statusNote?: string | null;
    outcome?: string | null;
    outcomeRecordedAt?: string | null;
    version?: number | null;
    updatedAt?: string | null;
    keyWorker?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  };
};

export type RecordProgressNoteMutationVariables = Exact<{
  actionId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;

export type RecordProgressNoteMutation = {
  __typename?: 'Mutation';
  recordProgressNote: {
    __typename?: 'ProgressNote';
    id: string;
    body?: string | null;
    writtenAt?: string | null;
    writtenBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  };
};

export type RecordServiceDeliveryChangeMutationVariables = Exact<{
  input: ServiceDeliveryChangeInput;
}>;

export type RecordServiceDeliveryChangeMutation = {
  __typename?: 'Mutation';
  recordServiceDeliveryChange: {
    __typename?: 'AgencyServiceDeliveryChange';
    id: string;
    actionId?: string | null;
    what?: string | null;
    why?: string | null;
    effectiveFrom?: string | null;
    recordedAt?: string | null;
  };
};

export type AcknowledgeServiceDeliveryChangeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type AcknowledgeServiceDeliveryChangeMutation = {
  __typename?: 'Mutation';
  acknowledgeServiceDeliveryChange: {
    __typename?: 'ServiceDeliveryChange';
    id: string;
    acknowledgedAt?: string | null;
  };
};

export type AgencyRefFragment = {
  __typename?: 'Agency';
  code: string;
  name: string;
  kind: AgencyKind;
};

export type StaffRefFragment = {
  __typename?: 'KeyWorker';
  agencyCode: string;
  id: string;
  name: string;
  role: string;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  __typename?: 'Query';
  myStaffRecord?: {
    __typename?: 'KeyWorker';
    email?: string | null;
    phone?: string | null;
    active: boolean;
    agencyCode: string;
    id: string;
    name: string;
    role: string;
    supervisor?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  } | null;
};

export type AgenciesQueryVariables = Exact<{ [key: string]: never }>;

export type AgenciesQuery = {
  __typename?: 'Query';
  agencies: Array<{ __typename?: 'Agency'; code: string; name: string; kind: AgencyKind }>;
};

export type SearchServiceUsersQueryVariables = Exact<{
  input: ServiceUserSearchInput;
}>;

export type SearchServiceUsersQuery = {
  __typename?: 'Query';
  searchServiceUsers: Array<{
    __typename?: 'ServiceUserSearchResult';
    heldByYourAgency?: boolean | null;
    serviceUser?: {
      __typename?: 'ServiceUser';
      id: string;
      pseudonym: string;
      givenName?: string | null;
      familyName?: string | null;
      dateOfBirth?: string | null;
    } | null;
  }>;
};

export type ServiceUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ServiceUserQuery = {
  __typename?: 'Query';
  serviceUser?: {
    __typename?: 'ServiceUser';
    id: string;
    pseudonym: string;
    givenName?: string | null;
    familyName?: string | null;
    dateOfBirth?: string | null;
    phone?: string | null;
    currentCase?: {
      __typename?: 'Case';
      id: string;
      status?: CaseStatus | null;
      openedAt?: string | null;
      engagement?: Engagement | null;
      serviceUser?: {
        __typename?: 'ServiceUser';
        id: string;
        pseudonym: string;
        givenName?: string | null;
        familyName?: string | null;
      } | null;
      leadAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      caseManager?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    } | null;
    cases?: Array<{
      __typename?: 'Case';
      closedAt?: string | null;
      id: string;
      status?: CaseStatus | null;
      openedAt?: string | null;
      engagement?: Engagement | null;
      serviceUser?: {
        __typename?: 'ServiceUser';
        id: string;
        pseudonym: string;
        givenName?: string | null;
        familyName?: string | null;
      } | null;
      leadAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      caseManager?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  } | null;
};

export type DisclosureLogQueryVariables = Exact<{
  serviceUserId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  first: Scalars['Int']['input'];
}>;

export type DisclosureLogQuery = {
  __typename?: 'Query';
  serviceUser?: {
    __typename?: 'ServiceUser';
    id: string;
    pseudonym: string;
    disclosureLog?: {
      __typename?: 'DisclosureLog';
      from?: string | null;
      to?: string | null;
      entries?: Array<{
        __typename?: 'DisclosureEntry';
        at: string;
        readerAgency: string;
        readerUser: string;
        categories: Array<string>;
        fields: Array<string>;
        consentIds: Array<string>;
        bases: Array<string>;
        operationName?: string | null;
        requestId: string;
        position: number;
        hash: string;
      }> | null;
      deniedAttempts?: Array<{
        __typename?: 'DeniedAttempt';
        at: string;
        readerAgency: string;
        readerUser: string;
        category?: string | null;
        field: string;
        purposeOfUse: string;
        reason: string;
        operationName?: string | null;
        requestId: string;
      }> | null;
      agencies?: Array<{
        __typename?: 'AgencyDisclosureLog';
        agencyCode: string;
        entries?: Array<{
          __typename?: 'DisclosureEntry';
          at: string;
          readerAgency: string;
          readerUser: string;
          categories: Array<string>;
          fields: Array<string>;
          consentIds: Array<string>;
          bases: Array<string>;
          operationName?: string | null;
          requestId: string;
          position: number;
          hash: string;
        }> | null;
        deniedAttempts?: Array<{
          __typename?: 'DeniedAttempt';
          at: string;
          readerAgency: string;
          readerUser: string;
          category?: string | null;
          field: string;
          purposeOfUse: string;
          reason: string;
          operationName?: string | null;
          requestId: string;
        }> | null;
      }> | null;
    } | null;
  } | null;
};

export type EmergencyAccessItemFragment = {
  __typename?: 'EmergencyAccess';
  id: string;
  userId?: string | null;
  agencyCode?: string | null;
  reasonCode?: EmergencyReasonCode | null;
  reason?: string | null;
  startedAt?: string | null;
  endsAt?: string | null;
  endedAt?: string | null;
  inForce?: boolean | null;
  reviewDueOn?: string | null;
  reviewLate?: boolean | null;
  reviewOutcome?: EmergencyReviewOutcome | null;
  reviewNote?: string | null;
  reviewedBy?: string | null;
  reviewedAt?: string | null;
  flag?: EmergencyAccessFlag | null;
  flaggedAt?: string | null;
  flagAcknowledgedAt?: string | null;
  flagAcknowledgedBy?: string | null;
  flagNote?: string | null;
};

export type StartEmergencyAccessMutationVariables = Exact<{
  input: StartEmergencyAccessInput;
}>;

export type StartEmergencyAccessMutation = {
  __typename?: 'Mutation';
  startEmergencyAccess: {
    __typename?: 'EmergencyAccess';
    id: string;
    userId?: string | null;
    agencyCode?: string | null;
    reasonCode?: EmergencyReasonCode | null;
    reason?: string | null;
    startedAt?: string | null;
    endsAt?: string | null;
    endedAt?: string | null;
    inForce?: boolean | null;
    reviewDueOn?: string | null;
    reviewLate?: boolean | null;
    reviewOutcome?: EmergencyReviewOutcome | null;
    reviewNote?: string | null;
    reviewedBy?: string | null;
    reviewedAt?: string | null;
    flag?: EmergencyAccessFlag | null;
    flaggedAt?: string | null;
    flagAcknowledgedAt?: string | null;
    flagAcknowledgedBy?: string | null;
    flagNote?: string | null;
  };
};

export type EndEmergencyAccessMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type EndEmergencyAccessMutation = {
  __typename?: 'Mutation';
  endEmergencyAccess: {
    __typename?: 'EmergencyAccess';
    id: string;
    userId?: string | null;
    agencyCode?: string | null;
    reasonCode?: EmergencyReasonCode | null;
    reason?: string | null;
    startedAt?: string | null;
    endsAt?: string | null;
    endedAt?: string | null;
    inForce?: boolean | null;
    reviewDueOn?: string | null;
    reviewLate?: boolean | null;
    reviewOutcome?: EmergencyReviewOutcome | null;
    reviewNote?: string | null;
    reviewedBy?: string | null;
    reviewedAt?: string | null;
    flag?: EmergencyAccessFlag | null;
    flaggedAt?: string | null;
    flagAcknowledgedAt?: string | null;
    flagAcknowledgedBy?: string | null;
    flagNote?: string | null;
  };
};

export type EmergencyAccessesToReviewQueryVariables = Exact<{ [key: string]: never }>;

export type EmergencyAccessesToReviewQuery = {
  __typename?: 'Query';
  emergencyAccessesToReview: Array<{
    __typename?: 'EmergencyAccess';
    id: string;
    userId?: string | null;
    agencyCode?: string | null;
    reasonCode?: EmergencyReasonCode | null;
    reason?: string | null;
    startedAt?: string | null;
    endsAt?: string | null;
    endedAt?: string | null;
    inForce?: boolean | null;
    reviewDueOn?: string | null;
    reviewLate?: boolean | null;
    reviewOutcome?: EmergencyReviewOutcome | null;
    reviewNote?: string | null;
    reviewedBy?: string | null;
    reviewedAt?: string | null;
    flag?: EmergencyAccessFlag | null;
    flaggedAt?: string | null;
    flagAcknowledgedAt?: string | null;
    flagAcknowledgedBy?: string | null;
    flagNote?: string | null;
    serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
  }>;
};

export type ReviewEmergencyAccessMutationVariables = Exact<{
  input: ReviewEmergencyAccessInput;
}>;

export type ReviewEmergencyAccessMutation = {
  __typename?: 'Mutation';
  reviewEmergencyAccess: {
    __typename?: 'EmergencyAccess';
    id: string;
    userId?: string | null;
    agencyCode?: string | null;
    reasonCode?: EmergencyReasonCode | null;
    reason?: string | null;
    startedAt?: string | null;
    endsAt?: string | null;
    endedAt?: string | null;
    inForce?: boolean | null;
    reviewDueOn?: string | null;
    reviewLate?: boolean | null;
    reviewOutcome?: EmergencyReviewOutcome | null;
    reviewNote?: string | null;
    reviewedBy?: string | null;
    reviewedAt?: string | null;
    flag?: EmergencyAccessFlag | null;
    flaggedAt?: string | null;
    flagAcknowledgedAt?: string | null;
    flagAcknowledgedBy?: string | null;
    flagNote?: string | null;
  };
};

export type EmergencyAccessesForCoordinatorQueryVariables = Exact<{ [key: string]: never }>;

export type EmergencyAccessesForCoordinatorQuery = {
  __typename?: 'Query';
  emergencyAccessesForCoordinator: Array<{
    __typename?: 'EmergencyAccess';
    id: string;
    userId?: string | null;
    agencyCode?: string | null;
    reasonCode?: EmergencyReasonCode | null;
    reason?: string | null;
    startedAt?: string | null;
    endsAt?: string | null;
    endedAt?: string | null;
    inForce?: boolean | null;
    reviewDueOn?: string | null;
    reviewLate?: boolean | null;
    reviewOutcome?: EmergencyReviewOutcome | null;
    reviewNote?: string | null;
    reviewedBy?: string | null;
    reviewedAt?: string | null;
    flag?: EmergencyAccessFlag | null;
    flaggedAt?: string | null;
    flagAcknowledgedAt?: string | null;
    flagAcknowledgedBy?: string | null;
    flagNote?: string | null;
  }>;
};

export type AcknowledgeEmergencyAccessFlagMutationVariables = Exact<{
  input: AcknowledgeEmergencyAccessFlagInput;
}>;

export type AcknowledgeEmergencyAccessFlagMutation = {
  __typename?: 'Mutation';
  acknowledgeEmergencyAccessFlag: {
    __typename?: 'EmergencyAccess';
    id: string;
    userId?: string | null;
    agencyCode?: string | null;
    reasonCode?: EmergencyReasonCode | null;
    reason?: string | null;
    startedAt?: string | null;
    endsAt?: string | null;
    endedAt?: string | null;
    inForce?: boolean | null;
    reviewDueOn?: string | null;
    reviewLate?: boolean | null;
    reviewOutcome?: EmergencyReviewOutcome | null;
    reviewNote?: string | null;
    reviewedBy?: string | null;
    reviewedAt?: string | null;
    flag?: EmergencyAccessFlag | null;
    flaggedAt?: string | null;
    flagAcknowledgedAt?: string | null;
    flagAcknowledgedBy?: string | null;
    flagNote?: string | null;
  };
};

export type GapBlockDetailFragment = {
  __typename?: 'GapBlock';
  id: string;
  level?: number | null;
  status?: GapBlockStatus | null;
  issue?: string | null;
  whatTried?: string | null;
  raisedAt?: string | null;
  resolution?: string | null;
  resolvedAt?: string | null;
  case?: { __typename?: 'Case'; id: string } | null;
  concerningAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
  raisedByAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
  raisedBy?: {
    __typename?: 'KeyWorker';
    agencyCode: string;
    id: string;
    name: string;
    role: string;
  } | null;
  steps?: Array<{
    __typename?: 'GapBlockStep';
    id: string;
    level?: number | null;
    action?: GapBlockStepAction | null;
    outcome?: string | null;
    byRole?: string | null;
    at?: string | null;
    by?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  }> | null;
};

export type CaseGapsAndBlocksQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;

export type CaseGapsAndBlocksQuery = {
  __typename?: 'Query';
  case?: {
    __typename?: 'Case';
    id: string;
    gapsAndBlocks?: Array<{
      __typename?: 'GapBlock';
      id: string;
      level?: number | null;
      status?: GapBlockStatus | null;
      issue?: string | null;
      whatTried?: string | null;
      raisedAt?: string | null;
      resolution?: string | null;
      resolvedAt?: string | null;
      case?: { __typename?: 'Case'; id: string } | null;
      concerningAgency?: {
        __typename?: 'Agency';
        code: string;
        name: string;
        kind: AgencyKind;
      } | null;
      raisedByAgency?: {
        __typename?: 'Agency';
        code: string;
        name: string;
        kind: AgencyKind;
      } | null;
      raisedBy?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
      steps?: Array<{
        __typename?: 'GapBlockStep';
        id: string;
        level?: number | null;
        action?: GapBlockStepAction | null;
        outcome?: string | null;
        byRole?: string | null;
        at?: string | null;
        by?: {
          __typename?: 'KeyWorker';
          agencyCode: string;
          id: string;
          name: string;
          role: string;
        } | null;
      }> | null;
    }> | null;
  } | null;
};

export type GapBlockQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type GapBlockQuery = {
  __typename?: 'Query';
  gapBlock?: {
    __typename?: 'GapBlock';
    id: string;
    level?: number | null;
    status?: GapBlockStatus | null;
    issue?: string | null;
    whatTried?: string | null;
    raisedAt?: string | null;
    resolution?: string | null;
    resolvedAt?: string | null;
    case?: { __typename?: 'Case'; id: string } | null;
    concerningAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    raisedByAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    raisedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    steps?: Array<{
      __typename?: 'GapBlockStep';
      id: string;
      level?: number | null;
      action?: GapBlockStepAction | null;
      outcome?: string | null;
      byRole?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  } | null;
};

export type OpenEscalationsQueryVariables = Exact<{
  minLevel?: InputMaybe<Scalars['Int']['input']>;
}>;

export type OpenEscalationsQuery = {
  __typename?: 'Query';
  openEscalations: Array<{
    __typename?: 'GapBlock';
    id: string;
    level?: number | null;
    status?: GapBlockStatus | null;
    issue?: string | null;
    whatTried?: string | null;
    raisedAt?: string | null;
    resolution?: string | null;
    resolvedAt?: string | null;
    case?: { __typename?: 'Case'; id: string } | null;
    concerningAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    raisedByAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    raisedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    steps?: Array<{
      __typename?: 'GapBlockStep';
      id: string;
      level?: number | null;
      action?: GapBlockStepAction | null;
      outcome?: string | null;
      byRole?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  }>;
};

export type RaiseGapBlockMutationVariables = Exact<{
  input: RaiseGapBlockInput;
}>;

export type RaiseGapBlockMutation = {
  __typename?: 'Mutation';
  raiseGapBlock: {
    __typename?: 'GapBlock';
    id: string;
    level?: number | null;
    status?: GapBlockStatus | null;
    issue?: string | null;
    whatTried?: string | null;
    raisedAt?: string | null;
    resolution?: string | null;
    resolvedAt?: string | null;
    case?: { __typename?: 'Case'; id: string } | null;
    concerningAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    raisedByAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    raisedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    steps?: Array<{
      __typename?: 'GapBlockStep';
      id: string;
      level?: number | null;
      action?: GapBlockStepAction | null;
      outcome?: string | null;
      byRole?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  };
};

export type EscalateGapBlockMutationVariables = Exact<{
  input: EscalateGapBlockInput;
}>;

export type EscalateGapBlockMutation = {
  __typename?: 'Mutation';
  escalateGapBlock: {
    __typename?: 'GapBlock';
    id: string;
    level?: number | null;
    status?: GapBlockStatus | null;
    issue?: string | null;
    whatTried?: string | null;
    raisedAt?: string | null;
    resolution?: string | null;
    resolvedAt?: string | null;
    case?: { __typename?: 'Case'; id: string } | null;
    concerningAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    raisedByAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    raisedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    steps?: Array<{
      __typename?: 'GapBlockStep';
      id: string;
      level?: number | null;
      action?: GapBlockStepAction | null;
      outcome?: string | null;
      byRole?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  };
};

export type RecordGapBlockStepMutationVariables = Exact<{
  input: RecordGapBlockStepInput;
}>;

export type RecordGapBlockStepMutation = {
  __typename?: 'Mutation';
  recordGapBlockStep: {
    __typename?: 'GapBlock';
    id: string;
    level?: number | null;
    status?: GapBlockStatus | null;
    issue?: string | null;
    whatTried?: string | null;
    raisedAt?: string | null;
    resolution?: string | null;
    resolvedAt?: string | null;
    case?: { __typename?: 'Case'; id: string } | null;
    concerningAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    raisedByAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    raisedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    steps?: Array<{
      __typename?: 'GapBlockStep';
      id: string;
      level?: number | null;
      action?: GapBlockStepAction | null;
      outcome?: string | null;
      byRole?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  };
};

export type ResolveGapBlockMutationVariables = Exact<{
  input: ResolveGapBlockInput;
}>;

export type ResolveGapBlockMutation = {
  __typename?: 'Mutation';
  resolveGapBlock: {
    __typename?: 'GapBlock';
    id: string;
    level?: number | null;
    status?: GapBlockStatus | null;
    issue?: string | null;
    whatTried?: string | null;
    raisedAt?: string | null;
    resolution?: string | null;
    resolvedAt?: string | null;
    case?: { __typename?: 'Case'; id: string } | null;
    concerningAgency?: {
      __typename?: 'Agency';
      code: string;
      name: string;
      kind: AgencyKind;
    } | null;
    raisedByAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    raisedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    steps?: Array<{
      __typename?: 'GapBlockStep';
      id: string;
      level?: number | null;
      action?: GapBlockStepAction | null;
      outcome?: string | null;
      byRole?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  };
};

export type InvitationItemFragment = {
  __typename?: 'MeetingInvitation';
  id: string;
  meetingId?: string | null;
  sentAt?: string | null;
  response?: MeetingResponse | null;
  substituteName?: string | null;
  note?: string | null;
  respondedAt?: string | null;
  reportReceived?: boolean | null;
  phoneFollowUpDone?: boolean | null;
  agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
  keyWorker?: {
    __typename?: 'KeyWorker';
    agencyCode: string;
    id: string;
    name: string;
    role: string;
  } | null;
};

export type MeetingDetailFragment = {
  __typename?: 'Meeting';
  id: string;
  reason?: MeetingReason | null;
  scheduledFor?: string | null;
  place?: string | null;
  purpose?: string | null;
  aims?: string | null;
  status?: MeetingStatus | null;
  serviceUserAttends?: boolean | null;
  serviceUserAttendanceReason?: string | null;
  serviceUserPreparedAt?: string | null;
  serviceUserPreparation?: string | null;
  invitationsSentAt?: string | null;
  recordVersion?: number | null;
  finalisedAt?: string | null;
  planVersion?: number | null;
  circulatedAt?: string | null;
  cancelledAt?: string | null;
  cancellationReason?: string | null;
  outcomeCirculationDueOn?: string | null;
  outcomeCirculationLate?: boolean | null;
  summary?: string | null;
  decisions?: Array<string> | null;
  case?: { __typename?: 'Case'; id: string } | null;
  chairedBy?: {
    __typename?: 'KeyWorker';
    agencyCode: string;
    id: string;
    name: string;
    role: string;
  } | null;
  attendance?: Array<{
    __typename?: 'MeetingInvitation';
    id: string;
    meetingId?: string | null;
    sentAt?: string | null;
    response?: MeetingResponse | null;
    substituteName?: string | null;
    note?: string | null;
    respondedAt?: string | null;
    reportReceived?: boolean | null;
    phoneFollowUpDone?: boolean | null;
    agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    keyWorker?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  }> | null;
  notAnswered?: Array<{ __typename?: 'Agency'; code: string }> | null;
  actionReviews?: Array<{
    __typename?: 'MeetingActionReview';
    actionId?: string | null;
    whatWorkedWell?: string | null;
    challenges?: string | null;
    gapsAndBlocks?: string | null;
    newIssues?: string | null;
    nextSteps?: string | null;
  }> | null;
  circulations?: Array<{
    __typename?: 'MeetingCirculation';
    id: string;
    circulatedAt?: string | null;
    acknowledgedAt?: string | null;
    agency?: { __typename?: 'Agency'; code: string } | null;
  }> | null;
};

export type CaseMeetingsQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;

export type CaseMeetingsQuery = {
  __typename?: 'Query';
  case?: {
    __typename?: 'Case';
    id: string;
    meetings?: Array<{
      __typename?: 'Meeting';
      id: string;
      reason?: MeetingReason | null;
      scheduledFor?: string | null;
      place?: string | null;
      status?: MeetingStatus | null;
    }> | null;
  } | null;
};

export type MeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type MeetingQuery = {
  __typename?: 'Query';
  meeting?: {
    __typename?: 'Meeting';
    id: string;
    reason?: MeetingReason | null;
    scheduledFor?: string | null;
    place?: string | null;
    purpose?: string | null;
    aims?: string | null;
    status?: MeetingStatus | null;
    serviceUserAttends?: boolean | null;
    serviceUserAttendanceReason?: string | null;
    serviceUserPreparedAt?: string | null;
    serviceUserPreparation?: string | null;
    invitationsSentAt?: string | null;
    recordVersion?: number | null;
    finalisedAt?: string | null;
    planVersion?: number | null;
    circulatedAt?: string | null;
    cancelledAt?: string | null;
    cancellationReason?: string | null;
    outcomeCirculationDueOn?: string | null;
    outcomeCirculationLate?: boolean | null;
    summary?: string | null;
    decisions?: Array<string> | null;
    case?: { __typename?: 'Case'; id: string } | null;
    chairedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    attendance?: Array<{
      __typename?: 'MeetingInvitation';
      id: string;
      meetingId?: string | null;
      sentAt?: string | null;
      response?: MeetingResponse | null;
      substituteName?: string | null;
      note?: string | null;
      respondedAt?: string | null;
      reportReceived?: boolean | null;
      phoneFollowUpDone?: boolean | null;
      agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    notAnswered?: Array<{ __typename?: 'Agency'; code: string }> | null;
    actionReviews?: Array<{
      __typename?: 'MeetingActionReview';
      actionId?: string | null;
      whatWorkedWell?: string | null;
      challenges?: string | null;
      gapsAndBlocks?: string | null;
      newIssues?: string | null;
      nextSteps?: string | null;
    }> | null;
    circulations?: Array<{
      __typename?: 'MeetingCirculation';
      id: string;
      circulatedAt?: string | null;
      acknowledgedAt?: string | null;
      agency?: { __typename?: 'Agency'; code: string } | null;
    }> | null;
  } | null;
};

export type MyMeetingInvitationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyMeetingInvitationsQuery = {
  __typename?: 'Query';
  myMeetingInvitations: Array<{
    __typename?: 'MeetingInvitation';
    reason?: MeetingReason | null;
    scheduledFor?: string | null;
    place?: string | null;
    meetingStatus?: MeetingStatus | null;
    purpose?: string | null;
    aims?: string | null;
    cancelledAt?: string | null;
    cancellationReason?: string | null;
    outcomeSummary?: string | null;
    outcomeDecisions?: Array<string> | null;
    id: string;
    meetingId?: string | null;
    sentAt?: string | null;
    response?: MeetingResponse | null;
    substituteName?: string | null;
    note?: string | null;
    respondedAt?: string | null;
    reportReceived?: boolean | null;
    phoneFollowUpDone?: boolean | null;
    circulation?: {
      __typename?: 'MeetingCirculation';
      circulatedAt?: string | null;
      acknowledgedAt?: string | null;
    } | null;
    agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    keyWorker?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  }>;
};

export type MyMeetingWorkQueryVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;

export type MyMeetingWorkQuery = {
  __typename?: 'Query';
  myMeetingWork: {
    __typename?: 'MeetingWork';
    meetingId?: string | null;
    requests?: Array<{
      __typename?: 'MeetingAttendanceRequest';
      id: string;
      status?: MeetingAttendanceRequestStatus | null;
      note?: string | null;
      requestedAt?: string | null;
      decidedAt?: string | null;
      refusalReason?: string | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    report?: {
      __typename?: 'MeetingReport';
      contribution?: string | null;
      issues?: string | null;
      submittedAt?: string | null;
      phoneFollowUpAt?: string | null;
    } | null;
    substitute?: {
      __typename?: 'MeetingSubstitute';
      handoverNote?: string | null;
      namedAt?: string | null;
      substitute?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    } | null;
  };
};

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;

export type ScheduleMeetingMutation = {
  __typename?: 'Mutation';
  scheduleMeeting: {
    __typename?: 'Meeting';
    id: string;
    reason?: MeetingReason | null;
    scheduledFor?: string | null;
    place?: string | null;
    purpose?: string | null;
    aims?: string | null;
    status?: MeetingStatus | null;
    serviceUserAttends?: boolean | null;
    serviceUserAttendanceReason?: string | null;
    serviceUserPreparedAt?: string | null;
    serviceUserPreparation?: string | null;
    invitationsSentAt?: string | null;
    recordVersion?: number | null;
    finalisedAt?: string | null;
    planVersion?: number | null;
    circulatedAt?: string | null;
    cancelledAt?: string | null;
    cancellationReason?: string | null;
    outcomeCirculationDueOn?: string | null;
    outcomeCirculationLate?: boolean | null;
    summary?: string | null;
    decisions?: Array<string> | null;
    case?: { __typename?: 'Case'; id: string } | null;
    chairedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    attendance?: Array<{
      __typename?: 'MeetingInvitation';
      id: string;
      meetingId?: string | null;
      sentAt?: string | null;
      response?: MeetingResponse | null;
      substituteName?: string | null;
      note?: string | null;
      respondedAt?: string | null;
      reportReceived?: boolean | null;
      phoneFollowUpDone?: boolean | null;
      agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    notAnswered?: Array<{ __typename?: 'Agency'; code: string }> | null;
    actionReviews?: Array<{
      __typename?: 'MeetingActionReview';
      actionId?: string | null;
      whatWorkedWell?: string | null;
      challenges?: string | null;
      gapsAndBlocks?: string | null;
      newIssues?: string | null;
      nextSteps?: string | null;
    }> | null;
    circulations?: Array<{
      __typename?: 'MeetingCirculation';
      id: string;
      circulatedAt?: string | null;
      acknowledgedAt?: string | null;
      agency?: { __typename?: 'Agency'; code: string } | null;
    }> | null;
  };
};

export type RescheduleMeetingMutationVariables = Exact<{
  input: RescheduleMeetingInput;
}>;

export type RescheduleMeetingMutation = {
  __typename?: 'Mutation';
  rescheduleMeeting: {
    __typename?: 'Meeting';
    id: string;
    reason?: MeetingReason | null;
    scheduledFor?: string | null;
    place?: string | null;
    purpose?: string | null;
    aims?: string | null;
    status?: MeetingStatus | null;
    serviceUserAttends?: boolean | null;
    serviceUserAttendanceReason?: string | null;
    serviceUserPreparedAt?: string | null;
    serviceUserPreparation?: string | null;
    invitationsSentAt?: string | null;
    recordVersion?: number | null;
    finalisedAt?: string | null;
    planVersion?: number | null;
    circulatedAt?: string | null;
    cancelledAt?: string | null;
    cancellationReason?: string | null;
    outcomeCirculationDueOn?: string | null;
    outcomeCirculationLate?: boolean | null;
    summary?: string | null;
    decisions?: Array<string> | null;
    case?: { __typename?: 'Case'; id: string } | null;
    chairedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    attendance?: Array<{
      __typename?: 'MeetingInvitation';
      id: string;
      meetingId?: string | null;
      sentAt?: string | null;
      response?: MeetingResponse | null;
      substituteName?: string | null;
      note?: string | null;
      respondedAt?: string | null;
      reportReceived?: boolean | null;
      phoneFollowUpDone?: boolean | null;
      agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    notAnswered?: Array<{ __typename?: 'Agency'; code: string }> | null;
    actionReviews?: Array<{
      __typename?: 'MeetingActionReview';
      actionId?: string | null;
      whatWorkedWell?: string | null;
      challenges?: string | null;
      gapsAndBlocks?: string | null;
      newIssues?: string | null;
      nextSteps?: string | null;
    }> | null;
    circulations?: Array<{
      __typename?: 'MeetingCirculation';
      id: string;
      circulatedAt?: string | null;
      acknowledgedAt?: string | null;
      agency?: { __typename?: 'Agency'; code: string } | null;
    }> | null;
  };
};

export type CancelMeetingMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;

export type CancelMeetingMutation = {
  __typename?: 'Mutation';
  cancelMeeting: {
    __typename?: 'Meeting';
    id: string;
    status?: MeetingStatus | null;
    cancelledAt?: string | null;
    cancellationReason?: string | null;
  };
};

export type SendMeetingInvitationsMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;

export type SendMeetingInvitationsMutation = {
  __typename?: 'Mutation';
  sendMeetingInvitations: {
    __typename?: 'Meeting';
    id: string;
    reason?: MeetingReason | null;
    scheduledFor?: string | null;
    place?: string | null;
    purpose?: string | null;
    aims?: string | null;
    status?: MeetingStatus | null;
    serviceUserAttends?: boolean | null;
    serviceUserAttendanceReason?: string | null;
    serviceUserPreparedAt?: string | null;
    serviceUserPreparation?: string | null;
    invitationsSentAt?: string | null;
    recordVersion?: number | null;
    finalisedAt?: string | null;
    planVersion?: number | null;
    circulatedAt?: string | null;
    cancelledAt?: string | null;
    cancellationReason?: string | null;
    outcomeCirculationDueOn?: string | null;
    outcomeCirculationLate?: boolean | null;
    summary?: string | null;
    decisions?: Array<string> | null;
    case?: { __typename?: 'Case'; id: string } | null;
    chairedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    attendance?: Array<{
      __typename?: 'MeetingInvitation';
      id: string;
      meetingId?: string | null;
      sentAt?: string | null;
      response?: MeetingResponse | null;
      substituteName?: string | null;
      note?: string | null;
      respondedAt?: string | null;
      reportReceived?: boolean | null;
      phoneFollowUpDone?: boolean | null;
      agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    notAnswered?: Array<{ __typename?: 'Agency'; code: string }> | null;
    actionReviews?: Array<{
      __typename?: 'MeetingActionReview';
      actionId?: string | null;
      whatWorkedWell?: string | null;
      challenges?: string | null;
      gapsAndBlocks?: string | null;
      newIssues?: string | null;
      nextSteps?: string | null;
    }> | null;
    circulations?: Array<{
      __typename?: 'MeetingCirculation';
      id: string;
      circulatedAt?: string | null;
      acknowledgedAt?: string | null;
      agency?: { __typename?: 'Agency'; code: string } | null;
    }> | null;
  };
};

export type RespondToMeetingInvitationMutationVariables = Exact<{
  input: RespondToMeetingInvitationInput;
}>;

export type RespondToMeetingInvitationMutation = {
  __typename?: 'Mutation';
  respondToMeetingInvitation: {
    __typename?: 'MeetingInvitation';
    id: string;
    meetingId?: string | null;
    sentAt?: string | null;
    response?: MeetingResponse | null;
    substituteName?: string | null;
    note?: string | null;
    respondedAt?: string | null;
    reportReceived?: boolean | null;
    phoneFollowUpDone?: boolean | null;
    agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    keyWorker?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  };
};

export type RequestMeetingAttendanceMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;

export type RequestMeetingAttendanceMutation = {
  __typename?: 'Mutation';
  requestMeetingAttendance: {
    __typename?: 'MeetingAttendanceRequest';
    id: string;
    status?: MeetingAttendanceRequestStatus | null;
    requestedAt?: string | null;
  };
};

export type DecideMeetingAttendanceMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;

export type DecideMeetingAttendanceMutation = {
  __typename?: 'Mutation';
  decideMeetingAttendance: {
    __typename?: 'MeetingAttendanceRequest';
    id: string;
    status?: MeetingAttendanceRequestStatus | null;
    decidedAt?: string | null;
    refusalReason?: string | null;
  };
};

export type SubmitWrittenReportMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  contribution: Scalars['String']['input'];
  issues: Scalars['String']['input'];
}>;

export type SubmitWrittenReportMutation = {
  __typename?: 'Mutation';
  submitWrittenReport: {
    __typename?: 'MeetingReport';
    meetingId?: string | null;
    contribution?: string | null;
    issues?: string | null;
    submittedAt?: string | null;
  };
};

export type RecordMeetingMinutesMutationVariables = Exact<{
  input: RecordMeetingMinutesInput;
}>;

export type RecordMeetingMinutesMutation = {
  __typename?: 'Mutation';
  recordMeetingMinutes: {
    __typename?: 'Meeting';
    id: string;
    reason?: MeetingReason | null;
    scheduledFor?: string | null;
    place?: string | null;
    purpose?: string | null;
    aims?: string | null;
    status?: MeetingStatus | null;
    serviceUserAttends?: boolean | null;
    serviceUserAttendanceReason?: string | null;
    serviceUserPreparedAt?: string | null;
    serviceUserPreparation?: string | null;
    invitationsSentAt?: string | null;
    recordVersion?: number | null;
    finalisedAt?: string | null;
    planVersion?: number | null;
    circulatedAt?: string | null;
    cancelledAt?: string | null;
    cancellationReason?: string | null;
    outcomeCirculationDueOn?: string | null;
    outcomeCirculationLate?: boolean | null;
    summary?: string | null;
    decisions?: Array<string> | null;
    case?: { __typename?: 'Case'; id: string } | null;
    chairedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    attendance?: Array<{
      __typename?: 'MeetingInvitation';
      id: string;
      meetingId?: string | null;
      sentAt?: string | null;
      response?: MeetingResponse | null;
      substituteName?: string | null;
      note?: string | null;
      respondedAt?: string | null;
      reportReceived?: boolean | null;
      phoneFollowUpDone?: boolean | null;
      agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    notAnswered?: Array<{ __typename?: 'Agency'; code: string }> | null;
    actionReviews?: Array<{
      __typename?: 'MeetingActionReview';
      actionId?: string | null;
      whatWorkedWell?: string | null;
      challenges?: string | null;
      gapsAndBlocks?: string | null;
      newIssues?: string | null;
      nextSteps?: string | null;
    }> | null;
    circulations?: Array<{
      __typename?: 'MeetingCirculation';
      id: string;
      circulatedAt?: string | null;
      acknowledgedAt?: string | null;
      agency?: { __typename?: 'Agency'; code: string } | null;
    }> | null;
  };
};

export type FinaliseMeetingMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  expectedPlanVersion: Scalars['Int']['input'];
  nextReviewOn?: InputMaybe<Scalars['String']['input']>;
  closure?: InputMaybe<MeetingClosureInput>;
}>;

export type FinaliseMeetingMutation = {
  __typename?: 'Mutation';
  finaliseMeeting: {
    __typename?: 'Meeting';
    id: string;
    reason?: MeetingReason | null;
    scheduledFor?: string | null;
    place?: string | null;
    purpose?: string | null;
    aims?: string | null;
    status?: MeetingStatus | null;
    serviceUserAttends?: boolean | null;
    serviceUserAttendanceReason?: string | null;
    serviceUserPreparedAt?: string | null;
    serviceUserPreparation?: string | null;
    invitationsSentAt?: string | null;
    recordVersion?: number | null;
    finalisedAt?: string | null;
    planVersion?: number | null;
    circulatedAt?: string | null;
    cancelledAt?: string | null;
    cancellationReason?: string | null;
    outcomeCirculationDueOn?: string | null;
    outcomeCirculationLate?: boolean | null;
    summary?: string | null;
    decisions?: Array<string> | null;
    case?: { __typename?: 'Case'; id: string } | null;
    chairedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    attendance?: Array<{
      __typename?: 'MeetingInvitation';
      id: string;
      meetingId?: string | null;
      sentAt?: string | null;
      response?: MeetingResponse | null;
      substituteName?: string | null;
      note?: string | null;
      respondedAt?: string | null;
      reportReceived?: boolean | null;
      phoneFollowUpDone?: boolean | null;
      agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    notAnswered?: Array<{ __typename?: 'Agency'; code: string }> | null;
    actionReviews?: Array<{
      __typename?: 'MeetingActionReview';
      actionId?: string | null;
      whatWorkedWell?: string | null;
      challenges?: string | null;
      gapsAndBlocks?: string | null;
      newIssues?: string | null;
      nextSteps?: string | null;
    }> | null;
    circulations?: Array<{
      __typename?: 'MeetingCirculation';
      id: string;
      circulatedAt?: string | null;
      acknowledgedAt?: string | null;
      agency?: { __typename?: 'Agency'; code: string } | null;
    }> | null;
  };
};

export type CirculateMeetingOutcomeMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;

export type CirculateMeetingOutcomeMutation = {
  __typename?: 'Mutation';
  circulateMeetingOutcome: {
    __typename?: 'Meeting';
    id: string;
    reason?: MeetingReason | null;
    scheduledFor?: string | null;
    place?: string | null;
    purpose?: string | null;
    aims?: string | null;
    status?: MeetingStatus | null;
    serviceUserAttends?: boolean | null;
    serviceUserAttendanceReason?: string | null;
    serviceUserPreparedAt?: string | null;
    serviceUserPreparation?: string | null;
    invitationsSentAt?: string | null;
    recordVersion?: number | null;
    finalisedAt?: string | null;
    planVersion?: number | null;
    circulatedAt?: string | null;
    cancelledAt?: string | null;
    cancellationReason?: string | null;
    outcomeCirculationDueOn?: string | null;
    outcomeCirculationLate?: boolean | null;
    summary?: string | null;
    decisions?: Array<string> | null;
    case?: { __typename?: 'Case'; id: string } | null;
    chairedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
    attendance?: Array<{
      __typename?: 'MeetingInvitation';
      id: string;
      meetingId?: string | null;
      sentAt?: string | null;
      response?: MeetingResponse | null;
      substituteName?: string | null;
      note?: string | null;
      respondedAt?: string | null;
      reportReceived?: boolean | null;
      phoneFollowUpDone?: boolean | null;
      agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    notAnswered?: Array<{ __typename?: 'Agency'; code: string }> | null;
    actionReviews?: Array<{
      __typename?: 'MeetingActionReview';
      actionId?: string | null;
      whatWorkedWell?: string | null;
      challenges?: string | null;
      gapsAndBlocks?: string | null;
      newIssues?: string | null;
      nextSteps?: string | null;
    }> | null;
    circulations?: Array<{
      __typename?: 'MeetingCirculation';
      id: string;
      circulatedAt?: string | null;
      acknowledgedAt?: string | null;
      agency?: { __typename?: 'Agency'; code: string } | null;
    }> | null;
  };
};

export type AcknowledgeMeetingOutcomeMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;

export type AcknowledgeMeetingOutcomeMutation = {
  __typename?: 'Mutation';
  acknowledgeMeetingOutcome: {
    __typename?: 'MeetingCirculation';
    id: string;
    circulatedAt?: string | null;
    acknowledgedAt?: string | null;
  };
};

export type MyNotificationsQueryVariables = Exact<{
  includeAcknowledged?: InputMaybe<Scalars['Boolean']['input']>;
}>;

export type MyNotificationsQuery = {
  __typename?: 'Query';
  myNotifications: Array<{
    __typename?: 'Notification';
    id: string;
    kind?: string | null;
    message?: string | null;
    createdAt?: string | null;
    acknowledgedAt?: string | null;
    case?: {
      __typename?: 'Case';
      id: string;
      serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
    } | null;
  }>;
};

export type AcknowledgeNotificationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type AcknowledgeNotificationMutation = {
  __typename?: 'Mutation';
  acknowledgeNotification: {
    __typename?: 'Notification';
    id: string;
    acknowledgedAt?: string | null;
  };
};

export type ReferralDetailFragment = {
  __typename?: 'Referral';
  id: string;
  status?: ReferralStatus | null;
  reason?: string | null;
  consentId?: string | null;
  followUpOn?: string | null;
  interimPlan?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  toAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
  case?: { __typename?: 'Case'; id: string } | null;
  events?: Array<{
    __typename?: 'ReferralEvent';
    id: string;
    status?: ReferralStatus | null;
    note?: string | null;
    at?: string | null;
    by?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  }> | null;
};

export type CaseReferralsQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;

export type CaseReferralsQuery = {
  __typename?: 'Query';
  case?: {
    __typename?: 'Case';
    id: string;
    referrals?: Array<{
      __typename?: 'Referral';
      id: string;
      status?: ReferralStatus | null;
      reason?: string | null;
      consentId?: string | null;
      followUpOn?: string | null;
      interimPlan?: string | null;
      createdAt?: string | null;
      updatedAt?: string | null;
      toAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      case?: { __typename?: 'Case'; id: string } | null;
      events?: Array<{
        __typename?: 'ReferralEvent';
        id: string;
        status?: ReferralStatus | null;
        note?: string | null;
        at?: string | null;
        by?: {
          __typename?: 'KeyWorker';
          agencyCode: string;
          id: string;
          name: string;
          role: string;
        } | null;
      }> | null;
    }> | null;
  } | null;
};

export type ReferralQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;

export type ReferralQuery = {
  __typename?: 'Query';
  referral?: {
    __typename?: 'Referral';
    id: string;
    status?: ReferralStatus | null;
    reason?: string | null;
    consentId?: string | null;
    followUpOn?: string | null;
    interimPlan?: string | null;
    createdAt?: string | null;
    updatedAt?: string | null;
    serviceUser?: {
      __typename?: 'ServiceUser';
      id: string;
      pseudonym: string;
      givenName?: string | null;
      familyName?: string | null;
    } | null;
    toAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    case?: { __typename?: 'Case'; id: string } | null;
    events?: Array<{
      __typename?: 'ReferralEvent';
      id: string;
      status?: ReferralStatus | null;
      note?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  } | null;
};

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;

export type CreateReferralMutation = {
  __typename?: 'Mutation';
  createReferral: {
    __typename?: 'Referral';
    id: string;
    status?: ReferralStatus | null;
    reason?: string | null;
    consentId?: string | null;
    followUpOn?: string | null;
    interimPlan?: string | null;
    createdAt?: string | null;
    updatedAt?: string | null;
    toAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    case?: { __typename?: 'Case'; id: string } | null;
    events?: Array<{
      __typename?: 'ReferralEvent';
      id: string;
      status?: ReferralStatus | null;
      note?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  };
};

export type UpdateReferralStatusMutationVariables = Exact<{
  input: UpdateReferralStatusInput;
}>;

export type UpdateReferralStatusMutation = {
  __typename?: 'Mutation';
  updateReferralStatus: {
    __typename?: 'Referral';
    id: string;
    status?: ReferralStatus | null;
    reason?: string | null;
    consentId?: string | null;
    followUpOn?: string | null;
    interimPlan?: string | null;
    createdAt?: string | null;
    updatedAt?: string | null;
    toAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    case?: { __typename?: 'Case'; id: string } | null;
    events?: Array<{
      __typename?: 'ReferralEvent';
      id: string;
      status?: ReferralStatus | null;
      note?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  };
};

export type RecordReferralFollowUpMutationVariables = Exact<{
  input: RecordReferralFollowUpInput;
}>;

export type RecordReferralFollowUpMutation = {
  __typename?: 'Mutation';
  recordReferralFollowUp: {
    __typename?: 'Referral';
    id: string;
    status?: ReferralStatus | null;
    reason?: string | null;
    consentId?: string | null;
    followUpOn?: string | null;
    interimPlan?: string | null;
    createdAt?: string | null;
    updatedAt?: string | null;
    toAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    case?: { __typename?: 'Case'; id: string } | null;
    events?: Array<{
      __typename?: 'ReferralEvent';
      id: string;
      status?: ReferralStatus | null;
      note?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  };
};

export type ReportDisengagementAfterReferralMutationVariables = Exact<{
  input: ReportDisengagementAfterReferralInput;
}>;

export type ReportDisengagementAfterReferralMutation = {
  __typename?: 'Mutation';
  reportDisengagementAfterReferral: {
    __typename?: 'Referral';
    id: string;
    status?: ReferralStatus | null;
    reason?: string | null;
    consentId?: string | null;
    followUpOn?: string | null;
    interimPlan?: string | null;
    createdAt?: string | null;
    updatedAt?: string | null;
    toAgency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
    case?: { __typename?: 'Case'; id: string } | null;
    events?: Array<{
      __typename?: 'ReferralEvent';
      id: string;
      status?: ReferralStatus | null;
      note?: string | null;
      at?: string | null;
      by?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
  };
};

export type CaseManagerWorklistQueryVariables = Exact<{
  dueWithinDays: Scalars['Int']['input'];
}>;

export type CaseManagerWorklistQuery = {
  __typename?: 'Query';
  caseManagerWorklist: {
    __typename?: 'CaseManagerWorklist';
    overdueReviews: Array<{
      __typename?: 'CarePlan';
      id: string;
      nextReviewOn?: string | null;
      case?: {
        __typename?: 'Case';
        id: string;
        serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      } | null;
    }>;
    reviewsDueSoon: Array<{
      __typename?: 'CarePlan';
      id: string;
      nextReviewOn?: string | null;
      case?: {
        __typename?: 'Case';
        id: string;
        serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      } | null;
    }>;
    overdueActions: Array<{
      __typename?: 'PlanAction';
      id: string;
      description?: string | null;
      dueOn?: string | null;
      responsibleAgency?: { __typename?: 'Agency'; code: string } | null;
    }>;
    actionsToReassign: Array<{
      __typename?: 'PlanAction';
      id: string;
      description?: string | null;
      responsibleAgency?: { __typename?: 'Agency'; code: string } | null;
    }>;
    referralsAwaitingFollowUp: Array<{
      __typename?: 'Referral';
      id: string;
      status?: ReferralStatus | null;
      followUpOn?: string | null;
      interimPlan?: string | null;
      toAgency?: { __typename?: 'Agency'; code: string } | null;
      case?: {
        __typename?: 'Case';
        id: string;
        serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      } | null;
    }>;
    transfersAwaitingAcceptance: Array<{
      __typename?: 'CaseTransfer';
      id: string;
      requestedAt?: string | null;
      case?: { __typename?: 'Case'; id: string } | null;
    }>;
    serviceDeliveryChanges: Array<{
      __typename?: 'ServiceDeliveryChange';
      id: string;
      what?: string | null;
      why?: string | null;
      effectiveFrom?: string | null;
      agency?: { __typename?: 'Agency'; code: string } | null;
      case?: { __typename?: 'Case'; id: string } | null;
    }>;
    upcomingMeetings: Array<{
      __typename?: 'Meeting';
      id: string;
      reason?: MeetingReason | null;
      scheduledFor?: string | null;
      place?: string | null;
      case?: { __typename?: 'Case'; id: string } | null;
    }>;
    lateMeetingOutcomes: Array<{
      __typename?: 'Meeting';
      id: string;
      outcomeCirculationDueOn?: string | null;
      case?: { __typename?: 'Case'; id: string } | null;
    }>;
    emergencyAccessesToReview: Array<{
      __typename?: 'EmergencyAccess';
      id: string;
      agencyCode?: string | null;
      reasonCode?: EmergencyReasonCode | null;
      startedAt?: string | null;
      reviewDueOn?: string | null;
    }>;
    openGapsAndBlocks: Array<{
      __typename?: 'GapBlock';
      id: string;
      level?: number | null;
      issue?: string | null;
      raisedAt?: string | null;
      concerningAgency?: { __typename?: 'Agency'; code: string } | null;
      case?: { __typename?: 'Case'; id: string } | null;
    }>;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AgencyRefFragmentDoc = new TypedDocumentString(
  `
    fragment AgencyRef on Agency {
  code
  name
  kind
}
    `,
  { fragmentName: 'AgencyRef' },
) as unknown as TypedDocumentString<AgencyRefFragment, unknown>;
export const StaffRefFragmentDoc = new TypedDocumentString(
  `
    fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
    `,
  { fragmentName: 'StaffRef' },
) as unknown as TypedDocumentString<StaffRefFragment, unknown>;
export const CaseSummaryFragmentDoc = new TypedDocumentString(
  `
    fragment CaseSummary on Case {
  id
  status
  openedAt
  engagement
  serviceUser {
    id
    pseudonym
    givenName
    familyName
  }
  leadAgency {
    ...AgencyRef
  }
  caseManager {
    ...StaffRef
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { fragmentName: 'CaseSummary' },
) as unknown as TypedDocumentString<CaseSummaryFragment, unknown>;
export const PlanActionItemFragmentDoc = new TypedDocumentString(
  `
    fragment PlanActionItem on PlanAction {
  id
  description
  domain
  interventionType
  dueOn
  reviewEveryWeeks
  goal {
    id
  }
  responsibleAgency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { fragmentName: 'PlanActionItem' },
) as unknown as TypedDocumentString<PlanActionItemFragment, unknown>;
export const DeliveryDetailFragmentDoc = new TypedDocumentString(
  `
    fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
    fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { fragmentName: 'DeliveryDetail' },
) as unknown as TypedDocumentString<DeliveryDetailFragment, unknown>;
export const ProgressNoteItemFragmentDoc = new TypedDocumentString(
  `
    fragment ProgressNoteItem on ProgressNote {
  id
  body
  writtenAt
  writtenBy {
    agencyCode
    id
    name
    role
  }
}
    `,
  { fragmentName: 'ProgressNoteItem' },
) as unknown as TypedDocumentString<ProgressNoteItemFragment, unknown>;
export const CarePlanDetailFragmentDoc = new TypedDocumentString(
  `
    fragment CarePlanDetail on CarePlan {
  id
  version
  nextReviewOn
  lastReviewedOn
  reviewOverdue
  updatedAt
  needs {
    id
    domain
    description
    met
  }
  goals {
    id
    domain
    statement
    measure
    achievability
    targetDate
    status
    need {
      id
    }
    proposedBy {
      code
    }
    conflicts {
      id
      note
      resolution
      conflictingGoal {
        id
        statement
      }
    }
  }
  actions {
    ...PlanActionItem
    delivery {
      ...DeliveryDetail
      progressNotes {
        ...ProgressNoteItem
      }
    }
  }
  duplicationFlags {
    interventionType
    agencies {
      code
    }
    actions {
      id
    }
  }
}
    fragment ProgressNoteItem on ProgressNote {
  id
  body
  writtenAt
  writtenBy {
    agencyCode
    id
    name
    role
  }
}
fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
fragment PlanActionItem on PlanAction {
  id
  description
  domain
  interventionType
  dueOn
  reviewEveryWeeks
  goal {
    id
  }
  responsibleAgency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { fragmentName: 'CarePlanDetail' },
) as unknown as TypedDocumentString<CarePlanDetailFragment, unknown>;
export const ConsentItemFragmentDoc = new TypedDocumentString(
  `
    fragment ConsentItem on Consent {
  id
  status
  inForce
  version
  categories
  fullCopy
  purpose
  validFrom
  validUntil
  evidenceRef
  evidenceSignedOn
  recordedAt
  withdrawnAt
  recipientAgencyKind
  recipientAgency {
    ...AgencyRef
  }
  recordedBy {
    ...StaffRef
  }
  exceptions {
    categories
    validFrom
    validUntil
    inForce
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { fragmentName: 'ConsentItem' },
) as unknown as TypedDocumentString<ConsentItemFragment, unknown>;
export const EmergencyAccessItemFragmentDoc = new TypedDocumentString(
  `
    fragment EmergencyAccessItem on EmergencyAccess {
  id
  userId
  agencyCode
  reasonCode
  reason
  startedAt
  endsAt
  endedAt
  inForce
  reviewDueOn
  reviewLate
  reviewOutcome
  reviewNote
  reviewedBy
  reviewedAt
  flag
  flaggedAt
  flagAcknowledgedAt
  flagAcknowledgedBy
  flagNote
}
    `,
  { fragmentName: 'EmergencyAccessItem' },
) as unknown as TypedDocumentString<EmergencyAccessItemFragment, unknown>;
export const GapBlockDetailFragmentDoc = new TypedDocumentString(
  `
    fragment GapBlockDetail on GapBlock {
  id
  level
  status
  issue
  whatTried
  raisedAt
  resolution
  resolvedAt
  case {
    id
  }
  concerningAgency {
    ...AgencyRef
  }
  raisedByAgency {
    ...AgencyRef
  }
  raisedBy {
    ...StaffRef
  }
  steps {
    id
    level
    action
    outcome
    byRole
    at
    by {
      ...StaffRef
    }
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { fragmentName: 'GapBlockDetail' },
) as unknown as TypedDocumentString<GapBlockDetailFragment, unknown>;
export const InvitationItemFragmentDoc = new TypedDocumentString(
  `
    fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { fragmentName: 'InvitationItem' },
) as unknown as TypedDocumentString<InvitationItemFragment, unknown>;
export const MeetingDetailFragmentDoc = new TypedDocumentString(
  `
    fragment MeetingDetail on Meeting {
  id
  reason
  scheduledFor
  place
  purpose
  aims
  status
  serviceUserAttends
  serviceUserAttendanceReason
  serviceUserPreparedAt
  serviceUserPreparation
  invitationsSentAt
  recordVersion
  finalisedAt
  planVersion
  circulatedAt
  cancelledAt
  cancellationReason
  outcomeCirculationDueOn
  outcomeCirculationLate
  case {
    id
  }
  chairedBy {
    ...StaffRef
  }
  attendance {
    ...InvitationItem
  }
  notAnswered {
    code
  }
  summary
  decisions
  actionReviews {
    actionId
    whatWorkedWell
    challenges
    gapsAndBlocks
    newIssues
    nextSteps
  }
  circulations {
    id
    circulatedAt
    acknowledgedAt
    agency {
      code
    }
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}`,
  { fragmentName: 'MeetingDetail' },
) as unknown as TypedDocumentString<MeetingDetailFragment, unknown>;
export const ReferralDetailFragmentDoc = new TypedDocumentString(
  `
    fragment ReferralDetail on Referral {
  id
  status
  reason
  consentId
  followUpOn
  interimPlan
  createdAt
  updatedAt
  toAgency {
    ...AgencyRef
  }
  case {
    id
  }
  events {
    id
    status
    note
    at
    by {
      ...StaffRef
    }
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { fragmentName: 'ReferralDetail' },
) as unknown as TypedDocumentString<ReferralDetailFragment, unknown>;
export const PlanVersionsDocument = new TypedDocumentString(
  `
    query PlanVersions($planId: ID!) {
  carePlan(id: $planId) {
    id
    version
    versions {
      id
      version
      createdAt
      changeSummary
      author {
        ...StaffRef
      }
      authorAgency {
        code
      }
      meeting {
        id
      }
    }
  }
}
    fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: '855bf0a36111d05745441d965040e84cddc66f37f78c860a94cfb0f84b1842ab' },
) as unknown as TypedDocumentString<PlanVersionsQuery, PlanVersionsQueryVariables>;
export const PlanVersionDocument = new TypedDocumentString(
  `
    query PlanVersion($planId: ID!, $version: Int!) {
  carePlan(id: $planId) {
    id
    versionAt(version: $version) {
      id
      version
      createdAt
      changeSummary
      nextReviewOn
      needs {
        id
        domain
        description
        met
      }
      goals {
        id
        domain
        statement
        targetDate
        status
      }
      actions {
        ...PlanActionItem
      }
    }
  }
}
    fragment PlanActionItem on PlanAction {
  id
  description
  domain
  interventionType
  dueOn
  reviewEveryWeeks
  goal {
    id
  }
  responsibleAgency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: '51f80ec594645442b927377828d3aecc061d18f25e3344fb3d5abe1f9e3888b3' },
) as unknown as TypedDocumentString<PlanVersionQuery, PlanVersionQueryVariables>;
export const PlanChangesDocument = new TypedDocumentString(
  `
    query PlanChanges($planId: ID!, $fromVersion: Int!, $toVersion: Int) {
  carePlan(id: $planId) {
    id
    changes(fromVersion: $fromVersion, toVersion: $toVersion) {
      part
      itemId
      change
      field
      before
      after
      domain
    }
  }
}
    `,
  { hash: 'bc7d5ccd5f997c40c655a4e62075cd587304dcfbdbd7fec16f6e85aed5dd7ef8' },
) as unknown as TypedDocumentString<PlanChangesQuery, PlanChangesQueryVariables>;
export const ReviseCarePlanDocument = new TypedDocumentString(
  `
    mutation ReviseCarePlan($input: ReviseCarePlanInput!) {
  reviseCarePlan(input: $input) {
    ...CarePlanDetail
  }
}
    fragment ProgressNoteItem on ProgressNote {
  id
  body
  writtenAt
  writtenBy {
    agencyCode
    id
    name
    role
  }
}
fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
fragment PlanActionItem on PlanAction {
  id
  description
  domain
  interventionType
  dueOn
  reviewEveryWeeks
  goal {
    id
  }
  responsibleAgency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment CarePlanDetail on CarePlan {
  id
  version
  nextReviewOn
  lastReviewedOn
  reviewOverdue
  updatedAt
  needs {
    id
    domain
    description
    met
  }
  goals {
    id
    domain
    statement
    measure
    achievability
    targetDate
    status
    need {
      id
    }
    proposedBy {
      code
    }
    conflicts {
      id
      note
      resolution
      conflictingGoal {
        id
        statement
      }
    }
  }
  actions {
    ...PlanActionItem
    delivery {
      ...DeliveryDetail
      progressNotes {
        ...ProgressNoteItem
      }
    }
  }
  duplicationFlags {
    interventionType
    agencies {
      code
    }
    actions {
      id
    }
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: '04b8cb4989efeb943f7a252bdddaf1b03c21d2339cdab5ec775e1951a5447069' },
) as unknown as TypedDocumentString<ReviseCarePlanMutation, ReviseCarePlanMutationVariables>;
export const RecordPlanReviewDocument = new TypedDocumentString(
  `
    mutation RecordPlanReview($input: RecordPlanReviewInput!) {
  recordPlanReview(input: $input) {
    id
    version
    lastReviewedOn
    nextReviewOn
    reviewOverdue
  }
}
    `,
  { hash: '937f94ee45beb328c3fe6fc143db960d127ec03e114a581e058264c280e23ac3' },
) as unknown as TypedDocumentString<RecordPlanReviewMutation, RecordPlanReviewMutationVariables>;
export const IssuePlanCopyDocument = new TypedDocumentString(
  `
    mutation IssuePlanCopy($planId: ID!, $recipient: CopyRecipientKind!, $agencyCode: ID, $version: Int) {
  issuePlanCopy(
    planId: $planId
    recipient: $recipient
    agencyCode: $agencyCode
    version: $version
  ) {
    id
    version
    recipientKind
    scope
    issuedAt
    consentId
    fileName
    html
    recipientAgency {
      code
    }
  }
}
    `,
  { hash: 'cccc6c7b1c0054cc3afe331b0bf3bbe10359e1da5018d8c96bb231148c9e2fbf' },
) as unknown as TypedDocumentString<IssuePlanCopyMutation, IssuePlanCopyMutationVariables>;
export const MyCaseloadDocument = new TypedDocumentString(
  `
    query MyCaseload($keyWorkerId: ID) {
  myCaseload(keyWorkerId: $keyWorkerId) {
    keyWorker {
      ...StaffRef
      supervisor {
        ...StaffRef
      }
    }
    serviceUsers {
      id
      pseudonym
      givenName
      familyName
    }
    meetingItemsComplete
    openActions {
      actionId
      description
      dueOn
      overdue
      serviceUser {
        id
        pseudonym
      }
      delivery {
        ...DeliveryDetail
      }
    }
    attention {
      kind
      actionId
      meetingId
      meetingAt
      description
      dueOn
      daysOverdue
      serviceUser {
        id
        pseudonym
      }
    }
  }
}
    fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'd9dc7d21c086b9d28bdc97c15dcc98460fc69ab939eddf259cfc96954d93f85d' },
) as unknown as TypedDocumentString<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const MyCasesDocument = new TypedDocumentString(
  `
    query MyCases {
  myCases {
    ...CaseSummary
    carePlan {
      id
      version
      nextReviewOn
      reviewOverdue
    }
  }
}
    fragment CaseSummary on Case {
  id
  status
  openedAt
  engagement
  serviceUser {
    id
    pseudonym
    givenName
    familyName
  }
  leadAgency {
    ...AgencyRef
  }
  caseManager {
    ...StaffRef
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: '2a9a25c059980e4803bd67cb7c99e0d5110103abacc4af75fa5c66abcb9ba976' },
) as unknown as TypedDocumentString<MyCasesQuery, MyCasesQueryVariables>;
export const CaseWithPlanDocument = new TypedDocumentString(
  `
    query CaseWithPlan($id: ID!) {
  case(id: $id) {
    ...CaseSummary
    closedAt
    disengagedSince
    carePlan {
      ...CarePlanDetail
    }
  }
}
    fragment CaseSummary on Case {
  id
  status
  openedAt
  engagement
  serviceUser {
    id
    pseudonym
    givenName
    familyName
  }
  leadAgency {
    ...AgencyRef
  }
  caseManager {
    ...StaffRef
  }
}
fragment ProgressNoteItem on ProgressNote {
  id
  body
  writtenAt
  writtenBy {
    agencyCode
    id
    name
    role
  }
}
fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
fragment PlanActionItem on PlanAction {
  id
  description
  domain
  interventionType
  dueOn
  reviewEveryWeeks
  goal {
    id
  }
  responsibleAgency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment CarePlanDetail on CarePlan {
  id
  version
  nextReviewOn
  lastReviewedOn
  reviewOverdue
  updatedAt
  needs {
    id
    domain
    description
    met
  }
  goals {
    id
    domain
    statement
    measure
    achievability
    targetDate
    status
    need {
      id
    }
    proposedBy {
      code
    }
    conflicts {
      id
      note
      resolution
      conflictingGoal {
        id
        statement
      }
    }
  }
  actions {
    ...PlanActionItem
    delivery {
      ...DeliveryDetail
      progressNotes {
        ...ProgressNoteItem
      }
    }
  }
  duplicationFlags {
    interventionType
    agencies {
      code
    }
    actions {
      id
    }
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: '535472ef1a363b891c27f2847eef35f76a1392714f2239f61e665a9267dae2f6' },
) as unknown as TypedDocumentString<CaseWithPlanQuery, CaseWithPlanQueryVariables>;
export const CreateCarePlanDocument = new TypedDocumentString(
  `
    mutation CreateCarePlan($input: CreateCarePlanInput!) {
  createCarePlan(input: $input) {
    ...CarePlanDetail
  }
}
    fragment ProgressNoteItem on ProgressNote {
  id
  body
  writtenAt
  writtenBy {
    agencyCode
    id
    name
    role
  }
}
fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
fragment PlanActionItem on PlanAction {
  id
  description
  domain
  interventionType
  dueOn
  reviewEveryWeeks
  goal {
    id
  }
  responsibleAgency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment CarePlanDetail on CarePlan {
  id
  version
  nextReviewOn
  lastReviewedOn
  reviewOverdue
  updatedAt
  needs {
    id
    domain
    description
    met
  }
  goals {
    id
    domain
    statement
    measure
    achievability
    targetDate
    status
    need {
      id
    }
    proposedBy {
      code
    }
    conflicts {
      id
      note
      resolution
      conflictingGoal {
        id
        statement
      }
    }
  }
  actions {
    ...PlanActionItem
    delivery {
      ...DeliveryDetail
      progressNotes {
        ...ProgressNoteItem
      }
    }
  }
  duplicationFlags {
    interventionType
    agencies {
      code
    }
    actions {
      id
    }
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: '0da7719003dad5ac6d99b15457b5642ba9ed9cce7d08914dc2eb673d164a76a2' },
) as unknown as TypedDocumentString<CreateCarePlanMutation, CreateCarePlanMutationVariables>;
export const ServiceUserConsentsDocument = new TypedDocumentString(
  `
    query ServiceUserConsents($serviceUserId: ID!) {
  serviceUser(id: $serviceUserId) {
    id
    pseudonym
    consents {
      ...ConsentItem
    }
  }
}
    fragment ConsentItem on Consent {
  id
  status
  inForce
  version
  categories
  fullCopy
  purpose
  validFrom
  validUntil
  evidenceRef
  evidenceSignedOn
  recordedAt
  withdrawnAt
  recipientAgencyKind
  recipientAgency {
    ...AgencyRef
  }
  recordedBy {
    ...StaffRef
  }
  exceptions {
    categories
    validFrom
    validUntil
    inForce
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'd44f1766895a0e53d2b8ecf30e7f6202f03de6613fc68a31577fa8ad47ca85ab' },
) as unknown as TypedDocumentString<ServiceUserConsentsQuery, ServiceUserConsentsQueryVariables>;
export const ConsentHistoryDocument = new TypedDocumentString(
  `
    query ConsentHistory($id: ID!) {
  consent(id: $id) {
    ...ConsentItem
    withdrawnBy {
      ...StaffRef
    }
    versions {
      version
      change
      reason
      changedAt
      changedBy {
        ...StaffRef
      }
      terms {
        categories
        purpose
        validUntil
        status
      }
    }
  }
}
    fragment ConsentItem on Consent {
  id
  status
  inForce
  version
  categories
  fullCopy
  purpose
  validFrom
  validUntil
  evidenceRef
  evidenceSignedOn
  recordedAt
  withdrawnAt
  recipientAgencyKind
  recipientAgency {
    ...AgencyRef
  }
  recordedBy {
    ...StaffRef
  }
  exceptions {
    categories
    validFrom
    validUntil
    inForce
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'd28b6455b7f372491900529da4c5b05c96a468302738d69b36559bf8ca25fbde' },
) as unknown as TypedDocumentString<ConsentHistoryQuery, ConsentHistoryQueryVariables>;
export const GrantConsentDocument = new TypedDocumentString(
  `
    mutation GrantConsent($input: GrantConsentInput!) {
  grantConsent(input: $input) {
    ...ConsentItem
  }
}
    fragment ConsentItem on Consent {
  id
  status
  inForce
  version
  categories
  fullCopy
  purpose
  validFrom
  validUntil
  evidenceRef
  evidenceSignedOn
  recordedAt
  withdrawnAt
  recipientAgencyKind
  recipientAgency {
    ...AgencyRef
  }
  recordedBy {
    ...StaffRef
  }
  exceptions {
    categories
    validFrom
    validUntil
    inForce
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'e67780aa07c6da70ac215b9790075fcfadc253c905318236ff54689b3ac3b116' },
) as unknown as TypedDocumentString<GrantConsentMutation, GrantConsentMutationVariables>;
export const AmendConsentDocument = new TypedDocumentString(
  `
    mutation AmendConsent($input: AmendConsentInput!) {
  amendConsent(input: $input) {
    ...ConsentItem
  }
}
    fragment ConsentItem on Consent {
  id
  status
  inForce
  version
  categories
  fullCopy
  purpose
  validFrom
  validUntil
  evidenceRef
  evidenceSignedOn
  recordedAt
  withdrawnAt
  recipientAgencyKind
  recipientAgency {
    ...AgencyRef
  }
  recordedBy {
    ...StaffRef
  }
  exceptions {
    categories
    validFrom
    validUntil
    inForce
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: '26bfd1a2906e9e6b597f8c3299361bf078d387238954cd584cd1cd93f153d8dc' },
) as unknown as TypedDocumentString<AmendConsentMutation, AmendConsentMutationVariables>;
export const WithdrawConsentDocument = new TypedDocumentString(
  `
    mutation WithdrawConsent($id: ID!, $reason: String) {
  withdrawConsent(id: $id, reason: $reason) {
    ...ConsentItem
  }
}
    fragment ConsentItem on Consent {
  id
  status
  inForce
  version
  categories
  fullCopy
  purpose
  validFrom
  validUntil
  evidenceRef
  evidenceSignedOn
  recordedAt
  withdrawnAt
  recipientAgencyKind
  recipientAgency {
    ...AgencyRef
  }
  recordedBy {
    ...StaffRef
  }
  exceptions {
    categories
    validFrom
    validUntil
    inForce
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'e4eb4e1e2ef005ad804d1612aa99ca836f49b77371f7bdd8d86abfa39c92d1e4' },
) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ConsentPreviewDocument = new TypedDocumentString(
  `
    query ConsentPreview($serviceUserId: ID!, $agencyCode: ID!) {
  consentPreview(serviceUserId: $serviceUserId, agencyCode: $agencyCode) {
    serviceUserId
    at
    holdsRecord
    ownRecords
    agency {
      ...AgencyRef
    }
    categories {
      category
      description
      visible
      referralOnly
      denied
      fields
      consents {
        id
        purpose
        validUntil
      }
      deniedBy {
        id
        evidenceRef
      }
    }
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}`,
  { hash: 'd0fe599e79deabb64587a5213123d075deb5569c7d003acd0df6df83d77ee221' },
) as unknown as TypedDocumentString<ConsentPreviewQuery, ConsentPreviewQueryVariables>;
export const AcceptActionDocument = new TypedDocumentString(
  `
    mutation AcceptAction($actionId: ID!, $keyWorkerId: ID, $note: String) {
  acceptAction(actionId: $actionId, keyWorkerId: $keyWorkerId, note: $note) {
    ...DeliveryDetail
  }
}
    fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'c1f72216a2d46f802ac86338bf4aeb01cb87ffcb915b4de3ad4eb998ea5c9e9f' },
) as unknown as TypedDocumentString<AcceptActionMutation, AcceptActionMutationVariables>;
export const DeclineActionDocument = new TypedDocumentString(
  `
    mutation DeclineAction($actionId: ID!, $reason: String!) {
  declineAction(actionId: $actionId, reason: $reason) {
    ...DeliveryDetail
  }
}
    fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'f4efd6701e8981e0e7fe8711f9f713e11b3802592ed059a84e48188a81724c66' },
) as unknown as TypedDocumentString<DeclineActionMutation, DeclineActionMutationVariables>;
export const AssignActionKeyWorkerDocument = new TypedDocumentString(
  `
    mutation AssignActionKeyWorker($actionId: ID!, $keyWorkerId: ID!) {
  assignActionKeyWorker(actionId: $actionId, keyWorkerId: $keyWorkerId) {
    ...DeliveryDetail
  }
}
    fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: '8ac6abe75934103c66d7df5930f5f3746083cd9adb1a92ebe2622e0dc7c6fb3c' },
) as unknown as TypedDocumentString<
  AssignActionKeyWorkerMutation,
  AssignActionKeyWorkerMutationVariables
>;
export const UpdateDeliveryStatusDocument = new TypedDocumentString(
  `
    mutation UpdateDeliveryStatus($actionId: ID!, $status: DeliveryStatus!, $note: String) {
  updateDeliveryStatus(actionId: $actionId, status: $status, note: $note) {
    ...DeliveryDetail
  }
}
    fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'fb11fc20f9e684c2ecd71fd9f2060d8e9f0c3aa6122fb1bcd44c0d5a95ef2d8d' },
) as unknown as TypedDocumentString<
  UpdateDeliveryStatusMutation,
  UpdateDeliveryStatusMutationVariables
>;
export const RecordActionOutcomeDocument = new TypedDocumentString(
  `
    mutation RecordActionOutcome($actionId: ID!, $outcome: String!, $achieved: Boolean!) {
  recordActionOutcome(actionId: $actionId, outcome: $outcome, achieved: $achieved) {
    ...DeliveryDetail
  }
}
    fragment DeliveryDetail on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  outcomeRecordedAt
  version
  updatedAt
  keyWorker {
    ...StaffRef
  }
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: '230e36551d6b556f8d3b66abe89258c4ed937e27caac9f9829928ad34d7e3e1f' },
) as unknown as TypedDocumentString<
  RecordActionOutcomeMutation,
  RecordActionOutcomeMutationVariables
>;
export const RecordProgressNoteDocument = new TypedDocumentString(
  `
    mutation RecordProgressNote($actionId: ID!, $body: String!) {
  recordProgressNote(actionId: $actionId, body: $body) {
    ...ProgressNoteItem
  }
}
    fragment ProgressNoteItem on ProgressNote {
  id
  body
  writtenAt
  writtenBy {
    agencyCode
    id
    name
    role
  }
}`,
  { hash: 'e8e8269f7f05f045ab7efa963999243ac145296f702cccdda4d872522e3da3aa' },
) as unknown as TypedDocumentString<
  RecordProgressNoteMutation,
  RecordProgressNoteMutationVariables
>;
export const RecordServiceDeliveryChangeDocument = new TypedDocumentString(
  `
    mutation RecordServiceDeliveryChange($input: ServiceDeliveryChangeInput!) {
  recordServiceDeliveryChange(input: $input) {
    id
    actionId
    what
    why
    effectiveFrom
    recordedAt
  }
}
    `,
  { hash: 'd130a01f2ca1f0ed57d376240be81211e245b1f22c8d83df9d01cce86cb3a9a4' },
) as unknown as TypedDocumentString<
  RecordServiceDeliveryChangeMutation,
  RecordServiceDeliveryChangeMutationVariables
>;
export const AcknowledgeServiceDeliveryChangeDocument = new TypedDocumentString(
  `
    mutation AcknowledgeServiceDeliveryChange($id: ID!) {
  acknowledgeServiceDeliveryChange(id: $id) {
    id
    acknowledgedAt
  }
}
    `,
  { hash: 'beb476fd326720169c9953459d49202666baef43b699f9c21fe09e93e4e64bf8' },
) as unknown as TypedDocumentString<
  AcknowledgeServiceDeliveryChangeMutation,
  AcknowledgeServiceDeliveryChangeMutationVariables
>;
export const MeDocument = new TypedDocumentString(
  `
    query Me {
  myStaffRecord {
    ...StaffRef
    email
    phone
    active
    supervisor {
      ...StaffRef
    }
  }
}
    fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: '608b8c0d450e54d1c257fc7ce83834b101cacc14aba0e34ec68c99106063ea19' },
) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const AgenciesDocument = new TypedDocumentString(
  `
    query Agencies {
  agencies {
    ...AgencyRef
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}`,
  { hash: '273b752bcf32d676f708b1544b20ca66aac3fa5691fbf59eafe218db909d2e2e' },
) as unknown as TypedDocumentString<AgenciesQuery, AgenciesQueryVariables>;
export const SearchServiceUsersDocument = new TypedDocumentString(
  `
    query SearchServiceUsers($input: ServiceUserSearchInput!) {
  searchServiceUsers(input: $input) {
    heldByYourAgency
    serviceUser {
      id
      pseudonym
      givenName
      familyName
      dateOfBirth
    }
  }
}
    `,
  { hash: '87aeb7f6f8be8704d4ce34a2b8f80d13f8a7084620a22880183c11806c957f3f' },
) as unknown as TypedDocumentString<SearchServiceUsersQuery, SearchServiceUsersQueryVariables>;
export const ServiceUserDocument = new TypedDocumentString(
  `
    query ServiceUser($id: ID!) {
  serviceUser(id: $id) {
    id
    pseudonym
    givenName
    familyName
    dateOfBirth
    phone
    currentCase {
      ...CaseSummary
    }
    cases {
      ...CaseSummary
      closedAt
    }
  }
}
    fragment CaseSummary on Case {
  id
  status
  openedAt
  engagement
  serviceUser {
    id
    pseudonym
    givenName
    familyName
  }
  leadAgency {
    ...AgencyRef
  }
  caseManager {
    ...StaffRef
  }
}
fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'b3f60fca71665adc2ac2cdfefc746c6227f89e80309bd92b05f3a6d43f15c3dd' },
) as unknown as TypedDocumentString<ServiceUserQuery, ServiceUserQueryVariables>;
export const DisclosureLogDocument = new TypedDocumentString(
  `
    query DisclosureLog($serviceUserId: ID!, $from: DateTimeISO, $to: DateTimeISO, $first: Int!) {
  serviceUser(id: $serviceUserId) {
    id
    pseudonym
    disclosureLog(from: $from, to: $to) {
      from
      to
      entries(first: $first) {
        at
        readerAgency
        readerUser
        categories
        fields
        consentIds
        bases
        operationName
        requestId
        position
        hash
      }
      deniedAttempts(first: $first) {
        at
        readerAgency
        readerUser
        category
        field
        purposeOfUse
        reason
        operationName
        requestId
      }
      agencies {
        agencyCode
        entries(first: $first) {
          at
          readerAgency
          readerUser
          categories
          fields
          consentIds
          bases
          operationName
          requestId
          position
          hash
        }
        deniedAttempts(first: $first) {
          at
          readerAgency
          readerUser
          category
          field
          purposeOfUse
          reason
          operationName
          requestId
        }
      }
    }
  }
}
    `,
  { hash: '292b7d246d8384665798ea0ee264f4404f85eb5fc8783c1dcecb3ee95513d36e' },
) as unknown as TypedDocumentString<DisclosureLogQuery, DisclosureLogQueryVariables>;
export const StartEmergencyAccessDocument = new TypedDocumentString(
  `
    mutation StartEmergencyAccess($input: StartEmergencyAccessInput!) {
  startEmergencyAccess(input: $input) {
    ...EmergencyAccessItem
  }
}
    fragment EmergencyAccessItem on EmergencyAccess {
  id
  userId
  agencyCode
  reasonCode
  reason
  startedAt
  endsAt
  endedAt
  inForce
  reviewDueOn
  reviewLate
  reviewOutcome
  reviewNote
  reviewedBy
  reviewedAt
  flag
  flaggedAt
  flagAcknowledgedAt
  flagAcknowledgedBy
  flagNote
}`,
  { hash: '10c720055f2a7cc7702f03dbbcccb6b9472122651e98e225a08978454181ba4d' },
) as unknown as TypedDocumentString<
  StartEmergencyAccessMutation,
  StartEmergencyAccessMutationVariables
>;
export const EndEmergencyAccessDocument = new TypedDocumentString(
  `
    mutation EndEmergencyAccess($id: ID!) {
  endEmergencyAccess(id: $id) {
    ...EmergencyAccessItem
  }
}
    fragment EmergencyAccessItem on EmergencyAccess {
  id
  userId
  agencyCode
  reasonCode
  reason
  startedAt
  endsAt
  endedAt
  inForce
  reviewDueOn
  reviewLate
  reviewOutcome
  reviewNote
  reviewedBy
  reviewedAt
  flag
  flaggedAt
  flagAcknowledgedAt
  flagAcknowledgedBy
  flagNote
}`,
  { hash: '48ec2ad86d450ccc0addfd9408281da507e5e3be55bba12dc9efc4f70dd2644d' },
) as unknown as TypedDocumentString<
  EndEmergencyAccessMutation,
  EndEmergencyAccessMutationVariables
>;
export const EmergencyAccessesToReviewDocument = new TypedDocumentString(
  `
    query EmergencyAccessesToReview {
  emergencyAccessesToReview {
    ...EmergencyAccessItem
    serviceUser {
      id
      pseudonym
    }
  }
}
    fragment EmergencyAccessItem on EmergencyAccess {
  id
  userId
  agencyCode
  reasonCode
  reason
  startedAt
  endsAt
  endedAt
  inForce
  reviewDueOn
  reviewLate
  reviewOutcome
  reviewNote
  reviewedBy
  reviewedAt
  flag
  flaggedAt
  flagAcknowledgedAt
  flagAcknowledgedBy
  flagNote
}`,
  { hash: '32c487c55bdc6fb0eaf47e8378d6e59e9f97d53821a55133a6a452b2b37470d1' },
) as unknown as TypedDocumentString<
  EmergencyAccessesToReviewQuery,
  EmergencyAccessesToReviewQueryVariables
>;
export const ReviewEmergencyAccessDocument = new TypedDocumentString(
  `
    mutation ReviewEmergencyAccess($input: ReviewEmergencyAccessInput!) {
  reviewEmergencyAccess(input: $input) {
    ...EmergencyAccessItem
  }
}
    fragment EmergencyAccessItem on EmergencyAccess {
  id
  userId
  agencyCode
  reasonCode
  reason
  startedAt
  endsAt
  endedAt
  inForce
  reviewDueOn
  reviewLate
  reviewOutcome
  reviewNote
  reviewedBy
  reviewedAt
  flag
  flaggedAt
  flagAcknowledgedAt
  flagAcknowledgedBy
  flagNote
}`,
  { hash: '2a514e690977f1094811a46a4c13addc794ac02b56a79ee8d9809b2932aa27b9' },
) as unknown as TypedDocumentString<
  ReviewEmergencyAccessMutation,
  ReviewEmergencyAccessMutationVariables
>;
export const EmergencyAccessesForCoordinatorDocument = new TypedDocumentString(
  `
    query EmergencyAccessesForCoordinator {
  emergencyAccessesForCoordinator {
    ...EmergencyAccessItem
  }
}
    fragment EmergencyAccessItem on EmergencyAccess {
  id
  userId
  agencyCode
  reasonCode
  reason
  startedAt
  endsAt
  endedAt
  inForce
  reviewDueOn
  reviewLate
  reviewOutcome
  reviewNote
  reviewedBy
  reviewedAt
  flag
  flaggedAt
  flagAcknowledgedAt
  flagAcknowledgedBy
  flagNote
}`,
  { hash: '7c5e6b4810dd8d156d8e05a5ab3c5303611f4a6f48a1c14ce926315ad1b57bdd' },
) as unknown as TypedDocumentString<
  EmergencyAccessesForCoordinatorQuery,
  EmergencyAccessesForCoordinatorQueryVariables
>;
export const AcknowledgeEmergencyAccessFlagDocument = new TypedDocumentString(
  `
    mutation AcknowledgeEmergencyAccessFlag($input: AcknowledgeEmergencyAccessFlagInput!) {
  acknowledgeEmergencyAccessFlag(input: $input) {
    ...EmergencyAccessItem
  }
}
    fragment EmergencyAccessItem on EmergencyAccess {
  id
  userId
  agencyCode
  reasonCode
  reason
  startedAt
  endsAt
  endedAt
  inForce
  reviewDueOn
  reviewLate
  reviewOutcome
  reviewNote
  reviewedBy
  reviewedAt
  flag
  flaggedAt
  flagAcknowledgedAt
  flagAcknowledgedBy
  flagNote
}`,
  { hash: '775615de61bb49117c29a378575102f52d564acdadc7a5d9090ba6c99c4c48d4' },
) as unknown as TypedDocumentString<
  AcknowledgeEmergencyAccessFlagMutation,
  AcknowledgeEmergencyAccessFlagMutationVariables
>;
export const CaseGapsAndBlocksDocument = new TypedDocumentString(
  `
    query CaseGapsAndBlocks($caseId: ID!) {
  case(id: $caseId) {
    id
    gapsAndBlocks {
      ...GapBlockDetail
    }
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment GapBlockDetail on GapBlock {
  id
  level
  status
  issue
  whatTried
  raisedAt
  resolution
  resolvedAt
  case {
    id
  }
  concerningAgency {
    ...AgencyRef
  }
  raisedByAgency {
    ...AgencyRef
  }
  raisedBy {
    ...StaffRef
  }
  steps {
    id
    level
    action
    outcome
    byRole
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: 'b05db941171d9bda29a604e70f33526acef19280073a65b89d313759dc0d8e9e' },
) as unknown as TypedDocumentString<CaseGapsAndBlocksQuery, CaseGapsAndBlocksQueryVariables>;
export const GapBlockDocument = new TypedDocumentString(
  `
    query GapBlock($id: ID!) {
  gapBlock(id: $id) {
    ...GapBlockDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment GapBlockDetail on GapBlock {
  id
  level
  status
  issue
  whatTried
  raisedAt
  resolution
  resolvedAt
  case {
    id
  }
  concerningAgency {
    ...AgencyRef
  }
  raisedByAgency {
    ...AgencyRef
  }
  raisedBy {
    ...StaffRef
  }
  steps {
    id
    level
    action
    outcome
    byRole
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: '0b1c03aa0de38b0cc4adcdccfc7d587f28abcd8f107dba5dfd37168addc2f4a0' },
) as unknown as TypedDocumentString<GapBlockQuery, GapBlockQueryVariables>;
export const OpenEscalationsDocument = new TypedDocumentString(
  `
    query OpenEscalations($minLevel: Int) {
  openEscalations(minLevel: $minLevel) {
    ...GapBlockDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment GapBlockDetail on GapBlock {
  id
  level
  status
  issue
  whatTried
  raisedAt
  resolution
  resolvedAt
  case {
    id
  }
  concerningAgency {
    ...AgencyRef
  }
  raisedByAgency {
    ...AgencyRef
  }
  raisedBy {
    ...StaffRef
  }
  steps {
    id
    level
    action
    outcome
    byRole
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: 'add28e72d9913e344f0a56972702eed784ac6be6af01d7a68195d1cd9d11b058' },
) as unknown as TypedDocumentString<OpenEscalationsQuery, OpenEscalationsQueryVariables>;
export const RaiseGapBlockDocument = new TypedDocumentString(
  `
    mutation RaiseGapBlock($input: RaiseGapBlockInput!) {
  raiseGapBlock(input: $input) {
    ...GapBlockDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment GapBlockDetail on GapBlock {
  id
  level
  status
  issue
  whatTried
  raisedAt
  resolution
  resolvedAt
  case {
    id
  }
  concerningAgency {
    ...AgencyRef
  }
  raisedByAgency {
    ...AgencyRef
  }
  raisedBy {
    ...StaffRef
  }
  steps {
    id
    level
    action
    outcome
    byRole
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: '9cc6b153ba0f5d0962e09802b9e5f7c284146ae52ac08e70960baeee6176f24e' },
) as unknown as TypedDocumentString<RaiseGapBlockMutation, RaiseGapBlockMutationVariables>;
export const EscalateGapBlockDocument = new TypedDocumentString(
  `
    mutation EscalateGapBlock($input: EscalateGapBlockInput!) {
  escalateGapBlock(input: $input) {
    ...GapBlockDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment GapBlockDetail on GapBlock {
  id
  level
  status
  issue
  whatTried
  raisedAt
  resolution
  resolvedAt
  case {
    id
  }
  concerningAgency {
    ...AgencyRef
  }
  raisedByAgency {
    ...AgencyRef
  }
  raisedBy {
    ...StaffRef
  }
  steps {
    id
    level
    action
    outcome
    byRole
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: 'ec1d4094c364d312f274d5cf579af2e1cf45c06ef5e70a93c8dbb85322d93d44' },
) as unknown as TypedDocumentString<EscalateGapBlockMutation, EscalateGapBlockMutationVariables>;
export const RecordGapBlockStepDocument = new TypedDocumentString(
  `
    mutation RecordGapBlockStep($input: RecordGapBlockStepInput!) {
  recordGapBlockStep(input: $input) {
    ...GapBlockDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment GapBlockDetail on GapBlock {
  id
  level
  status
  issue
  whatTried
  raisedAt
  resolution
  resolvedAt
  case {
    id
  }
  concerningAgency {
    ...AgencyRef
  }
  raisedByAgency {
    ...AgencyRef
  }
  raisedBy {
    ...StaffRef
  }
  steps {
    id
    level
    action
    outcome
    byRole
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: 'ddc9a5801048f1f39246a156e7ed87bbf1646703c35d3ff9cc30cfa47f200bef' },
) as unknown as TypedDocumentString<
  RecordGapBlockStepMutation,
  RecordGapBlockStepMutationVariables
>;
export const ResolveGapBlockDocument = new TypedDocumentString(
  `
    mutation ResolveGapBlock($input: ResolveGapBlockInput!) {
  resolveGapBlock(input: $input) {
    ...GapBlockDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment GapBlockDetail on GapBlock {
  id
  level
  status
  issue
  whatTried
  raisedAt
  resolution
  resolvedAt
  case {
    id
  }
  concerningAgency {
    ...AgencyRef
  }
  raisedByAgency {
    ...AgencyRef
  }
  raisedBy {
    ...StaffRef
  }
  steps {
    id
    level
    action
    outcome
    byRole
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: '6bde22af951babce6db76665657aa93c9471368edd4c86dc39de7255a7a0cac1' },
) as unknown as TypedDocumentString<ResolveGapBlockMutation, ResolveGapBlockMutationVariables>;
export const CaseMeetingsDocument = new TypedDocumentString(
  `
    query CaseMeetings($caseId: ID!) {
  case(id: $caseId) {
    id
    meetings {
      id
      reason
      scheduledFor
      place
      status
    }
  }
}
    `,
  { hash: '15883828edb6047e1d1ffe848e9f246e8c64900b24d2422d8d1fb68113c76461' },
) as unknown as TypedDocumentString<CaseMeetingsQuery, CaseMeetingsQueryVariables>;
export const MeetingDocument = new TypedDocumentString(
  `
    query Meeting($id: ID!) {
  meeting(id: $id) {
    ...MeetingDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment MeetingDetail on Meeting {
  id
  reason
  scheduledFor
  place
  purpose
  aims
  status
  serviceUserAttends
  serviceUserAttendanceReason
  serviceUserPreparedAt
  serviceUserPreparation
  invitationsSentAt
  recordVersion
  finalisedAt
  planVersion
  circulatedAt
  cancelledAt
  cancellationReason
  outcomeCirculationDueOn
  outcomeCirculationLate
  case {
    id
  }
  chairedBy {
    ...StaffRef
  }
  attendance {
    ...InvitationItem
  }
  notAnswered {
    code
  }
  summary
  decisions
  actionReviews {
    actionId
    whatWorkedWell
    challenges
    gapsAndBlocks
    newIssues
    nextSteps
  }
  circulations {
    id
    circulatedAt
    acknowledgedAt
    agency {
      code
    }
  }
}`,
  { hash: '211650777428af6871e8eea1e3a13ece86495eff4814c9eb8e8f59671fa49ced' },
) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const MyMeetingInvitationsDocument = new TypedDocumentString(
  `
    query MyMeetingInvitations {
  myMeetingInvitations {
    ...InvitationItem
    reason
    scheduledFor
    place
    meetingStatus
    purpose
    aims
    cancelledAt
    cancellationReason
    outcomeSummary
    outcomeDecisions
    circulation {
      circulatedAt
      acknowledgedAt
    }
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}`,
  { hash: '928b166b8d6d4113cf79b251ffdef96d6c1c9a17457783ce91a0f0aa991beb48' },
) as unknown as TypedDocumentString<MyMeetingInvitationsQuery, MyMeetingInvitationsQueryVariables>;
export const MyMeetingWorkDocument = new TypedDocumentString(
  `
    query MyMeetingWork($meetingId: ID!) {
  myMeetingWork(meetingId: $meetingId) {
    meetingId
    requests {
      id
      status
      note
      requestedAt
      decidedAt
      refusalReason
      keyWorker {
        ...StaffRef
      }
    }
    report {
      contribution
      issues
      submittedAt
      phoneFollowUpAt
    }
    substitute {
      handoverNote
      namedAt
      substitute {
        ...StaffRef
      }
    }
  }
}
    fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'd7745b33dca03d10fb375e48c99f8668f5864de60b350d679882100b319dbc35' },
) as unknown as TypedDocumentString<MyMeetingWorkQuery, MyMeetingWorkQueryVariables>;
export const ScheduleMeetingDocument = new TypedDocumentString(
  `
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    ...MeetingDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment MeetingDetail on Meeting {
  id
  reason
  scheduledFor
  place
  purpose
  aims
  status
  serviceUserAttends
  serviceUserAttendanceReason
  serviceUserPreparedAt
  serviceUserPreparation
  invitationsSentAt
  recordVersion
  finalisedAt
  planVersion
  circulatedAt
  cancelledAt
  cancellationReason
  outcomeCirculationDueOn
  outcomeCirculationLate
  case {
    id
  }
  chairedBy {
    ...StaffRef
  }
  attendance {
    ...InvitationItem
  }
  notAnswered {
    code
  }
  summary
  decisions
  actionReviews {
    actionId
    whatWorkedWell
    challenges
    gapsAndBlocks
    newIssues
    nextSteps
  }
  circulations {
    id
    circulatedAt
    acknowledgedAt
    agency {
      code
    }
  }
}`,
  { hash: '951cbada17ac8ddcc4b806b12726b63e11da5aedb5dad2a0fa4b4ded967d3f0a' },
) as unknown as TypedDocumentString<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const RescheduleMeetingDocument = new TypedDocumentString(
  `
    mutation RescheduleMeeting($input: RescheduleMeetingInput!) {
  rescheduleMeeting(input: $input) {
    ...MeetingDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment MeetingDetail on Meeting {
  id
  reason
  scheduledFor
  place
  purpose
  aims
  status
  serviceUserAttends
  serviceUserAttendanceReason
  serviceUserPreparedAt
  serviceUserPreparation
  invitationsSentAt
  recordVersion
  finalisedAt
  planVersion
  circulatedAt
  cancelledAt
  cancellationReason
  outcomeCirculationDueOn
  outcomeCirculationLate
  case {
    id
  }
  chairedBy {
    ...StaffRef
  }
  attendance {
    ...InvitationItem
  }
  notAnswered {
    code
  }
  summary
  decisions
  actionReviews {
    actionId
    whatWorkedWell
    challenges
    gapsAndBlocks
    newIssues
    nextSteps
  }
  circulations {
    id
    circulatedAt
    acknowledgedAt
    agency {
      code
    }
  }
}`,
  { hash: '963004add9ad9c6b8013a3b3a482cae6c87c07c2d58241befc053b51201e8e31' },
) as unknown as TypedDocumentString<RescheduleMeetingMutation, RescheduleMeetingMutationVariables>;
export const CancelMeetingDocument = new TypedDocumentString(
  `
    mutation CancelMeeting($meetingId: ID!, $reason: String!) {
  cancelMeeting(meetingId: $meetingId, reason: $reason) {
    id
    status
    cancelledAt
    cancellationReason
  }
}
    `,
  { hash: 'f482f665bf4fc628a50c459dd880c57b5520cfc689ed8bf6a0095a9334907842' },
) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const SendMeetingInvitationsDocument = new TypedDocumentString(
  `
    mutation SendMeetingInvitations($meetingId: ID!) {
  sendMeetingInvitations(meetingId: $meetingId) {
    ...MeetingDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment MeetingDetail on Meeting {
  id
  reason
  scheduledFor
  place
  purpose
  aims
  status
  serviceUserAttends
  serviceUserAttendanceReason
  serviceUserPreparedAt
  serviceUserPreparation
  invitationsSentAt
  recordVersion
  finalisedAt
  planVersion
  circulatedAt
  cancelledAt
  cancellationReason
  outcomeCirculationDueOn
  outcomeCirculationLate
  case {
    id
  }
  chairedBy {
    ...StaffRef
  }
  attendance {
    ...InvitationItem
  }
  notAnswered {
    code
  }
  summary
  decisions
  actionReviews {
    actionId
    whatWorkedWell
    challenges
    gapsAndBlocks
    newIssues
    nextSteps
  }
  circulations {
    id
    circulatedAt
    acknowledgedAt
    agency {
      code
    }
  }
}`,
  { hash: 'abb7bd752e554addf1cf520667f553308c2b25804278294ec80e33f0ece412cf' },
) as unknown as TypedDocumentString<
  SendMeetingInvitationsMutation,
  SendMeetingInvitationsMutationVariables
>;
export const RespondToMeetingInvitationDocument = new TypedDocumentString(
  `
    mutation RespondToMeetingInvitation($input: RespondToMeetingInvitationInput!) {
  respondToMeetingInvitation(input: $input) {
    ...InvitationItem
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}`,
  { hash: '33d17aca39baa36a16d698ad680e8520317ad3ebe32be506769c2fc8339c9a64' },
) as unknown as TypedDocumentString<
  RespondToMeetingInvitationMutation,
  RespondToMeetingInvitationMutationVariables
>;
export const RequestMeetingAttendanceDocument = new TypedDocumentString(
  `
    mutation RequestMeetingAttendance($meetingId: ID!, $note: String) {
  requestMeetingAttendance(meetingId: $meetingId, note: $note) {
    id
    status
    requestedAt
  }
}
    `,
  { hash: '1744fee9d765e09fb2049952f470a44887f791475d1fe913e1b3e50a3597cbe4' },
) as unknown as TypedDocumentString<
  RequestMeetingAttendanceMutation,
  RequestMeetingAttendanceMutationVariables
>;
export const DecideMeetingAttendanceDocument = new TypedDocumentString(
  `
    mutation DecideMeetingAttendance($requestId: ID!, $approve: Boolean!, $reason: String) {
  decideMeetingAttendance(
    requestId: $requestId
    approve: $approve
    reason: $reason
  ) {
    id
    status
    decidedAt
    refusalReason
  }
}
    `,
  { hash: '34c3d4a4c40b6962aba604c699a2e5fc45b37943ec44ee072962f54e004ffb94' },
) as unknown as TypedDocumentString<
  DecideMeetingAttendanceMutation,
  DecideMeetingAttendanceMutationVariables
>;
export const SubmitWrittenReportDocument = new TypedDocumentString(
  `
    mutation SubmitWrittenReport($meetingId: ID!, $contribution: String!, $issues: String!) {
  submitWrittenReport(
    meetingId: $meetingId
    contribution: $contribution
    issues: $issues
  ) {
    meetingId
    contribution
    issues
    submittedAt
  }
}
    `,
  { hash: 'bb504c39e8f9bc3000a4b484cce180e13ae3f9c8ea3e58ffc964727e8f463dbb' },
) as unknown as TypedDocumentString<
  SubmitWrittenReportMutation,
  SubmitWrittenReportMutationVariables
>;
export const RecordMeetingMinutesDocument = new TypedDocumentString(
  `
    mutation RecordMeetingMinutes($input: RecordMeetingMinutesInput!) {
  recordMeetingMinutes(input: $input) {
    ...MeetingDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment MeetingDetail on Meeting {
  id
  reason
  scheduledFor
  place
  purpose
  aims
  status
  serviceUserAttends
  serviceUserAttendanceReason
  serviceUserPreparedAt
  serviceUserPreparation
  invitationsSentAt
  recordVersion
  finalisedAt
  planVersion
  circulatedAt
  cancelledAt
  cancellationReason
  outcomeCirculationDueOn
  outcomeCirculationLate
  case {
    id
  }
  chairedBy {
    ...StaffRef
  }
  attendance {
    ...InvitationItem
  }
  notAnswered {
    code
  }
  summary
  decisions
  actionReviews {
    actionId
    whatWorkedWell
    challenges
    gapsAndBlocks
    newIssues
    nextSteps
  }
  circulations {
    id
    circulatedAt
    acknowledgedAt
    agency {
      code
    }
  }
}`,
  { hash: '7be60f71f5a68fd0296868d0d2af2e8febb62de4674e4b5fd5a0f85b856bd3d5' },
) as unknown as TypedDocumentString<
  RecordMeetingMinutesMutation,
  RecordMeetingMinutesMutationVariables
>;
export const FinaliseMeetingDocument = new TypedDocumentString(
  `
    mutation FinaliseMeeting($meetingId: ID!, $expectedPlanVersion: Int!, $nextReviewOn: String, $closure: MeetingClosureInput) {
  finaliseMeeting(
    meetingId: $meetingId
    expectedPlanVersion: $expectedPlanVersion
    nextReviewOn: $nextReviewOn
    closure: $closure
  ) {
    ...MeetingDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment MeetingDetail on Meeting {
  id
  reason
  scheduledFor
  place
  purpose
  aims
  status
  serviceUserAttends
  serviceUserAttendanceReason
  serviceUserPreparedAt
  serviceUserPreparation
  invitationsSentAt
  recordVersion
  finalisedAt
  planVersion
  circulatedAt
  cancelledAt
  cancellationReason
  outcomeCirculationDueOn
  outcomeCirculationLate
  case {
    id
  }
  chairedBy {
    ...StaffRef
  }
  attendance {
    ...InvitationItem
  }
  notAnswered {
    code
  }
  summary
  decisions
  actionReviews {
    actionId
    whatWorkedWell
    challenges
    gapsAndBlocks
    newIssues
    nextSteps
  }
  circulations {
    id
    circulatedAt
    acknowledgedAt
    agency {
      code
    }
  }
}`,
  { hash: 'ad7bad423f82eb1e6a8be1a2f40ce479c7f0fe5b904267694955975403d83955' },
) as unknown as TypedDocumentString<FinaliseMeetingMutation, FinaliseMeetingMutationVariables>;
export const CirculateMeetingOutcomeDocument = new TypedDocumentString(
  `
    mutation CirculateMeetingOutcome($meetingId: ID!) {
  circulateMeetingOutcome(meetingId: $meetingId) {
    ...MeetingDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment InvitationItem on MeetingInvitation {
  id
  meetingId
  sentAt
  response
  substituteName
  note
  respondedAt
  reportReceived
  phoneFollowUpDone
  agency {
    ...AgencyRef
  }
  keyWorker {
    ...StaffRef
  }
}
fragment MeetingDetail on Meeting {
  id
  reason
  scheduledFor
  place
  purpose
  aims
  status
  serviceUserAttends
  serviceUserAttendanceReason
  serviceUserPreparedAt
  serviceUserPreparation
  invitationsSentAt
  recordVersion
  finalisedAt
  planVersion
  circulatedAt
  cancelledAt
  cancellationReason
  outcomeCirculationDueOn
  outcomeCirculationLate
  case {
    id
  }
  chairedBy {
    ...StaffRef
  }
  attendance {
    ...InvitationItem
  }
  notAnswered {
    code
  }
  summary
  decisions
  actionReviews {
    actionId
    whatWorkedWell
    challenges
    gapsAndBlocks
    newIssues
    nextSteps
  }
  circulations {
    id
    circulatedAt
    acknowledgedAt
    agency {
      code
    }
  }
}`,
  { hash: 'cd81c6d9c1e56e21201a542f51b3f7c11f8d6ce3d3a11c1f1ed4defd4a5d2450' },
) as unknown as TypedDocumentString<
  CirculateMeetingOutcomeMutation,
  CirculateMeetingOutcomeMutationVariables
>;
export const AcknowledgeMeetingOutcomeDocument = new TypedDocumentString(
  `
    mutation AcknowledgeMeetingOutcome($meetingId: ID!) {
  acknowledgeMeetingOutcome(meetingId: $meetingId) {
    id
    circulatedAt
    acknowledgedAt
  }
}
    `,
  { hash: '1952cd779c5536ce43577e4af6fe6c58d7f21ecbb0e37a9c15c6b3a301be101f' },
) as unknown as TypedDocumentString<
  AcknowledgeMeetingOutcomeMutation,
  AcknowledgeMeetingOutcomeMutationVariables
>;
export const MyNotificationsDocument = new TypedDocumentString(
  `
    query MyNotifications($includeAcknowledged: Boolean) {
  myNotifications(includeAcknowledged: $includeAcknowledged) {
    id
    kind
    message
    createdAt
    acknowledgedAt
    case {
      id
      serviceUser {
        id
        pseudonym
      }
    }
  }
}
    `,
  { hash: '84be0d6e5143137173bf2c81307bc13614580776be687f7e5c97abcbb87ff302' },
) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const AcknowledgeNotificationDocument = new TypedDocumentString(
  `
    mutation AcknowledgeNotification($id: ID!) {
  acknowledgeNotification(id: $id) {
    id
    acknowledgedAt
  }
}
    `,
  { hash: 'f48c8ba69d6d3802251a18c52ec6145c606988fee781265dac2ae8351fc26e33' },
) as unknown as TypedDocumentString<
  AcknowledgeNotificationMutation,
  AcknowledgeNotificationMutationVariables
>;
export const CaseReferralsDocument = new TypedDocumentString(
  `
    query CaseReferrals($caseId: ID!) {
  case(id: $caseId) {
    id
    referrals {
      ...ReferralDetail
    }
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment ReferralDetail on Referral {
  id
  status
  reason
  consentId
  followUpOn
  interimPlan
  createdAt
  updatedAt
  toAgency {
    ...AgencyRef
  }
  case {
    id
  }
  events {
    id
    status
    note
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: '46f303bdc037d52c043024070a53b1d18e6a48186a490bd1f61413f0ce7aa288' },
) as unknown as TypedDocumentString<CaseReferralsQuery, CaseReferralsQueryVariables>;
export const ReferralDocument = new TypedDocumentString(
  `
    query Referral($id: ID!) {
  referral(id: $id) {
    ...ReferralDetail
    serviceUser {
      id
      pseudonym
      givenName
      familyName
    }
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment ReferralDetail on Referral {
  id
  status
  reason
  consentId
  followUpOn
  interimPlan
  createdAt
  updatedAt
  toAgency {
    ...AgencyRef
  }
  case {
    id
  }
  events {
    id
    status
    note
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: 'f7063c3e96167b3c7a46515329702caf051a9842a27fb8e2eeffed04f791e81a' },
) as unknown as TypedDocumentString<ReferralQuery, ReferralQueryVariables>;
export const CreateReferralDocument = new TypedDocumentString(
  `
    mutation CreateReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    ...ReferralDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment ReferralDetail on Referral {
  id
  status
  reason
  consentId
  followUpOn
  interimPlan
  createdAt
  updatedAt
  toAgency {
    ...AgencyRef
  }
  case {
    id
  }
  events {
    id
    status
    note
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: '8c986a73651cdf8258b6dae6eb58664545b9793091cf89e935ac4140c006fcbb' },
) as unknown as TypedDocumentString<CreateReferralMutation, CreateReferralMutationVariables>;
export const UpdateReferralStatusDocument = new TypedDocumentString(
  `
    mutation UpdateReferralStatus($input: UpdateReferralStatusInput!) {
  updateReferralStatus(input: $input) {
    ...ReferralDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment ReferralDetail on Referral {
  id
  status
  reason
  consentId
  followUpOn
  interimPlan
  createdAt
  updatedAt
  toAgency {
    ...AgencyRef
  }
  case {
    id
  }
  events {
    id
    status
    note
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: 'a8efe10458942868615ff84796b389e8a5c9406add0a9cb5186b43c5b10b3656' },
) as unknown as TypedDocumentString<
  UpdateReferralStatusMutation,
  UpdateReferralStatusMutationVariables
>;
export const RecordReferralFollowUpDocument = new TypedDocumentString(
  `
    mutation RecordReferralFollowUp($input: RecordReferralFollowUpInput!) {
  recordReferralFollowUp(input: $input) {
    ...ReferralDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment ReferralDetail on Referral {
  id
  status
  reason
  consentId
  followUpOn
  interimPlan
  createdAt
  updatedAt
  toAgency {
    ...AgencyRef
  }
  case {
    id
  }
  events {
    id
    status
    note
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: 'c7e89cbdd8aa94a2c18a804df12053f878b628cf7cd2bed444aad73b78a2df5c' },
) as unknown as TypedDocumentString<
  RecordReferralFollowUpMutation,
  RecordReferralFollowUpMutationVariables
>;
export const ReportDisengagementAfterReferralDocument = new TypedDocumentString(
  `
    mutation ReportDisengagementAfterReferral($input: ReportDisengagementAfterReferralInput!) {
  reportDisengagementAfterReferral(input: $input) {
    ...ReferralDetail
  }
}
    fragment AgencyRef on Agency {
  code
  name
  kind
}
fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}
fragment ReferralDetail on Referral {
  id
  status
  reason
  consentId
  followUpOn
  interimPlan
  createdAt
  updatedAt
  toAgency {
    ...AgencyRef
  }
  case {
    id
  }
  events {
    id
    status
    note
    at
    by {
      ...StaffRef
    }
  }
}`,
  { hash: 'a1790b8a06f72893b6733fc73c5bca636da6a7269dbed4b1a8b1f0d498576507' },
) as unknown as TypedDocumentString<
  ReportDisengagementAfterReferralMutation,
  ReportDisengagementAfterReferralMutationVariables
>;
export const CaseManagerWorklistDocument = new TypedDocumentString(
  `
    query CaseManagerWorklist($dueWithinDays: Int!) {
  caseManagerWorklist(dueWithinDays: $dueWithinDays) {
    overdueReviews {
      id
      nextReviewOn
      case {
        id
        serviceUser {
          id
          pseudonym
        }
      }
    }
    reviewsDueSoon {
      id
      nextReviewOn
      case {
        id
        serviceUser {
          id
          pseudonym
        }
      }
    }
    overdueActions {
      id
      description
      dueOn
      responsibleAgency {
        code
      }
    }
    actionsToReassign {
      id
      description
      responsibleAgency {
        code
      }
    }
    referralsAwaitingFollowUp {
      id
      status
      followUpOn
      interimPlan
      toAgency {
        code
      }
      case {
        id
        serviceUser {
          id
          pseudonym
        }
      }
    }
    transfersAwaitingAcceptance {
      id
      requestedAt
      case {
        id
      }
    }
    serviceDeliveryChanges {
      id
      what
      why
      effectiveFrom
      agency {
        code
      }
      case {
        id
      }
    }
    upcomingMeetings {
      id
      reason
      scheduledFor
      place
      case {
        id
      }
    }
    lateMeetingOutcomes {
      id
      outcomeCirculationDueOn
      case {
        id
      }
    }
    emergencyAccessesToReview {
      id
      agencyCode
      reasonCode
      startedAt
      reviewDueOn
    }
    openGapsAndBlocks {
      id
      level
      issue
      raisedAt
      concerningAgency {
        code
      }
      case {
        id
      }
    }
  }
}
    `,
  { hash: '11ed8c0047434544ca905af7f0452ee832b26ea1184808e90165c728609e3f63' },
) as unknown as TypedDocumentString<CaseManagerWorklistQuery, CaseManagerWorklistQueryVariables>;
