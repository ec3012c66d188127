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
  /** An instant, RFC 3339 with a time zone offset, such as `2026-12-03T09:30:00Z`; answers are in UTC. A malformed one is refused with BAD_USER_INPUT naming the argument. */
  DateTime: { input: string; output: string };
  /** A calendar date with no time zone, `YYYY-MM-DD` (ISO 8601), such as `2026-12-03`: a review date, a due date, a date of birth. A malformed or impossible date (2026-02-30) is refused with BAD_USER_INPUT naming the argument. */
  LocalDate: { input: string; output: string };
  /** A UUID (RFC 4122), such as `7c9e6679-7425-40de-944b-e07fc1f90ae7`: the id of a record this federation created. A malformed one is refused with BAD_USER_INPUT naming the argument. */
  UUID: { input: string; output: string };
};

/** A rehabilitation co-ordinator’s acknowledgement of a flagged access. */
export type AcknowledgeEmergencyAccessFlagInput = {
  /** The flagged emergency access. */
  id: Scalars['UUID']['input'];
  /** What the co-ordinator did about it (1 to 2000 characters). */
  note: Scalars['String']['input'];
};

/** An agreed action: what, for which goal, by which agency and key worker, by when. */
export type ActionInput = {
  /** What is to be done: 1 to 2000 characters. */
  description: Scalars['String']['input'];
  /** The domain of need it serves. */
  domain: NeedDomain;
  /** The date it is due by, if any. */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The goal it works towards: one of the plan’s, or one added in the same change. */
  goalId?: InputMaybe<Scalars['UUID']['input']>;
  /** An id you choose for the new action; omit to have one made. */
  id?: InputMaybe<Scalars['UUID']['input']>;
  /** Default OTHER. */
  interventionType?: InputMaybe<InterventionType>;
  /** The key worker's staff id in the responsible agency: an active member of its staff, as that agency's own server confirms (BAD_USER_INPUT with reason KEY_WORKER_INACTIVE or KEY_WORKER_UNKNOWN otherwise; AGENCY_UNAVAILABLE when it cannot answer). */
  keyWorkerId?: InputMaybe<Scalars['ID']['input']>;
  /** The code of the agency that delivers it (such as CDAS): an agency in the directory (BAD_USER_INPUT otherwise). */
  responsibleAgencyCode: Scalars['ID']['input'];
  /** How often it is reviewed, in weeks: 1 to 13 (at least quarterly). */
  reviewEveryWeeks?: InputMaybe<Scalars['Int']['input']>;
};

/** A change to an action of the plan: only the fields given change. Its responsible agency and domain do not change: remove it and add another. */
export type ActionUpdateInput = {
  /** What is to be done: 1 to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A new due date. */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The goal it now works towards. */
  goalId?: InputMaybe<Scalars['UUID']['input']>;
  /** The action to change: one of the plan’s (BAD_USER_INPUT otherwise). */
  id: Scalars['UUID']['input'];
  /** The kind of intervention. */
  interventionType?: InputMaybe<InterventionType>;
  /** Another key worker: an active member of the responsible agency’s staff, as that agency confirms (BAD_USER_INPUT with reason KEY_WORKER_INACTIVE or KEY_WORKER_UNKNOWN otherwise; AGENCY_UNAVAILABLE when it cannot answer). */
  keyWorkerId?: InputMaybe<Scalars['ID']['input']>;
  /** How often it is reviewed, in weeks: 1 to 13. */
  reviewEveryWeeks?: InputMaybe<Scalars['Int']['input']>;
};

/** A new member of your agency’s staff. */
export type AddStaffMemberInput = {
  /** Their work email, up to 320 characters; blank is none. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Their user id in your agency's identity provider (the `sub` of their tokens), 1-200 characters. */
  id: Scalars['ID']['input'];
  /** Their name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Their work phone, up to 50 characters; blank is none. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Their role in your agency. */
  role: StaffRole;
  /** The staff id of their supervisor: an active member of your staff. */
  supervisorId?: InputMaybe<Scalars['ID']['input']>;
};

/** The kind of service an agency provides. */
export type AgencyKind =
  /** A drug and alcohol service. */
  | 'DRUG_AND_ALCOHOL'
  /** A general practitioner. */
  | 'GP'
  /** A homeless service. */
  | 'HOMELESS'
  /** HSE methadone provision (may receive a full copy of the plan, with the service user’s consent to every category). */
  | 'HSE_METHADONE'
  /** A mental health service. */
  | 'MENTAL_HEALTH'
  /** Any other kind of service. */
  | 'OTHER'
  /** The prison service. */
  | 'PRISON'
  /** The probation service. */
  | 'PROBATION'
  /** A social work service. */
  | 'SOCIAL_WORK';

/** Changes a consent's terms as a new version. Only what is given changes; the recipient and the service user never do (grant a new consent instead). */
export type AmendConsentInput = {
  /** The categories the recipient may read from now: at least one, no repeats. Default: unchanged. */
  categories?: InputMaybe<Array<ConsentCategory>>;
  /** Removes the expiry. */
  clearValidUntil?: InputMaybe<Scalars['Boolean']['input']>;
  /** Reference of the signed form recording the change. */
  evidenceRef: Scalars['String']['input'];
  /** The date it was signed; not in the future. */
  evidenceSignedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Replaces the exceptions: [] removes them all; omitted keeps them. */
  exceptions?: InputMaybe<Array<ConsentExceptionInput>>;
  /** The version the change is based on; another change since → VERSION_CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The consent to change. */
  id: Scalars['UUID']['input'];
  /** A new purpose. Default: unchanged. */
  purpose?: InputMaybe<ConsentPurpose>;
  /** Why the terms change, in the words recorded. */
  reason: Scalars['String']['input'];
  /** A new expiry; see clearValidUntil. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How a case manager came to hold a case. */
export type AssignmentReason =
  /** A resolved lead agency dispute named them. */
  | 'DISPUTE_RESOLUTION'
  /** They opened the case. */
  | 'OPENED'
  /** A completed case transfer handed it to them. */
  | 'TRANSFER';

/** Why something is on a key worker's attention list. */
export type AttentionKind =
  /** A key worker they supervise asks to attend a coming meeting: their decision is due (attendanceRequestsToDecide, decideMeetingAttendance). */
  | 'ATTENDANCE_REQUEST_TO_DECIDE'
  /** A coming care plan meeting the agency is invited to, not yet answered. */
  | 'MEETING_INVITATION'
  /** An open action whose due date has passed. */
  | 'OVERDUE_ACTION'
  /** The key worker may not attend a coming meeting (their supervisor refused): a written report is due to the case manager. */
  | 'WRITTEN_REPORT_DUE';

/** Where a case stands. */
export type CaseStatus =
  /** Open: held by a case manager. */
  | 'ACTIVE'
  /** Closed at its exit meeting (closeCase); the door stays open. */
  | 'CLOSED'
  /** Referred, not yet active (openCase opens cases ACTIVE). */
  | 'REFERRED';

/** What happened to a part of the plan between two versions. */
export type ChangeKind =
  /** It is in the later version only. */
  | 'ADDED'
  /** One of its fields differs (`field`, `before`, `after`). */
  | 'CHANGED'
  /** It is in the earlier version only. */
  | 'REMOVED';

/** The exit meeting: goals achieved, how supports continue, and the open door. */
export type CloseCaseInput = {
  /** The case to close. */
  caseId: Scalars['UUID']['input'];
  /** How supports will be provided in the future (aftercare): 1 to 4000 characters. */
  futureSupports: Scalars['String']['input'];
  /** The goals achieved: 1 to 4000 characters. */
  goalsAchieved: Scalars['String']['input'];
  /** The service user was told they may re-engage at any time. Must be true. */
  reEngagementExplained: Scalars['Boolean']['input'];
};

/** The completion of a transfer, with the handover’s written follow-up. */
export type CompleteTransferInput = {
  /** Revisions to the plan agreed at the handover. */
  planRevisions?: InputMaybe<Scalars['String']['input']>;
  /** The transfer. */
  transferId: Scalars['UUID']['input'];
  /** The written follow-up to the handover: 1 to 4000 characters. */
  writtenFollowUp: Scalars['String']['input'];
};

/** Categories of information a service user consents to share. */
export type ConsentCategory =
  /** That you have a care plan and who is involved: cases, case managers, goals, agreed actions and their progress, review dates, referrals, meetings held, escalations, and these consents. */
  | 'CARE_PLAN_SUMMARY'
  /** Housing, family, income and other social needs, and notes on actions. */
  | 'HOUSING_AND_SOCIAL'
  /** Your name, date of birth and phone number. */
  | 'IDENTITY'
  /** Court, probation, prison and other legal matters, and notes on actions. */
  | 'LEGAL_AND_JUSTICE'
  /** What is said and written for and at care plan meetings: minutes, written reports, decisions. */
  | 'MEETING_RECORDS'
  /** Mental health and psychological needs, and notes on actions for them. */
  | 'MENTAL_HEALTH'
  /** Physical health needs, and notes on actions for them. */
  | 'PHYSICAL_HEALTH'
  /** Drug and alcohol use and its treatment, including methadone or other opioid substitution, and notes on actions for them. Protected from re-disclosure. */
  | 'SUBSTANCE_USE';

/** What a version of a consent recorded. */
export type ConsentChange =
  /** A change of its terms. */
  | 'AMENDED'
  /** The consent as first given. */
  | 'GRANTED'
  /** Its withdrawal. */
  | 'WITHDRAWN';

/** An exception to a consent (a FHIR deny provision): categories the recipient may not read, for the whole consent or a part of its period. It wins over every consent that permits the same category to the same agency while both are in force, this one or any other. */
export type ConsentExceptionInput = {
  /** At least one; no repeats. */
  categories: Array<ConsentCategory>;
  /** Default: from the consent’s validFrom. Not before it. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default: until the consent ends. Not after its validUntil. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Why the service user lets the recipient read. CASE_MANAGEMENT and CARE_COORDINATION cover every read; REFERRAL covers only what is read through a referral. */
export type ConsentPurpose =
  /** Working together on the shared care plan; covers referrals made under it. */
  | 'CARE_COORDINATION'
  /** Given at intake so the case manager's lead agency can hold the plan; covers coordination. */
  | 'CASE_MANAGEMENT'
  /** One referral only: read through that referral, nowhere else. */
  | 'REFERRAL';

/** ACTIVE until withdrawn or past its validUntil (then EXPIRED). An ACTIVE consent whose validFrom is still ahead is not yet in force (see Consent.inForce). */
export type ConsentStatus =
  /** Not withdrawn and not past its validUntil. */
  | 'ACTIVE'
  /** Its validUntil has passed (never withdrawn). */
  | 'EXPIRED'
  /** Withdrawn: nothing is disclosed under it any more. */
  | 'WITHDRAWN';

/** An attempt to reach a service user. */
export type ContactAttemptInput = {
  /** When the attempt was made: not in the future (default: now). */
  attemptedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The case. */
  caseId: Scalars['UUID']['input'];
  /** How. */
  method: ContactMethod;
  /** A note of the attempt. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the service user was reached. */
  successful: Scalars['Boolean']['input'];
};

/** How someone tried to reach a service user. */
export type ContactMethod =
  /** An email. */
  | 'EMAIL'
  /** A visit to their home. */
  | 'HOME_VISIT'
  /** A letter. */
  | 'LETTER'
  /** A phone call. */
  | 'PHONE'
  /** A text message. */
  | 'TEXT_MESSAGE'
  /** Through another agency in contact with them. */
  | 'VIA_ANOTHER_AGENCY';

/** Who receives a copy of the care plan. */
export type CopyRecipientKind =
  /** An agency: what the service user consented to share with it (see CopyScope). */
  | 'AGENCY'
  /** The service user: the whole plan. */
  | 'SERVICE_USER';

/** How much of the plan a copy holds. */
export type CopyScope =
  /** The whole plan: the service user’s copy, and HSE methadone provision’s with consent to every category. */
  | 'FULL'
  /** Only the part about the recipient agency’s own involvement. */
  | 'OWN_INVOLVEMENT';

/** The care plan of a case as first agreed: it becomes version 1. */
export type CreateCarePlanInput = {
  /** The agreed actions. */
  actions?: Array<ActionInput>;
  /** The case: open, and without a plan. */
  caseId: Scalars['UUID']['input'];
  /** What version 1 records as its change summary; default "Care plan agreed". */
  changeSummary?: InputMaybe<Scalars['String']['input']>;
  /** The SMART goals. */
  goals?: Array<GoalInput>;
  /** The needs. */
  needs?: Array<NeedInput>;
  /** The first review: at most 3 calendar months from today (REVIEW_TOO_LATE otherwise). */
  nextReviewOn: Scalars['LocalDate']['input'];
};

/** A referral the case manager plans, under a consent naming the target agency. */
export type CreateReferralInput = {
  /** The open case whose service user is referred. */
  caseId: Scalars['UUID']['input'];
  /** An ACTIVE consent of the service user naming the target agency, for REFERRAL or CARE_COORDINATION. */
  consentId: Scalars['UUID']['input'];
  /** When the case manager follows up: today or later. */
  followUpOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** What supports the service user meanwhile. */
  interimPlan?: InputMaybe<Scalars['String']['input']>;
  /** Why the referral is made. */
  reason: Scalars['String']['input'];
  /** The agency the service user is referred to. */
  toAgencyCode: Scalars['ID']['input'];
};

/** Where the responsible agency stands with a plan action assigned to it. */
export type DeliveryStatus =
  /** Accepted by the agency; work has not started. */
  | 'ACCEPTED'
  /** Held up; the status note says why. */
  | 'BLOCKED'
  /** Ended with its outcome achieved (closed). */
  | 'COMPLETED'
  /** Declined by the agency, with a reason (closed). */
  | 'DECLINED'
  /** Being delivered. */
  | 'IN_PROGRESS'
  /** Ended without its outcome achieved (closed). */
  | 'NOT_COMPLETED'
  /** Assigned to the agency, not yet accepted or declined. */
  | 'PENDING';

/** Where a lead agency dispute stands. */
export type DisputeStatus =
  /** The agencies have not agreed yet. */
  | 'OPEN'
  /** Agreed: a lead agency and case manager were named. */
  | 'RESOLVED';

/** Why an emergency access was flagged to the rehabilitation co-ordinators. */
export type EmergencyAccessFlag =
  /** Its user had opened emergency access to another person in the 24 hours before. */
  'SECOND_PERSON_WITHIN_24_HOURS';

/** Why emergency access is opened, after the HL7 v3 purpose-of-use codes (ActReason) of the same name. */
export type EmergencyReasonCode =
  /** Emergency treatment: immediately needed care for an emergent condition (an overdose, a person found unresponsive). */
  | 'ETREAT'
  /** Threat: to prevent injury to someone (the person or another) who may be the target of violence. */
  | 'THREAT';

/** What the lead agency’s review of an emergency access found. */
export type EmergencyReviewOutcome =
  /** The emergency justified reading beyond consent. */
  | 'JUSTIFIED'
  /** It did not: the lead agency follows it up as a breach under its own procedures. */
  | 'NOT_JUSTIFIED';

/** Whether the service user is engaging. Disengagement is not closure: the case stays open while contact is attempted. */
export type Engagement =
  /** Out of contact since disengagedSince; contact is being attempted. */
  | 'DISENGAGED'
  /** In contact with the services. */
  | 'ENGAGED';

/** An escalation of a form to its next level. */
export type EscalateGapBlockInput = {
  /** The Gaps and Blocks form. */
  gapBlockId: Scalars['UUID']['input'];
  /** What was tried at the current level, by whom, and why it did not resolve it. */
  outcome: Scalars['String']['input'];
};

/** Whether a Gaps and Blocks form is still being worked on. */
export type GapBlockStatus =
  /** Not resolved: acted on at its current level. */
  | 'OPEN'
  /** Resolved, with a resolution; nothing more is recorded on it. */
  | 'RESOLVED';

/** What one step of a Gaps and Blocks form recorded. */
export type GapBlockStepAction =
  /** It went to the next level; the outcome at the level it left. */
  | 'ESCALATED'
  /** What was tried or learned at the current level. */
  | 'NOTE'
  /** The form was raised (level 1). */
  | 'RAISED'
  /** It was resolved at its current level. */
  | 'RESOLVED';

/** A SMART goal to add. Give an id (UUID) to refer to it from actions in the same change. */
export type GoalInput = {
  /** Why it is achievable and realistic. */
  achievability: Scalars['String']['input'];
  /** An earlier goal of the plan this one builds on. */
  buildsOnGoalId?: InputMaybe<Scalars['UUID']['input']>;
  /** The domain of need it serves. */
  domain: NeedDomain;
  /** An id you choose for the new goal, so that actions of the same change can name it in goalId; omit to have one made. */
  id?: InputMaybe<Scalars['UUID']['input']>;
  /** Measurable: how progress will be known. */
  measure: Scalars['String']['input'];
  /** The need it serves: one of the plan’s, or one added in the same change. */
  needId?: InputMaybe<Scalars['UUID']['input']>;
  /** Specific: what will be different, at least 10 characters. */
  statement: Scalars['String']['input'];
  /** Where it stands; default ACTIVE. */
  status?: InputMaybe<GoalStatus>;
  /** Time-bound: the date by which it should be reached, in the future. */
  targetDate: Scalars['LocalDate']['input'];
};

/** Where a goal of the care plan stands. */
export type GoalStatus =
  /** Reached. */
  | 'ACHIEVED'
  /** Agreed and being worked towards (the default of a new goal). */
  | 'ACTIVE'
  /** No longer pursued. */
  | 'CANCELLED'
  /** Ended without being reached. */
  | 'NOT_ACHIEVED'
  /** Suggested, not yet agreed. */
  | 'PROPOSED';

/** A change to a goal of the plan: only the fields given change, and the goal must stay SMART. */
export type GoalUpdateInput = {
  /** Why it is achievable and realistic. */
  achievability?: InputMaybe<Scalars['String']['input']>;
  /** The goal to change: one of the plan’s (BAD_USER_INPUT otherwise). */
  id: Scalars['UUID']['input'];
  /** Measurable: how progress will be known. */
  measure?: InputMaybe<Scalars['String']['input']>;
  /** Specific: what will be different. */
  statement?: InputMaybe<Scalars['String']['input']>;
  /** Where the goal now stands. */
  status?: InputMaybe<GoalStatus>;
  /** Time-bound: a new target date, in the future. */
  targetDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A consent names one recipient: an agency (recipientAgencyCode) or every agency of a kind (recipientAgencyKind), never both. */
export type GrantConsentInput = {
  /** At least one; omitted for a full-copy consent, which covers every category. */
  categories?: InputMaybe<Array<ConsentCategory>>;
  /** Reference of the signed consent form (strongly advised; shown on every decision). */
  evidenceRef?: InputMaybe<Scalars['String']['input']>;
  /** The date the form was signed; not in the future. */
  evidenceSignedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Exceptions ("everything except mental health"): categories refused to the recipient, named here or not. Not for a full copy. Default: none. */
  exceptions?: InputMaybe<Array<ConsentExceptionInput>>;
  /** A full copy for HSE methadone provision: every category, including any added later. Only for an HSE methadone service (by agency or by kind). */
  fullCopy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why the recipient may read. */
  purpose: ConsentPurpose;
  /** The agency that may read. */
  recipientAgencyCode?: InputMaybe<Scalars['ID']['input']>;
  /** Every agency of this kind may read, e.g. every GP practice in the federation. */
  recipientAgencyKind?: InputMaybe<AgencyKind>;
  /** The service user giving consent. */
  serviceUserId: Scalars['UUID']['input'];
  /** Default: now. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default: no expiry. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The kind of intervention an action is; the same kind from two agencies is flagged as possible duplication. */
export type InterventionType =
  /** Counselling. */
  | 'COUNSELLING'
  /** Detoxification. */
  | 'DETOXIFICATION'
  /** Education, training or employment support. */
  | 'EDUCATION_TRAINING_EMPLOYMENT'
  /** Support for the family. */
  | 'FAMILY_SUPPORT'
  /** Care by a general practitioner. */
  | 'GP_CARE'
  /** Group therapy or group work. */
  | 'GROUP_THERAPY'
  /** Harm reduction (needle exchange, naloxone, advice). */
  | 'HARM_REDUCTION'
  /** Housing support or tenancy sustainment. */
  | 'HOUSING_SUPPORT'
  /** Key working: regular one-to-one support by a key worker. */
  | 'KEY_WORKING'
  /** Treatment by a mental health service. */
  | 'MENTAL_HEALTH_TREATMENT'
  /** Opioid substitution treatment (such as methadone). */
  | 'OPIOID_SUBSTITUTION'
  /** Anything else; never flagged as duplication (the default). */
  | 'OTHER'
  /** Supervision by the probation service. */
  | 'PROBATION_SUPERVISION';

/** A key worker invited by name, with their agency. */
export type InvitedKeyWorkerInput = {
  /** The key worker’s agency: one of invitedAgencyCodes. */
  agencyCode: Scalars['ID']['input'];
  /** The key worker’s staff id in that agency. */
  keyWorkerId: Scalars['ID']['input'];
};

/** A dispute over who leads a service user’s case. */
export type LeadAgencyDisputeInput = {
  /** The codes of the agencies that cannot agree (yours included): at least two, each in the directory. */
  agencyCodes: Array<Scalars['ID']['input']>;
  /** Their case the dispute is about, if there is one. */
  caseId?: InputMaybe<Scalars['UUID']['input']>;
  /** What they disagree on: 1 to 4000 characters. */
  description: Scalars['String']['input'];
  /** Contentious issues are addressed between services first: involving the service user is a deliberate choice. */
  involveServiceUser?: Scalars['Boolean']['input'];
  /** Required when involving the service user. */
  involvementReason?: InputMaybe<Scalars['String']['input']>;
  /** The service user. */
  serviceUserId: Scalars['UUID']['input'];
};

/** The review of one action of the plan at the meeting. Finalising needs every current action reviewed. */
export type MeetingActionReviewInput = {
  /** The plan action reviewed: one of the case’s plan. */
  actionId: Scalars['UUID']['input'];
  /** What was difficult. */
  challenges?: InputMaybe<Scalars['String']['input']>;
  /** Gaps and blocks met, in words. */
  gapsAndBlocks?: InputMaybe<Scalars['String']['input']>;
  /** New issues that arose. */
  newIssues?: InputMaybe<Scalars['String']['input']>;
  /** What happens next. */
  nextSteps?: InputMaybe<Scalars['String']['input']>;
  /** What worked well. */
  whatWorkedWell?: InputMaybe<Scalars['String']['input']>;
};

/** Where a key worker's request to attend a meeting stands. */
export type MeetingAttendanceRequestStatus =
  /** Approved: the case manager was told they attend. */
  | 'APPROVED'
  /** Not yet decided by their supervisor. */
  | 'PENDING'
  /** Refused, with a reason: a written report is due instead. */
  | 'REFUSED';

/** The exit meeting’s record: what closes the case at a CASE_CLOSURE meeting. */
export type MeetingClosureInput = {
  /** How supports will be provided in the future (aftercare). */
  futureSupports: Scalars['String']['input'];
  /** Which goals were achieved. */
  goalsAchieved: Scalars['String']['input'];
  /** The service user was told they may re-engage at any time. Must be true. */
  reEngagementExplained: Scalars['Boolean']['input'];
};

/** A persistent non-engagement raised at the meeting: becomes a Gaps and Blocks form when the meeting is finalised. */
export type MeetingGapInput = {
  /** The service not engaging; not the case manager’s own. */
  concerningAgencyCode: Scalars['ID']['input'];
  /** What is not happening (1 to 4000 characters). */
  issue: Scalars['String']['input'];
  /** What has been tried at service level already (1 to 4000 characters). */
  whatTried: Scalars['String']['input'];
};

/** The plan changes agreed at the meeting (as ReviseCarePlanInput, less planId, expectedVersion and changeSummary); applied when the meeting is finalised. */
export type MeetingPlanChangesInput = {
  /** Actions to add. */
  addActions?: Array<ActionInput>;
  /** SMART goals to add. */
  addGoals?: Array<GoalInput>;
  /** Needs to add. */
  addNeeds?: Array<NeedInput>;
  /** A new date for the next review: at most 3 calendar months after the last review (REVIEW_TOO_LATE otherwise). */
  nextReviewOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Actions to remove: the plan’s (BAD_USER_INPUT otherwise). */
  removeActionIds?: Array<Scalars['UUID']['input']>;
  /** Needs to remove: the plan’s, and without goals (a need with goals is marked met instead; BAD_USER_INPUT otherwise). */
  removeNeedIds?: Array<Scalars['UUID']['input']>;
  /** Actions to change. */
  updateActions?: Array<ActionUpdateInput>;
  /** Goals to change. */
  updateGoals?: Array<GoalUpdateInput>;
  /** Needs to change. */
  updateNeeds?: Array<NeedUpdateInput>;
};

/** Why an interagency care plan meeting is held (Protocol 4). */
export type MeetingReason =
  /** The exit meeting: finalising it with `closure` closes the case (goals achieved, future supports). */
  | 'CASE_CLOSURE'
  /** The handover of the case to a new case manager (a three-way meeting). */
  | 'CASE_MANAGER_TRANSFER'
  /** Views on the plan diverge, or appropriate interventions cannot be accessed. Contentious, as LEAD_AGENCY_DISPUTE. */
  | 'DIVERGENCE_OF_VIEWS'
  /** A dispute over which agency leads the case. Contentious: held between services first; the service user attends only with a reason. */
  | 'LEAD_AGENCY_DISPUTE'
  /** A referral to another agency is discussed. */
  | 'REFERRAL'
  /** A review of the care plan; finalising it sets the next review date. */
  | 'REVIEW'
  /** The service user asked for a meeting. */
  | 'SERVICE_USER_REQUEST';

/** How an invited agency answered its invitation. */
export type MeetingResponse =
  /** The agency cannot attend and sends a written report instead. */
  | 'APOLOGIES_WITH_REPORT'
  /** Someone from the agency attends. */
  | 'ATTENDING'
  /** The agency has not answered yet (never an answer to give). */
  | 'PENDING'
  /** Someone else attends in place of the invited key worker. */
  | 'SUBSTITUTE';

/** Where a meeting is: scheduled, minuted, finalised, or cancelled. */
export type MeetingStatus =
  /** Called off before it was held, with a reason the invited agencies were told. */
  | 'CANCELLED'
  /** The outcome is entered on the plan as a new version; the minutes are final. */
  | 'FINALISED'
  /** Minutes saved at least once and not yet finalised: they may be saved again. */
  | 'MINUTES_DRAFT'
  /** Scheduled, no minutes yet; it may still be moved or cancelled. */
  | 'SCHEDULED';

/** A domain of need. Each is a consent category too: what is said about a need (its description, the notes on an action) is shared only under consent to that category. */
export type NeedDomain =
  /** Legal and justice needs (consent category LEGAL_AND_JUSTICE). */
  | 'LEGAL'
  /** Physical health (consent category PHYSICAL_HEALTH). */
  | 'PHYSICAL'
  /** Mental health (consent category MENTAL_HEALTH). */
  | 'PSYCHOLOGICAL'
  /** Housing and social needs (consent category HOUSING_AND_SOCIAL). */
  | 'SOCIAL'
  /** Substance use and its treatment (consent category SUBSTANCE_USE; 42 CFR Part 2 data, shared with a re-disclosure notice). */
  | 'SUBSTANCE_USE';

/** A need to add. Give an id (UUID) to refer to it from goals in the same change. */
export type NeedInput = {
  /** What the service user needs: 1 to 2000 characters. */
  description: Scalars['String']['input'];
  /** Its domain: also the consent category of its description. */
  domain: NeedDomain;
  /** An id you choose for the new need, so that goals of the same change can name it in needId; omit to have one made. */
  id?: InputMaybe<Scalars['UUID']['input']>;
};

/** A change to a need of the plan: only the fields given change. */
export type NeedUpdateInput = {
  /** Its new description: 1 to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The need to change: one of the plan’s (BAD_USER_INPUT otherwise). */
  id: Scalars['UUID']['input'];
  /** Whether the need is now met. */
  met?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A case to open, with you as its case manager. */
export type OpenCaseInput = {
  /** The closed case of theirs this re-engagement follows, if any. */
  previousCaseId?: InputMaybe<Scalars['UUID']['input']>;
  /** The service user (ServiceUser.id). */
  serviceUserId: Scalars['UUID']['input'];
};

/** The part of a care plan a change is in. */
export type PlanPart =
  /** An action. */
  | 'ACTION'
  /** A goal. */
  | 'GOAL'
  /** A need. */
  | 'NEED'
  /** The plan itself (its review dates). */
  | 'PLAN';

/** A Gaps and Blocks form: a service is persistently not engaging with the plan. */
export type RaiseGapBlockInput = {
  /** The open case the service is not engaging with. */
  caseId: Scalars['UUID']['input'];
  /** The agency that is not engaging; not the raising agency. */
  concerningAgencyCode: Scalars['ID']['input'];
  /** What is not happening (1 to 4000 characters). */
  issue: Scalars['String']['input'];
  /** What has been tried at service level already (1 to 4000 characters). */
  whatTried: Scalars['String']['input'];
};

/** A note of what was tried at a form’s current level. */
export type RecordGapBlockStepInput = {
  /** The Gaps and Blocks form. */
  gapBlockId: Scalars['UUID']['input'];
  /** What was tried or learned at the current level. */
  outcome: Scalars['String']['input'];
};

/** The minutes of a meeting that has started, saved as a draft; each save replaces the last. */
export type RecordMeetingMinutesInput = {
  /** The review of each plan action; each action once. */
  actionReviews?: Array<MeetingActionReviewInput>;
  /** The decisions taken, each 1 to 2000 characters. */
  decisions?: Array<Scalars['String']['input']>;
  /** The recordVersion you edited (0 for the first save). */
  expectedRecordVersion: Scalars['Int']['input'];
  /** Gaps and blocks raised; forms once the meeting is finalised. */
  gapsAndBlocks?: Array<MeetingGapInput>;
  /** The meeting’s id. */
  meetingId: Scalars['UUID']['input'];
  /** The plan changes agreed; applied when the meeting is finalised. Default: none. */
  planChanges?: InputMaybe<MeetingPlanChangesInput>;
  /** The summary of the meeting (1 to 2000 characters). */
  summary: Scalars['String']['input'];
};

/** A review of the plan: what it found and when the next one is. It becomes one new version. */
export type RecordPlanReviewInput = {
  /** The version you reviewed; a stale one is refused with VERSION_CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The next review: after this one and at most 3 calendar months on (REVIEW_TOO_LATE otherwise). */
  nextReviewOn: Scalars['LocalDate']['input'];
  /** The plan reviewed. */
  planId: Scalars['UUID']['input'];
  /** The day the review was held: today or earlier (default today). */
  reviewedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** What the review found: 1 to 2000 characters, kept in the version history. */
  summary: Scalars['String']['input'];
};

/** The case manager follows up a referral, e.g. during a long wait. */
export type RecordReferralFollowUpInput = {
  /** The next follow-up: today or later. */
  followUpOn: Scalars['LocalDate']['input'];
  /** The interim plan put in place while waiting; unchanged when absent. */
  interimPlan?: InputMaybe<Scalars['String']['input']>;
  /** The referral. */
  referralId: Scalars['UUID']['input'];
};

/** Where a referral is: PLANNED → SENT → ACCEPTED / DECLINED / WAITING → COMPLETED (Protocol 3). */
export type ReferralStatus =
  /** The agency referred to accepted the service user. */
  | 'ACCEPTED'
  /** The service user is with the agency referred to; no more steps. */
  | 'COMPLETED'
  /** The agency referred to declined. */
  | 'DECLINED'
  /** Planned by the case manager, not yet sent. */
  | 'PLANNED'
  /** Sent to the agency referred to, awaiting its answer. */
  | 'SENT'
  /** Accepted onto a waiting list; an interim plan supports the person. */
  | 'WAITING';

/** A person to register: identity details, kept apart and shared only under consent to IDENTITY. */
export type RegisterServiceUserInput = {
  /** Register even though people your agency may see have the same names and date of birth (after checking the candidates of a DUPLICATE_SUSPECTED refusal). */
  confirmNotDuplicate?: Scalars['Boolean']['input'];
  /** Date of birth, if known. */
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Family name: 1 to 200 characters. */
  familyName: Scalars['String']['input'];
  /** Given name: 1 to 200 characters. */
  givenName: Scalars['String']['input'];
  /** A phone number, if any. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The target agency tells the case manager the service user disengaged. */
export type ReportDisengagementAfterReferralInput = {
  /** What happened (1 to 2000 characters). */
  note: Scalars['String']['input'];
  /** The referral made to your agency. */
  referralId: Scalars['UUID']['input'];
};

/** A transfer to ask for: to whom, and why. */
export type RequestTransferInput = {
  /** The case to transfer. */
  caseId: Scalars['UUID']['input'];
  /** Why the case is moving: 1 to 4000 characters. */
  reason: Scalars['String']['input'];
  /** The code of the incoming lead agency (your own for a change of case manager only): an agency in the directory. */
  toAgencyCode: Scalars['ID']['input'];
  /** The incoming case manager's staff id in that agency. */
  toCaseManagerId: Scalars['ID']['input'];
};

/** A new time or place for a meeting not yet held. A new time asks every invited agency to answer again. */
export type RescheduleMeetingInput = {
  /** The meeting’s id. */
  meetingId: Scalars['UUID']['input'];
  /** Default: unchanged. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Still to come. Default: unchanged. */
  scheduledFor?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How a lead agency dispute was resolved: who leads, and who manages. */
export type ResolveDisputeInput = {
  /** The agreed case manager’s staff id in that agency. */
  caseManagerId: Scalars['ID']['input'];
  /** The dispute (LeadAgencyDispute.id). */
  disputeId: Scalars['UUID']['input'];
  /** The code of the agreed lead agency: one of the agencies in the dispute. */
  leadAgencyCode: Scalars['ID']['input'];
  /** How it was resolved: 1 to 4000 characters. */
  resolution: Scalars['String']['input'];
};

/** The resolution of a form at its current level. */
export type ResolveGapBlockInput = {
  /** The Gaps and Blocks form. */
  gapBlockId: Scalars['UUID']['input'];
  /** How the service came to engage, or what was agreed. */
  resolution: Scalars['String']['input'];
};

/** Your agency’s answer to its invitation to a meeting. */
export type RespondToMeetingInvitationInput = {
  /** The meeting’s id. */
  meetingId: Scalars['UUID']['input'];
  /** An attendance note for the case manager (who comes, what they bring). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Not PENDING. */
  response: MeetingResponse;
  /** Required for SUBSTITUTE. */
  substituteName?: InputMaybe<Scalars['String']['input']>;
};

/** The lead agency’s review of an emergency access. */
export type ReviewEmergencyAccessInput = {
  /** The emergency access reviewed. */
  id: Scalars['UUID']['input'];
  /** Why (1 to 2000 characters). */
  note: Scalars['String']['input'];
  /** Whether the emergency justified it. */
  outcome: EmergencyReviewOutcome;
};

/** One coherent revision of the plan: it becomes one new version. */
export type ReviseCarePlanInput = {
  /** Actions to add. */
  addActions?: Array<ActionInput>;
  /** SMART goals to add. */
  addGoals?: Array<GoalInput>;
  /** Needs to add. */
  addNeeds?: Array<NeedInput>;
  /** Why the plan changed, for the version history. */
  changeSummary: Scalars['String']['input'];
  /** The version you edited; a stale one is refused with VERSION_CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** A new date for the next review: at most 3 calendar months after the last review (REVIEW_TOO_LATE otherwise). */
  nextReviewOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The plan to revise. */
  planId: Scalars['UUID']['input'];
  /** Actions to remove: the plan’s (BAD_USER_INPUT otherwise). */
  removeActionIds?: Array<Scalars['UUID']['input']>;
  /** Needs to remove: the plan’s, and without goals (a need with goals is marked met instead; BAD_USER_INPUT otherwise). */
  removeNeedIds?: Array<Scalars['UUID']['input']>;
  /** Actions to change. */
  updateActions?: Array<ActionUpdateInput>;
  /** Goals to change. */
  updateGoals?: Array<GoalUpdateInput>;
  /** Needs to change. */
  updateNeeds?: Array<NeedUpdateInput>;
};

/** An interagency care plan meeting between two or more agencies. */
export type ScheduleMeetingInput = {
  /** What it should achieve, as sent to the invited agencies. */
  aims: Scalars['String']['input'];
  /** The case the meeting is about; open, yours to manage. */
  caseId: Scalars['UUID']['input'];
  /** At least two distinct agencies; the lead agency may be one. */
  invitedAgencyCodes: Array<Scalars['ID']['input']>;
  /** Key workers invited by name, each of an invited agency. Default: none. */
  invitedKeyWorkers?: Array<InvitedKeyWorkerInput>;
  /** Where, or by which channel (phone, video). */
  place: Scalars['String']['input'];
  /** What the meeting is for, as sent to the invited agencies. */
  purpose: Scalars['String']['input'];
  /** Why the meeting is held. */
  reason: MeetingReason;
  /** When it starts. */
  scheduledFor: Scalars['DateTime']['input'];
  /** Why the service user is involved in a contentious meeting: required when they attend one. */
  serviceUserAttendanceReason?: InputMaybe<Scalars['String']['input']>;
  /** Default true, except for LEAD_AGENCY_DISPUTE and DIVERGENCE_OF_VIEWS: involving the service user there needs a reason. */
  serviceUserAttends?: InputMaybe<Scalars['Boolean']['input']>;
  /** CASE_MANAGER_TRANSFER only: the transfer of this case the meeting is about. */
  transferId?: InputMaybe<Scalars['UUID']['input']>;
};

/** A change to what your agency delivers on a plan action assigned to it. */
export type ServiceDeliveryChangeInput = {
  /** The plan action (PlanAction.id), assigned to your agency. */
  actionId: Scalars['UUID']['input'];
  /** The day the change takes effect. */
  effectiveFrom: Scalars['LocalDate']['input'];
  /** Your own UUID, so that a retry records the change once. */
  id?: InputMaybe<Scalars['UUID']['input']>;
  /** What changes in what your agency delivers, 1 to 4000 characters. */
  what: Scalars['String']['input'];
  /** Why it changes, 1 to 4000 characters. */
  why: Scalars['String']['input'];
};

/** What to look for: at least one criterion; every criterion given must match. Names match from their start, ignoring case, accents, spaces and apostrophes (Ó/O’, Mac/Mc). */
export type ServiceUserSearchInput = {
  /** The date of birth, exactly. */
  dateOfBirth?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The start of a family name (at least 2 letters). */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** At most this many (1-50). */
  first?: Scalars['Int']['input'];
  /** The start of a given name (at least 2 letters). */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** The pseudonymous id (e.g. SU-1001). */
  pseudonym?: InputMaybe<Scalars['String']['input']>;
};

/** How a staff record came to be: seeded, added by an administrator, or at sign-in. */
export type StaffRecordOrigin =
  /** Added by the agency's administrator (addStaffMember). */
  | 'ADMIN'
  /** Written with the demo data, or before staff were managed. */
  | 'SEED'
  /** Made from the user's token at their first sign-in. */
  | 'SIGN_IN';

/** A staff record's role in the agency's own work on cases. */
export type StaffRole =
  /** Manages cases: leads the plan for the lead agency. */
  | 'CASE_MANAGER'
  /** Delivers plan actions and works with service users. */
  | 'KEY_WORKER'
  /** Supervises key workers: reads their caseloads, decides their meeting attendance. */
  | 'SUPERVISOR';

/** A break-glass access to open: whose data, why, for how long. */
export type StartEmergencyAccessInput = {
  /** How long, in minutes: 5 to 240; default 60. */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** What the emergency is and why consent cannot be asked (20 to 2000 characters). */
  reason: Scalars['String']['input'];
  /** Why, from the controlled list (HL7 purpose-of-use codes): ETREAT or THREAT. */
  reasonCode: EmergencyReasonCode;
  /** The service user whose data you must read. */
  serviceUserId: Scalars['UUID']['input'];
};

/** The three-way handover: outgoing and incoming case managers and the service user. */
export type TransferHandoverInput = {
  /** When the handover was held: not in the future. */
  heldAt: Scalars['DateTime']['input'];
  /** The incoming case manager attended: must be true. */
  incomingCaseManagerAttended: Scalars['Boolean']['input'];
  /** A note of the handover. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The outgoing case manager attended: must be true. */
  outgoingCaseManagerAttended: Scalars['Boolean']['input'];
  /** The service user attended: must be true. */
  serviceUserAttended: Scalars['Boolean']['input'];
  /** The transfer. */
  transferId: Scalars['UUID']['input'];
};

/** Where a case transfer stands: REQUESTED, ACCEPTED, HANDOVER_HELD, then COMPLETED; or CANCELLED before it completes. */
export type TransferStatus =
  /** Accepted by the incoming case manager. */
  | 'ACCEPTED'
  /** Cancelled by the outgoing case manager. */
  | 'CANCELLED'
  /** Completed with the written follow-up: the incoming case manager holds the case. */
  | 'COMPLETED'
  /** The three-way handover meeting was held. */
  | 'HANDOVER_HELD'
  /** Asked for by the outgoing case manager. */
  | 'REQUESTED';

/** A referral’s next status, with a note. */
export type UpdateReferralStatusInput = {
  /** A note recorded with the step. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The referral. */
  referralId: Scalars['UUID']['input'];
  /** The next status; only moves the referral protocol allows. */
  status: ReferralStatus;
};

/** Changes to a staff record: only the fields given change. */
export type UpdateStaffMemberInput = {
  /** Their work email, up to 320 characters; omit to keep it. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The staff id of the record to change. */
  id: Scalars['ID']['input'];
  /** Their name, 1 to 200 characters; omit to keep it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Their work phone, up to 50 characters; omit to keep it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Their role; omit to keep it. */
  role?: InputMaybe<StaffRole>;
  /** The staff id of their supervisor: an active member of your staff, not below them; omit to keep it. */
  supervisorId?: InputMaybe<Scalars['ID']['input']>;
};

export type AppActionNotesQueryVariables = Exact<{
  actionId: Scalars['UUID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type AppActionNotesQuery = {
  __typename?: 'Query';
  planAction?: {
    __typename?: 'PlanAction';
    id: string;
    delivery?: {
      __typename?: 'ActionDelivery';
      agencyCode: string;
      actionId: string;
      progressNotes?: {
        __typename?: 'ProgressNoteConnection';
        edges: Array<{
          __typename?: 'ProgressNoteEdge';
          node: {
            __typename?: 'ProgressNote';
            id: string;
            body?: string | null;
            writtenAt?: string | null;
            writtenBy?: {
              __typename?: 'KeyWorker';
              agencyCode: string;
              id: string;
              name: string;
            } | null;
          };
        }>;
        pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
      } | null;
    } | null;
  } | null;
};

export type AppAttendanceWorkQueryVariables = Exact<{
  meetingId: Scalars['UUID']['input'];
}>;

export type AppAttendanceWorkQuery = {
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
      agencyCode?: string | null;
      meetingId?: string | null;
      contribution?: string | null;
      issues?: string | null;
      submittedAt?: string | null;
      phoneFollowUpAt?: string | null;
      phoneFollowUpNote?: string | null;
      writtenBy?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    } | null;
    substitute?: {
      __typename?: 'MeetingSubstitute';
      meetingId?: string | null;
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

export type AppAttendanceStaffQueryVariables = Exact<{ [key: string]: never }>;

export type AppAttendanceStaffQuery = {
  __typename?: 'Query';
  keyWorkers: Array<{
    __typename?: 'KeyWorker';
    agencyCode: string;
    id: string;
    name: string;
    role: string;
  }>;
};

export type AppAttendanceRecordPhoneFollowUpMutationVariables = Exact<{
  meetingId: Scalars['UUID']['input'];
  calledAt: Scalars['DateTime']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;

export type AppAttendanceRecordPhoneFollowUpMutation = {
  __typename?: 'Mutation';
  recordReportPhoneFollowUp: {
    __typename?: 'MeetingReport';
    agencyCode?: string | null;
    meetingId?: string | null;
    phoneFollowUpAt?: string | null;
    phoneFollowUpNote?: string | null;
  };
};

export type AppAttendanceNameSubstituteMutationVariables = Exact<{
  meetingId: Scalars['UUID']['input'];
  substituteKeyWorkerId: Scalars['ID']['input'];
  handoverNote: Scalars['String']['input'];
}>;

export type AppAttendanceNameSubstituteMutation = {
  __typename?: 'Mutation';
  nameMeetingSubstitute: {
    __typename?: 'MeetingSubstitute';
    meetingId?: string | null;
    namedAt?: string | null;
    substitute?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
  };
};

export type AppAttendanceToDecideQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type AppAttendanceToDecideQuery = {
  __typename?: 'Query';
  attendanceRequestsToDecide: {
    __typename?: 'AttendanceRequestToDecideConnection';
    edges: Array<{
      __typename?: 'AttendanceRequestToDecideEdge';
      node: {
        __typename?: 'AttendanceRequestToDecide';
        meetingReason?: string | null;
        meetingAt?: string | null;
        meetingPlace?: string | null;
        request?: {
          __typename?: 'MeetingAttendanceRequest';
          id: string;
          meetingId?: string | null;
          note?: string | null;
          requestedAt?: string | null;
          keyWorker?: {
            __typename?: 'KeyWorker';
            agencyCode: string;
            id: string;
            name: string;
            role: string;
          } | null;
        } | null;
      };
    }>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
  };
};

export type AppCaseWorkReferralFragment = {
  __typename?: 'Referral';
  id: string;
  status?: ReferralStatus | null;
  reason?: string | null;
  followUpOn?: string | null;
  interimPlan?: string | null;
  createdAt?: string | null;
  toAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
  events?: Array<{
    __typename?: 'ReferralEvent';
    id: string;
    status?: ReferralStatus | null;
    note?: string | null;
    at?: string | null;
    by?: { __typename?: 'KeyWorker'; agencyCode: string; id: string; name: string } | null;
  }> | null;
};

export type AppCaseWorkGapBlockFragment = {
  __typename?: 'GapBlock';
  id: string;
  level?: number | null;
  status?: GapBlockStatus | null;
  issue?: string | null;
  whatTried?: string | null;
  raisedAt?: string | null;
  resolution?: string | null;
  resolvedAt?: string | null;
  concerningAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
  raisedByAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
  steps?: Array<{
    __typename?: 'GapBlockStep';
    id: string;
    level?: number | null;
    action?: GapBlockStepAction | null;
    outcome?: string | null;
    at?: string | null;
    by?: { __typename?: 'KeyWorker'; agencyCode: string; id: string; name: string } | null;
  }> | null;
};

export type AppCaseWorkReferralsQueryVariables = Exact<{
  caseId: Scalars['UUID']['input'];
}>;

export type AppCaseWorkReferralsQuery = {
  __typename?: 'Query';
  agencies: Array<{ __typename?: 'Agency'; code: string; name: string }>;
  case?: {
    __typename?: 'Case';
    id: string;
    status?: CaseStatus | null;
    leadAgency?: { __typename?: 'Agency'; code: string } | null;
    caseManager?: { __typename?: 'KeyWorker'; agencyCode: string; id: string; name: string } | null;
    serviceUser?: { __typename?: 'ServiceUser'; id: string } | null;
    referrals?: Array<{
      __typename?: 'Referral';
      id: string;
      status?: ReferralStatus | null;
      reason?: string | null;
      followUpOn?: string | null;
      interimPlan?: string | null;
      createdAt?: string | null;
      toAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
      events?: Array<{
        __typename?: 'ReferralEvent';
        id: string;
        status?: ReferralStatus | null;
        note?: string | null;
        at?: string | null;
        by?: { __typename?: 'KeyWorker'; agencyCode: string; id: string; name: string } | null;
      }> | null;
    }> | null;
  } | null;
};

export type AppCaseWorkReferralConsentsQueryVariables = Exact<{
  serviceUserId: Scalars['UUID']['input'];
}>;

export type AppCaseWorkReferralConsentsQuery = {
  __typename?: 'Query';
  serviceUser?: {
    __typename?: 'ServiceUser';
    id: string;
    consents?: {
      __typename?: 'ConsentConnection';
      edges: Array<{
        __typename?: 'ConsentEdge';
        node: {
          __typename?: 'Consent';
          id: string;
          inForce?: boolean | null;
          purpose?: ConsentPurpose | null;
          evidenceRef?: string | null;
          validFrom?: string | null;
          recipientAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
        };
      }>;
    } | null;
  } | null;
};

export type AppCaseWorkGapsAndBlocksQueryVariables = Exact<{
  caseId: Scalars['UUID']['input'];
}>;

export type AppCaseWorkGapsAndBlocksQuery = {
  __typename?: 'Query';
  agencies: Array<{ __typename?: 'Agency'; code: string; name: string }>;
  case?: {
    __typename?: 'Case';
    id: string;
    status?: CaseStatus | null;
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
      concerningAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
      raisedByAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
      steps?: Array<{
        __typename?: 'GapBlockStep';
        id: string;
        level?: number | null;
        action?: GapBlockStepAction | null;
        outcome?: string | null;
        at?: string | null;
        by?: { __typename?: 'KeyWorker'; agencyCode: string; id: string; name: string } | null;
      }> | null;
    }> | null;
  } | null;
};

export type AppCaseWorkPageInfoFragment = {
  __typename?: 'PageInfo';
  hasNextPage: boolean;
  endCursor?: string | null;
};

export type AppCaseWorkReviewsPageFragment = {
  __typename?: 'CarePlanConnection';
  edges: Array<{
    __typename?: 'CarePlanEdge';
    node: {
      __typename?: 'CarePlan';
      id: string;
      nextReviewOn?: string | null;
      case?: {
        __typename?: 'Case';
        id: string;
        serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      } | null;
    };
  }>;
  pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
};

export type AppCaseWorkActionsPageFragment = {
  __typename?: 'PlanActionConnection';
  edges: Array<{
    __typename?: 'PlanActionEdge';
    node: {
      __typename?: 'PlanAction';
      id: string;
      description?: string | null;
      dueOn?: string | null;
      case?: {
        __typename?: 'Case';
        id: string;
        serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      } | null;
      responsibleAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
      keyWorker?: { __typename?: 'KeyWorker'; agencyCode: string; id: string; name: string } | null;
    };
  }>;
  pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
};

export type AppCaseWorkReferralsPageFragment = {
  __typename?: 'ReferralConnection';
  edges: Array<{
    __typename?: 'ReferralEdge';
    node: {
      __typename?: 'Referral';
      id: string;
      status?: ReferralStatus | null;
      followUpOn?: string | null;
      toAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
      case?: {
        __typename?: 'Case';
        id: string;
        serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      } | null;
    };
  }>;
  pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
};

export type AppCaseWorkTransfersPageFragment = {
  __typename?: 'CaseTransferConnection';
  edges: Array<{
    __typename?: 'CaseTransferEdge';
    node: {
      __typename?: 'CaseTransfer';
      id: string;
      requestedAt?: string | null;
      case?: {
        __typename?: 'Case';
        id: string;
        serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      } | null;
    };
  }>;
  pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
};

export type AppCaseWorkDeliveryChangesPageFragment = {
  __typename?: 'ServiceDeliveryChangeConnection';
  edges: Array<{
    __typename?: 'ServiceDeliveryChangeEdge';
    node: {
      __typename?: 'ServiceDeliveryChange';
      id: string;
      what?: string | null;
      why?: string | null;
      effectiveFrom?: string | null;
      agency?: { __typename?: 'Agency'; code: string; name: string } | null;
      case?: {
        __typename?: 'Case';
        id: string;
        serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      } | null;
    };
  }>;
  pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
};

export type AppCaseWorkMeetingsPageFragment = {
  __typename?: 'MeetingConnection';
  edges: Array<{
    __typename?: 'MeetingEdge';
    node: {
      __typename?: 'Meeting';
      id: string;
      reason?: MeetingReason | null;
      scheduledFor?: string | null;
      outcomeCirculationDueOn?: string | null;
      notAnswered?: Array<{ __typename?: 'Agency'; code: string; name: string }> | null;
      case?: {
        __typename?: 'Case';
        id: string;
        serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      } | null;
    };
  }>;
  pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
};

export type AppCaseWorkEmergencyAccessesPageFragment = {
  __typename?: 'EmergencyAccessConnection';
  edges: Array<{
    __typename?: 'EmergencyAccessEdge';
    node: {
      __typename?: 'EmergencyAccess';
      id: string;
      agencyCode?: string | null;
      reasonCode?: EmergencyReasonCode | null;
      reason?: string | null;
      startedAt?: string | null;
      reviewDueOn?: string | null;
      serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
    };
  }>;
  pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
};

export type AppCaseWorkGapsAndBlocksPageFragment = {
  __typename?: 'GapBlockConnection';
  edges: Array<{
    __typename?: 'GapBlockEdge';
    node: {
      __typename?: 'GapBlock';
      id: string;
      level?: number | null;
      issue?: string | null;
      concerningAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
      case?: {
        __typename?: 'Case';
        id: string;
        serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      } | null;
    };
  }>;
  pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
};

export type AppCaseWorkWorklistMoreQueryVariables = Exact<{
  dueWithinDays: Scalars['Int']['input'];
  after: Scalars['String']['input'];
  overdueReviews?: Scalars['Boolean']['input'];
  reviewsDueSoon?: Scalars['Boolean']['input'];
  overdueActions?: Scalars['Boolean']['input'];
  referralsAwaitingFollowUp?: Scalars['Boolean']['input'];
  transfersAwaitingAcceptance?: Scalars['Boolean']['input'];
  serviceDeliveryChanges?: Scalars['Boolean']['input'];
  lateMeetingOutcomes?: Scalars['Boolean']['input'];
  emergencyAccessesToReview?: Scalars['Boolean']['input'];
  upcomingMeetings?: Scalars['Boolean']['input'];
  openGapsAndBlocks?: Scalars['Boolean']['input'];
  actionsToReassign?: Scalars['Boolean']['input'];
}>;

export type AppCaseWorkWorklistMoreQuery = {
  __typename?: 'Query';
  caseManagerWorklist: {
    __typename?: 'CaseManagerWorklist';
    overdueReviews?: {
      __typename?: 'CarePlanConnection';
      edges: Array<{
        __typename?: 'CarePlanEdge';
        node: {
          __typename?: 'CarePlan';
          id: string;
          nextReviewOn?: string | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    reviewsDueSoon?: {
      __typename?: 'CarePlanConnection';
      edges: Array<{
        __typename?: 'CarePlanEdge';
        node: {
          __typename?: 'CarePlan';
          id: string;
          nextReviewOn?: string | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    overdueActions?: {
      __typename?: 'PlanActionConnection';
      edges: Array<{
        __typename?: 'PlanActionEdge';
        node: {
          __typename?: 'PlanAction';
          id: string;
          description?: string | null;
          dueOn?: string | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
          responsibleAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
          keyWorker?: {
            __typename?: 'KeyWorker';
            agencyCode: string;
            id: string;
            name: string;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    referralsAwaitingFollowUp?: {
      __typename?: 'ReferralConnection';
      edges: Array<{
        __typename?: 'ReferralEdge';
        node: {
          __typename?: 'Referral';
          id: string;
          status?: ReferralStatus | null;
          followUpOn?: string | null;
          toAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    transfersAwaitingAcceptance?: {
      __typename?: 'CaseTransferConnection';
      edges: Array<{
        __typename?: 'CaseTransferEdge';
        node: {
          __typename?: 'CaseTransfer';
          id: string;
          requestedAt?: string | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    serviceDeliveryChanges?: {
      __typename?: 'ServiceDeliveryChangeConnection';
      edges: Array<{
        __typename?: 'ServiceDeliveryChangeEdge';
        node: {
          __typename?: 'ServiceDeliveryChange';
          id: string;
          what?: string | null;
          why?: string | null;
          effectiveFrom?: string | null;
          agency?: { __typename?: 'Agency'; code: string; name: string } | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    lateMeetingOutcomes?: {
      __typename?: 'MeetingConnection';
      edges: Array<{
        __typename?: 'MeetingEdge';
        node: {
          __typename?: 'Meeting';
          id: string;
          reason?: MeetingReason | null;
          scheduledFor?: string | null;
          outcomeCirculationDueOn?: string | null;
          notAnswered?: Array<{ __typename?: 'Agency'; code: string; name: string }> | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    emergencyAccessesToReview?: {
      __typename?: 'EmergencyAccessConnection';
      edges: Array<{
        __typename?: 'EmergencyAccessEdge';
        node: {
          __typename?: 'EmergencyAccess';
          id: string;
          agencyCode?: string | null;
          reasonCode?: EmergencyReasonCode | null;
          reason?: string | null;
          startedAt?: string | null;
          reviewDueOn?: string | null;
          serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    upcomingMeetings?: {
      __typename?: 'MeetingConnection';
      edges: Array<{
        __typename?: 'MeetingEdge';
        node: {
          __typename?: 'Meeting';
          id: string;
          reason?: MeetingReason | null;
          scheduledFor?: string | null;
          outcomeCirculationDueOn?: string | null;
          notAnswered?: Array<{ __typename?: 'Agency'; code: string; name: string }> | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    openGapsAndBlocks?: {
      __typename?: 'GapBlockConnection';
      edges: Array<{
        __typename?: 'GapBlockEdge';
        node: {
          __typename?: 'GapBlock';
          id: string;
          level?: number | null;
          issue?: string | null;
          concerningAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    actionsToReassign?: {
      __typename?: 'PlanActionConnection';
      edges: Array<{
        __typename?: 'PlanActionEdge';
        node: {
          __typename?: 'PlanAction';
          id: string;
          description?: string | null;
          dueOn?: string | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
          responsibleAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
          keyWorker?: {
            __typename?: 'KeyWorker';
            agencyCode: string;
            id: string;
            name: string;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
  };
};

export type AppCaseWorkMeetingsOfCaseFragment = {
  __typename?: 'MeetingConnection';
  edges: Array<{
    __typename?: 'MeetingEdge';
    node: {
      __typename?: 'Meeting';
      id: string;
      reason?: MeetingReason | null;
      scheduledFor?: string | null;
      place?: string | null;
      status?: MeetingStatus | null;
    };
  }>;
  pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
};

export type AppCaseWorkCaseMeetingsQueryVariables = Exact<{
  caseId: Scalars['UUID']['input'];
  after: Scalars['String']['input'];
}>;

export type AppCaseWorkCaseMeetingsQuery = {
  __typename?: 'Query';
  case?: {
    __typename?: 'Case';
    id: string;
    meetings?: {
      __typename?: 'MeetingConnection';
      edges: Array<{
        __typename?: 'MeetingEdge';
        node: {
          __typename?: 'Meeting';
          id: string;
          reason?: MeetingReason | null;
          scheduledFor?: string | null;
          place?: string | null;
          status?: MeetingStatus | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    } | null;
  } | null;
};

export type AppStaffFragment = {
  __typename?: 'KeyWorker';
  agencyCode: string;
  id: string;
  name: string;
};

export type AppDeliveryFragment = {
  __typename?: 'ActionDelivery';
  agencyCode: string;
  actionId: string;
  status?: DeliveryStatus | null;
  acceptedAt?: string | null;
  declinedReason?: string | null;
  statusNote?: string | null;
  outcome?: string | null;
  updatedAt?: string | null;
  keyWorker?: { __typename?: 'KeyWorker'; agencyCode: string; id: string; name: string } | null;
  progressNotes?: {
    __typename?: 'ProgressNoteConnection';
    edges: Array<{
      __typename?: 'ProgressNoteEdge';
      node: {
        __typename?: 'ProgressNote';
        id: string;
        body?: string | null;
        writtenAt?: string | null;
        writtenBy?: {
          __typename?: 'KeyWorker';
          agencyCode: string;
          id: string;
          name: string;
        } | null;
      };
    }>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
  } | null;
};

export type AppMeQueryVariables = Exact<{ [key: string]: never }>;

export type AppMeQuery = {
  __typename?: 'Query';
  myStaffRecord?: {
    __typename?: 'KeyWorker';
    agencyCode: string;
    id: string;
    name: string;
    role: string;
  } | null;
  myOwnRecord?: { __typename?: 'ServiceUser'; id: string } | null;
};

export type AppMyCasesQueryVariables = Exact<{ [key: string]: never }>;

export type AppMyCasesQuery = {
  __typename?: 'Query';
  myCases: {
    __typename?: 'CaseConnection';
    edges: Array<{
      __typename?: 'CaseEdge';
      node: {
        __typename?: 'Case';
        id: string;
        status?: CaseStatus | null;
        serviceUser?: {
          __typename?: 'ServiceUser';
          id: string;
          pseudonym: string;
          givenName?: string | null;
          familyName?: string | null;
        } | null;
        carePlan?: {
          __typename?: 'CarePlan';
          id: string;
          version?: number | null;
          nextReviewOn?: string | null;
          reviewOverdue?: boolean | null;
        } | null;
      };
    }>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
  };
};

export type AppCasePlanQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;

export type AppCasePlanQuery = {
  __typename?: 'Query';
  agencies: Array<{ __typename?: 'Agency'; code: string; name: string }>;
  case?: {
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
      dateOfBirth?: string | null;
    } | null;
    leadAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
    caseManager?: { __typename?: 'KeyWorker'; agencyCode: string; id: string; name: string } | null;
    carePlan?: {
      __typename?: 'CarePlan';
      id: string;
      version?: number | null;
      nextReviewOn?: string | null;
      lastReviewedOn?: string | null;
      reviewOverdue?: boolean | null;
      updatedAt?: string | null;
      actions?: Array<{
        __typename?: 'PlanAction';
        id: string;
        description?: string | null;
        domain?: NeedDomain | null;
        dueOn?: string | null;
        reviewEveryWeeks?: number | null;
        goal?: { __typename?: 'Goal'; id: string } | null;
        responsibleAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
        keyWorker?: {
          __typename?: 'KeyWorker';
          agencyCode: string;
          id: string;
          name: string;
        } | null;
        delivery?: {
          __typename?: 'ActionDelivery';
          agencyCode: string;
          actionId: string;
          status?: DeliveryStatus | null;
          acceptedAt?: string | null;
          declinedReason?: string | null;
          statusNote?: string | null;
          outcome?: string | null;
          updatedAt?: string | null;
          keyWorker?: {
            __typename?: 'KeyWorker';
            agencyCode: string;
            id: string;
            name: string;
          } | null;
          progressNotes?: {
            __typename?: 'ProgressNoteConnection';
            edges: Array<{
              __typename?: 'ProgressNoteEdge';
              node: {
                __typename?: 'ProgressNote';
                id: string;
                body?: string | null;
                writtenAt?: string | null;
                writtenBy?: {
                  __typename?: 'KeyWorker';
                  agencyCode: string;
                  id: string;
                  name: string;
                } | null;
              };
            }>;
            pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
          } | null;
        } | null;
      }> | null;
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
      }> | null;
    } | null;
    meetings?: {
      __typename?: 'MeetingConnection';
      edges: Array<{
        __typename?: 'MeetingEdge';
        node: {
          __typename?: 'Meeting';
          id: string;
          reason?: MeetingReason | null;
          scheduledFor?: string | null;
          place?: string | null;
          status?: MeetingStatus | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    } | null;
  } | null;
};

export type AppPlanHistoryQueryVariables = Exact<{
  caseId: Scalars['UUID']['input'];
}>;

export type AppPlanHistoryQuery = {
  __typename?: 'Query';
  case?: {
    __typename?: 'Case';
    id: string;
    serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
    carePlan?: {
      __typename?: 'CarePlan';
      id: string;
      version?: number | null;
      versions?: {
        __typename?: 'CarePlanVersionConnection';
        edges: Array<{
          __typename?: 'CarePlanVersionEdge';
          node: {
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
            } | null;
          };
        }>;
        pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
      } | null;
    } | null;
  } | null;
};

export type AppPlanChangesQueryVariables = Exact<{
  planId: Scalars['UUID']['input'];
  fromVersion: Scalars['Int']['input'];
  toVersion?: InputMaybe<Scalars['Int']['input']>;
}>;

export type AppPlanChangesQuery = {
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

export type AppCaseloadQueryVariables = Exact<{ [key: string]: never }>;

export type AppCaseloadQuery = {
  __typename?: 'Query';
  myCaseload: {
    __typename?: 'Caseload';
    keyWorker?: { __typename?: 'KeyWorker'; agencyCode: string; id: string; name: string } | null;
    serviceUsers?: {
      __typename?: 'CaseloadServiceUserConnection';
      edges: Array<{
        __typename?: 'CaseloadServiceUserEdge';
        node?: {
          __typename?: 'ServiceUser';
          id: string;
          pseudonym: string;
          currentCase?: { __typename?: 'Case'; id: string } | null;
        } | null;
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean };
    } | null;
    openActions?: {
      __typename?: 'CaseloadActionConnection';
      edges: Array<{
        __typename?: 'CaseloadActionEdge';
        node: {
          __typename?: 'CaseloadAction';
          actionId: string;
          description?: string | null;
          dueOn?: string | null;
          overdue?: boolean | null;
          serviceUser?: {
            __typename?: 'ServiceUser';
            id: string;
            pseudonym: string;
            currentCase?: { __typename?: 'Case'; id: string } | null;
          } | null;
          delivery?: {
            __typename?: 'ActionDelivery';
            agencyCode: string;
            actionId: string;
            status?: DeliveryStatus | null;
            statusNote?: string | null;
            declinedReason?: string | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean };
    } | null;
    attention?: {
      __typename?: 'AttentionItemConnection';
      edges: Array<{
        __typename?: 'AttentionItemEdge';
        node: {
          __typename?: 'AttentionItem';
          kind?: AttentionKind | null;
          actionId?: string | null;
          meetingId?: string | null;
          description?: string | null;
          dueOn?: string | null;
          daysOverdue?: number | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean };
    } | null;
  };
};

export type AppConsentFragment = {
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

export type AppConsentsQueryVariables = Exact<{
  serviceUserId: Scalars['UUID']['input'];
}>;

export type AppConsentsQuery = {
  __typename?: 'Query';
  agencies: Array<{ __typename?: 'Agency'; code: string; name: string }>;
  serviceUser?: {
    __typename?: 'ServiceUser';
    id: string;
    pseudonym: string;
    consents?: {
      __typename?: 'ConsentConnection';
      edges: Array<{
        __typename?: 'ConsentEdge';
        node: {
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
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    } | null;
  } | null;
};

export type AppConsentPreviewQueryVariables = Exact<{
  serviceUserId: Scalars['UUID']['input'];
  agencyCode: Scalars['ID']['input'];
}>;

export type AppConsentPreviewQuery = {
  __typename?: 'Query';
  consentPreview?: {
    __typename?: 'ConsentPreview';
    holdsRecord?: boolean | null;
    agency?: { __typename?: 'Agency'; code: string; name: string } | null;
    categories?: Array<{
      __typename?: 'CategoryPreview';
      category?: ConsentCategory | null;
      description?: string | null;
      visible?: boolean | null;
      referralOnly?: boolean | null;
      denied?: boolean | null;
    }> | null;
  } | null;
};

export type AppDisclosureEntriesFragment = {
  __typename?: 'DisclosureEntryConnection';
  edges: Array<{
    __typename?: 'DisclosureEntryEdge';
    node: {
      __typename?: 'DisclosureEntry';
      at: string;
      readerAgency: string;
      readerUser: string;
      categories: Array<string>;
      fields: Array<string>;
      bases: Array<string>;
      operationName?: string | null;
      position: number;
    };
  }>;
  pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean };
};

export type AppDisclosureLogQueryVariables = Exact<{
  serviceUserId: Scalars['UUID']['input'];
  first: Scalars['Int']['input'];
}>;

export type AppDisclosureLogQuery = {
  __typename?: 'Query';
  serviceUser?: {
    __typename?: 'ServiceUser';
    id: string;
    pseudonym: string;
    disclosureLog?: {
      __typename?: 'DisclosureLog';
      from?: string | null;
      to?: string | null;
      entries?: {
        __typename?: 'DisclosureEntryConnection';
        edges: Array<{
          __typename?: 'DisclosureEntryEdge';
          node: {
            __typename?: 'DisclosureEntry';
            at: string;
            readerAgency: string;
            readerUser: string;
            categories: Array<string>;
            fields: Array<string>;
            bases: Array<string>;
            operationName?: string | null;
            position: number;
          };
        }>;
        pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean };
      } | null;
      deniedAttempts?: {
        __typename?: 'DeniedAttemptConnection';
        edges: Array<{
          __typename?: 'DeniedAttemptEdge';
          node: {
            __typename?: 'DeniedAttempt';
            at: string;
            readerAgency: string;
            readerUser: string;
            category?: string | null;
            field: string;
            reason: string;
          };
        }>;
        pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean };
      } | null;
      agencies?: Array<{
        __typename?: 'AgencyDisclosureLog';
        agencyCode: string;
        entries?: {
          __typename?: 'DisclosureEntryConnection';
          edges: Array<{
            __typename?: 'DisclosureEntryEdge';
            node: {
              __typename?: 'DisclosureEntry';
              at: string;
              readerAgency: string;
              readerUser: string;
              categories: Array<string>;
              fields: Array<string>;
              bases: Array<string>;
              operationName?: string | null;
              position: number;
            };
          }>;
          pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean };
        } | null;
      }> | null;
    } | null;
  } | null;
};

export type AppMeetingQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;

export type AppMeetingQuery = {
  __typename?: 'Query';
  meeting?: {
    __typename?: 'Meeting';
    rescheduledAt?: string | null;
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
    attendance?: Array<{
      __typename?: 'MeetingInvitation';
      id: string;
      reportReceivedAt?: string | null;
      phoneFollowUpAt?: string | null;
      meetingId?: string | null;
      sentAt?: string | null;
      response?: MeetingResponse | null;
      substituteName?: string | null;
      note?: string | null;
      respondedAt?: string | null;
      reportReceived?: boolean | null;
      phoneFollowUpDone?: boolean | null;
      report?: {
        __typename?: 'MeetingReport';
        contribution?: string | null;
        issues?: string | null;
        submittedAt?: string | null;
      } | null;
      agency?: { __typename?: 'Agency'; code: string; name: string; kind: AgencyKind } | null;
      keyWorker?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
    }> | null;
    circulations?: Array<{
      __typename?: 'MeetingCirculation';
      id: string;
      circulatedAt?: string | null;
      acknowledgedAt?: string | null;
      acknowledgedBy?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
      agency?: { __typename?: 'Agency'; code: string } | null;
    }> | null;
    gapBlocks?: Array<{
      __typename?: 'GapBlock';
      id: string;
      level?: number | null;
      issue?: string | null;
    }> | null;
    case?: {
      __typename?: 'Case';
      id: string;
      status?: CaseStatus | null;
      serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
      caseManager?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
        role: string;
      } | null;
      carePlan?: {
        __typename?: 'CarePlan';
        id: string;
        version?: number | null;
        nextReviewOn?: string | null;
        lastReviewedOn?: string | null;
        actions?: Array<{
          __typename?: 'PlanAction';
          id: string;
          description?: string | null;
          responsibleAgency?: {
            __typename?: 'Agency';
            code: string;
            name: string;
            kind: AgencyKind;
          } | null;
        }> | null;
      } | null;
    } | null;
    chairedBy?: {
      __typename?: 'KeyWorker';
      agencyCode: string;
      id: string;
      name: string;
      role: string;
    } | null;
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
  } | null;
};

export type AppMeetingRecordServiceUserPreparedMutationVariables = Exact<{
  meetingId: Scalars['UUID']['input'];
  preparedAt: Scalars['DateTime']['input'];
  how: Scalars['String']['input'];
}>;

export type AppMeetingRecordServiceUserPreparedMutation = {
  __typename?: 'Mutation';
  recordServiceUserPrepared: {
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

export type AppMeetingRecordReportReceivedMutationVariables = Exact<{
  meetingId: Scalars['UUID']['input'];
  agencyCode: Scalars['ID']['input'];
}>;

export type AppMeetingRecordReportReceivedMutation = {
  __typename?: 'Mutation';
  recordReportReceived: {
    __typename?: 'MeetingInvitation';
    reportReceivedAt?: string | null;
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

export type AppMeetingRecordPhoneFollowUpMutationVariables = Exact<{
  meetingId: Scalars['UUID']['input'];
  agencyCode: Scalars['ID']['input'];
  calledAt: Scalars['DateTime']['input'];
}>;

export type AppMeetingRecordPhoneFollowUpMutation = {
  __typename?: 'Mutation';
  recordPhoneFollowUp: {
    __typename?: 'MeetingInvitation';
    phoneFollowUpAt?: string | null;
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

export type AppMyOwnRecordQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;

export type AppMyOwnRecordQuery = {
  __typename?: 'Query';
  myOwnRecord?: {
    __typename?: 'ServiceUser';
    id: string;
    pseudonym: string;
    givenName?: string | null;
    currentCase?: {
      __typename?: 'Case';
      id: string;
      leadAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
      caseManager?: {
        __typename?: 'KeyWorker';
        agencyCode: string;
        id: string;
        name: string;
      } | null;
      carePlan?: {
        __typename?: 'CarePlan';
        id: string;
        version?: number | null;
        nextReviewOn?: string | null;
        needs?: Array<{
          __typename?: 'Need';
          id: string;
          domain?: NeedDomain | null;
          description?: string | null;
        }> | null;
        goals?: Array<{
          __typename?: 'Goal';
          id: string;
          domain?: NeedDomain | null;
          statement?: string | null;
          measure?: string | null;
          targetDate?: string | null;
          status?: GoalStatus | null;
        }> | null;
        actions?: Array<{
          __typename?: 'PlanAction';
          id: string;
          description?: string | null;
          dueOn?: string | null;
          responsibleAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
          delivery?: {
            __typename?: 'ActionDelivery';
            agencyCode: string;
            actionId: string;
            status?: DeliveryStatus | null;
          } | null;
        }> | null;
        copies?: Array<{
          __typename?: 'PlanCopy';
          id: string;
          version?: number | null;
          recipientKind?: CopyRecipientKind | null;
          issuedAt?: string | null;
          acknowledgedAt?: string | null;
          fileName?: string | null;
        }> | null;
      } | null;
    } | null;
    consents?: {
      __typename?: 'ConsentConnection';
      edges: Array<{
        __typename?: 'ConsentEdge';
        node: {
          __typename?: 'Consent';
          id: string;
          status?: ConsentStatus | null;
          categories?: Array<ConsentCategory> | null;
          fullCopy?: boolean | null;
          purpose?: ConsentPurpose | null;
          validUntil?: string | null;
          recipientAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
        };
      }>;
    } | null;
    disclosureLog?: {
      __typename?: 'DisclosureLog';
      entries?: {
        __typename?: 'DisclosureEntryConnection';
        edges: Array<{
          __typename?: 'DisclosureEntryEdge';
          node: {
            __typename?: 'DisclosureEntry';
            at: string;
            readerAgency: string;
            categories: Array<string>;
            position: number;
          };
        }>;
      } | null;
    } | null;
  } | null;
};

export type AppAcknowledgePlanCopyMutationVariables = Exact<{
  copyId: Scalars['UUID']['input'];
}>;

export type AppAcknowledgePlanCopyMutation = {
  __typename?: 'Mutation';
  acknowledgePlanCopy: { __typename?: 'PlanCopy'; id: string; acknowledgedAt?: string | null };
};

export type AppWorklistCaseFragment = {
  __typename?: 'Case';
  id: string;
  serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
};

export type AppWorklistQueryVariables = Exact<{
  dueWithinDays: Scalars['Int']['input'];
}>;

export type AppWorklistQuery = {
  __typename?: 'Query';
  caseManagerWorklist: {
    __typename?: 'CaseManagerWorklist';
    overdueReviews: {
      __typename?: 'CarePlanConnection';
      edges: Array<{
        __typename?: 'CarePlanEdge';
        node: {
          __typename?: 'CarePlan';
          id: string;
          nextReviewOn?: string | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    reviewsDueSoon: {
      __typename?: 'CarePlanConnection';
      edges: Array<{
        __typename?: 'CarePlanEdge';
        node: {
          __typename?: 'CarePlan';
          id: string;
          nextReviewOn?: string | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    overdueActions: {
      __typename?: 'PlanActionConnection';
      edges: Array<{
        __typename?: 'PlanActionEdge';
        node: {
          __typename?: 'PlanAction';
          id: string;
          description?: string | null;
          dueOn?: string | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
          responsibleAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
          keyWorker?: {
            __typename?: 'KeyWorker';
            agencyCode: string;
            id: string;
            name: string;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    referralsAwaitingFollowUp: {
      __typename?: 'ReferralConnection';
      edges: Array<{
        __typename?: 'ReferralEdge';
        node: {
          __typename?: 'Referral';
          id: string;
          status?: ReferralStatus | null;
          followUpOn?: string | null;
          toAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    transfersAwaitingAcceptance: {
      __typename?: 'CaseTransferConnection';
      edges: Array<{
        __typename?: 'CaseTransferEdge';
        node: {
          __typename?: 'CaseTransfer';
          id: string;
          requestedAt?: string | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    serviceDeliveryChanges: {
      __typename?: 'ServiceDeliveryChangeConnection';
      edges: Array<{
        __typename?: 'ServiceDeliveryChangeEdge';
        node: {
          __typename?: 'ServiceDeliveryChange';
          id: string;
          what?: string | null;
          why?: string | null;
          effectiveFrom?: string | null;
          agency?: { __typename?: 'Agency'; code: string; name: string } | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    upcomingMeetings: {
      __typename?: 'MeetingConnection';
      edges: Array<{
        __typename?: 'MeetingEdge';
        node: {
          __typename?: 'Meeting';
          id: string;
          reason?: MeetingReason | null;
          scheduledFor?: string | null;
          outcomeCirculationDueOn?: string | null;
          notAnswered?: Array<{ __typename?: 'Agency'; code: string; name: string }> | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    lateMeetingOutcomes: {
      __typename?: 'MeetingConnection';
      edges: Array<{
        __typename?: 'MeetingEdge';
        node: {
          __typename?: 'Meeting';
          id: string;
          reason?: MeetingReason | null;
          scheduledFor?: string | null;
          outcomeCirculationDueOn?: string | null;
          notAnswered?: Array<{ __typename?: 'Agency'; code: string; name: string }> | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    emergencyAccessesToReview: {
      __typename?: 'EmergencyAccessConnection';
      edges: Array<{
        __typename?: 'EmergencyAccessEdge';
        node: {
          __typename?: 'EmergencyAccess';
          id: string;
          agencyCode?: string | null;
          reasonCode?: EmergencyReasonCode | null;
          reason?: string | null;
          startedAt?: string | null;
          reviewDueOn?: string | null;
          serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    openGapsAndBlocks: {
      __typename?: 'GapBlockConnection';
      edges: Array<{
        __typename?: 'GapBlockEdge';
        node: {
          __typename?: 'GapBlock';
          id: string;
          level?: number | null;
          issue?: string | null;
          concerningAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
    actionsToReassign: {
      __typename?: 'PlanActionConnection';
      edges: Array<{
        __typename?: 'PlanActionEdge';
        node: {
          __typename?: 'PlanAction';
          id: string;
          description?: string | null;
          dueOn?: string | null;
          case?: {
            __typename?: 'Case';
            id: string;
            serviceUser?: { __typename?: 'ServiceUser'; id: string; pseudonym: string } | null;
          } | null;
          responsibleAgency?: { __typename?: 'Agency'; code: string; name: string } | null;
          keyWorker?: {
            __typename?: 'KeyWorker';
            agencyCode: string;
            id: string;
            name: string;
          } | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    };
  };
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
    goals?: Array<{
      __typename?: 'Goal';
      id: string;
      domain?: NeedDomain | null;
      statement?: string | null;
      measure?: string | null;
      achievability?: string | null;
      targetDate?: string | null;
      status?: GoalStatus | null;
      proposedBy?: { __typename?: 'Agency'; code: string } | null;
      conflicts?: Array<{
        __typename?: 'GoalConflict';
        id: string;
        note?: string | null;
        resolution?: string | null;
        conflictingGoal?: { __typename?: 'Goal'; id: string; statement?: string | null } | null;
      }> | null;
      need?: { __typename?: 'Need'; id: string } | null;
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
        progressNotes?: {
          __typename?: 'ProgressNoteConnection';
          edges: Array<{
            __typename?: 'ProgressNoteEdge';
            node: {
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
          }>;
          pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
        } | null;
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
    needs?: Array<{
      __typename?: 'Need';
      id: string;
      domain?: NeedDomain | null;
      description?: string | null;
      met?: boolean | null;
    }> | null;
  };
};

export type IssuePlanCopyMutationVariables = Exact<{
  planId: Scalars['UUID']['input'];
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

export type CarePlanContentFragment = {
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
  }> | null;
};

export type CarePlanDetailFragment = {
  __typename?: 'CarePlan';
  id: string;
  version?: number | null;
  nextReviewOn?: string | null;
  lastReviewedOn?: string | null;
  reviewOverdue?: boolean | null;
  updatedAt?: string | null;
  goals?: Array<{
    __typename?: 'Goal';
    id: string;
    domain?: NeedDomain | null;
    statement?: string | null;
    measure?: string | null;
    achievability?: string | null;
    targetDate?: string | null;
    status?: GoalStatus | null;
    proposedBy?: { __typename?: 'Agency'; code: string } | null;
    conflicts?: Array<{
      __typename?: 'GoalConflict';
      id: string;
      note?: string | null;
      resolution?: string | null;
      conflictingGoal?: { __typename?: 'Goal'; id: string; statement?: string | null } | null;
    }> | null;
    need?: { __typename?: 'Need'; id: string } | null;
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
      progressNotes?: {
        __typename?: 'ProgressNoteConnection';
        edges: Array<{
          __typename?: 'ProgressNoteEdge';
          node: {
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
        }>;
        pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
      } | null;
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
  needs?: Array<{
    __typename?: 'Need';
    id: string;
    domain?: NeedDomain | null;
    description?: string | null;
    met?: boolean | null;
  }> | null;
};

export type CaseWithPlanQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
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
      goals?: Array<{
        __typename?: 'Goal';
        id: string;
        domain?: NeedDomain | null;
        statement?: string | null;
        measure?: string | null;
        achievability?: string | null;
        targetDate?: string | null;
        status?: GoalStatus | null;
        proposedBy?: { __typename?: 'Agency'; code: string } | null;
        conflicts?: Array<{
          __typename?: 'GoalConflict';
          id: string;
          note?: string | null;
          resolution?: string | null;
          conflictingGoal?: { __typename?: 'Goal'; id: string; statement?: string | null } | null;
        }> | null;
        need?: { __typename?: 'Need'; id: string } | null;
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
          progressNotes?: {
            __typename?: 'ProgressNoteConnection';
            edges: Array<{
              __typename?: 'ProgressNoteEdge';
              node: {
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
            }>;
            pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
          } | null;
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
      needs?: Array<{
        __typename?: 'Need';
        id: string;
        domain?: NeedDomain | null;
        description?: string | null;
        met?: boolean | null;
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
  id: Scalars['UUID']['input'];
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

export type AcceptActionMutationVariables = Exact<{
  actionId: Scalars['UUID']['input'];
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
  actionId: Scalars['UUID']['input'];
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

export type UpdateDeliveryStatusMutationVariables = Exact<{
  actionId: Scalars['UUID']['input'];
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

export type RecordProgressNoteMutationVariables = Exact<{
  actionId: Scalars['UUID']['input'];
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
  id: Scalars['UUID']['input'];
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
  id: Scalars['UUID']['input'];
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
  caseId: Scalars['UUID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type CaseMeetingsQuery = {
  __typename?: 'Query';
  case?: {
    __typename?: 'Case';
    id: string;
    meetings?: {
      __typename?: 'MeetingConnection';
      edges: Array<{
        __typename?: 'MeetingEdge';
        node: {
          __typename?: 'Meeting';
          id: string;
          reason?: MeetingReason | null;
          scheduledFor?: string | null;
          place?: string | null;
          status?: MeetingStatus | null;
        };
      }>;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    } | null;
  } | null;
};

export type MeetingQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
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

export type MyMeetingInvitationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type MyMeetingInvitationsQuery = {
  __typename?: 'Query';
  myMeetingInvitations: {
    __typename?: 'MeetingInvitationConnection';
    edges: Array<{
      __typename?: 'MeetingInvitationEdge';
      node: {
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
      };
    }>;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
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
  meetingId: Scalars['UUID']['input'];
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
  meetingId: Scalars['UUID']['input'];
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
  meetingId: Scalars['UUID']['input'];
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
  requestId: Scalars['UUID']['input'];
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
  meetingId: Scalars['UUID']['input'];
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
  meetingId: Scalars['UUID']['input'];
  expectedPlanVersion: Scalars['Int']['input'];
  nextReviewOn?: InputMaybe<Scalars['LocalDate']['input']>;
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
  meetingId: Scalars['UUID']['input'];
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
  meetingId: Scalars['UUID']['input'];
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
export const AppStaffFragmentDoc = new TypedDocumentString(
  `
    fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}
    `,
  { fragmentName: 'AppStaff' },
) as unknown as TypedDocumentString<AppStaffFragment, unknown>;
export const AppCaseWorkReferralFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkReferral on Referral {
  id
  status
  reason
  followUpOn
  interimPlan
  createdAt
  toAgency {
    code
    name
  }
  events {
    id
    status
    note
    at
    by {
      ...AppStaff
    }
  }
}
    fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}`,
  { fragmentName: 'AppCaseWorkReferral' },
) as unknown as TypedDocumentString<AppCaseWorkReferralFragment, unknown>;
export const AppCaseWorkGapBlockFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkGapBlock on GapBlock {
  id
  level
  status
  issue
  whatTried
  raisedAt
  resolution
  resolvedAt
  concerningAgency {
    code
    name
  }
  raisedByAgency {
    code
    name
  }
  steps {
    id
    level
    action
    outcome
    at
    by {
      ...AppStaff
    }
  }
}
    fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}`,
  { fragmentName: 'AppCaseWorkGapBlock' },
) as unknown as TypedDocumentString<AppCaseWorkGapBlockFragment, unknown>;
export const AppWorklistCaseFragmentDoc = new TypedDocumentString(
  `
    fragment AppWorklistCase on Case {
  id
  serviceUser {
    id
    pseudonym
  }
}
    `,
  { fragmentName: 'AppWorklistCase' },
) as unknown as TypedDocumentString<AppWorklistCaseFragment, unknown>;
export const AppCaseWorkPageInfoFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
    `,
  { fragmentName: 'AppCaseWorkPageInfo' },
) as unknown as TypedDocumentString<AppCaseWorkPageInfoFragment, unknown>;
export const AppCaseWorkReviewsPageFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkReviewsPage on CarePlanConnection {
  edges {
    node {
      id
      nextReviewOn
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppWorklistCase on Case {
  id
  serviceUser {
    id
    pseudonym
  }
}`,
  { fragmentName: 'AppCaseWorkReviewsPage' },
) as unknown as TypedDocumentString<AppCaseWorkReviewsPageFragment, unknown>;
export const AppCaseWorkActionsPageFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkActionsPage on PlanActionConnection {
  edges {
    node {
      id
      description
      dueOn
      case {
        ...AppWorklistCase
      }
      responsibleAgency {
        code
        name
      }
      keyWorker {
        ...AppStaff
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}
fragment AppWorklistCase on Case {
  id
  serviceUser {
    id
    pseudonym
  }
}`,
  { fragmentName: 'AppCaseWorkActionsPage' },
) as unknown as TypedDocumentString<AppCaseWorkActionsPageFragment, unknown>;
export const AppCaseWorkReferralsPageFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkReferralsPage on ReferralConnection {
  edges {
    node {
      id
      status
      followUpOn
      toAgency {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppWorklistCase on Case {
  id
  serviceUser {
    id
    pseudonym
  }
}`,
  { fragmentName: 'AppCaseWorkReferralsPage' },
) as unknown as TypedDocumentString<AppCaseWorkReferralsPageFragment, unknown>;
export const AppCaseWorkTransfersPageFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkTransfersPage on CaseTransferConnection {
  edges {
    node {
      id
      requestedAt
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppWorklistCase on Case {
  id
  serviceUser {
    id
    pseudonym
  }
}`,
  { fragmentName: 'AppCaseWorkTransfersPage' },
) as unknown as TypedDocumentString<AppCaseWorkTransfersPageFragment, unknown>;
export const AppCaseWorkDeliveryChangesPageFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkDeliveryChangesPage on ServiceDeliveryChangeConnection {
  edges {
    node {
      id
      what
      why
      effectiveFrom
      agency {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppWorklistCase on Case {
  id
  serviceUser {
    id
    pseudonym
  }
}`,
  { fragmentName: 'AppCaseWorkDeliveryChangesPage' },
) as unknown as TypedDocumentString<AppCaseWorkDeliveryChangesPageFragment, unknown>;
export const AppCaseWorkMeetingsPageFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkMeetingsPage on MeetingConnection {
  edges {
    node {
      id
      reason
      scheduledFor
      outcomeCirculationDueOn
      notAnswered {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppWorklistCase on Case {
  id
  serviceUser {
    id
    pseudonym
  }
}`,
  { fragmentName: 'AppCaseWorkMeetingsPage' },
) as unknown as TypedDocumentString<AppCaseWorkMeetingsPageFragment, unknown>;
export const AppCaseWorkEmergencyAccessesPageFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkEmergencyAccessesPage on EmergencyAccessConnection {
  edges {
    node {
      id
      agencyCode
      reasonCode
      reason
      startedAt
      reviewDueOn
      serviceUser {
        id
        pseudonym
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}`,
  { fragmentName: 'AppCaseWorkEmergencyAccessesPage' },
) as unknown as TypedDocumentString<AppCaseWorkEmergencyAccessesPageFragment, unknown>;
export const AppCaseWorkGapsAndBlocksPageFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkGapsAndBlocksPage on GapBlockConnection {
  edges {
    node {
      id
      level
      issue
      concerningAgency {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppWorklistCase on Case {
  id
  serviceUser {
    id
    pseudonym
  }
}`,
  { fragmentName: 'AppCaseWorkGapsAndBlocksPage' },
) as unknown as TypedDocumentString<AppCaseWorkGapsAndBlocksPageFragment, unknown>;
export const AppCaseWorkMeetingsOfCaseFragmentDoc = new TypedDocumentString(
  `
    fragment AppCaseWorkMeetingsOfCase on MeetingConnection {
  edges {
    node {
      id
      reason
      scheduledFor
      place
      status
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}`,
  { fragmentName: 'AppCaseWorkMeetingsOfCase' },
) as unknown as TypedDocumentString<AppCaseWorkMeetingsOfCaseFragment, unknown>;
export const AppDeliveryFragmentDoc = new TypedDocumentString(
  `
    fragment AppDelivery on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  updatedAt
  keyWorker {
    ...AppStaff
  }
  progressNotes(first: 100) {
    edges {
      node {
        id
        body
        writtenAt
        writtenBy {
          agencyCode
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}`,
  { fragmentName: 'AppDelivery' },
) as unknown as TypedDocumentString<AppDeliveryFragment, unknown>;
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
export const AppConsentFragmentDoc = new TypedDocumentString(
  `
    fragment AppConsent on Consent {
  ...ConsentItem
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
  { fragmentName: 'AppConsent' },
) as unknown as TypedDocumentString<AppConsentFragment, unknown>;
export const AppDisclosureEntriesFragmentDoc = new TypedDocumentString(
  `
    fragment AppDisclosureEntries on DisclosureEntryConnection {
  edges {
    node {
      at
      readerAgency
      readerUser
      categories
      fields
      bases
      operationName
      position
    }
  }
  pageInfo {
    hasNextPage
  }
}
    `,
  { fragmentName: 'AppDisclosureEntries' },
) as unknown as TypedDocumentString<AppDisclosureEntriesFragment, unknown>;
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
export const CarePlanContentFragmentDoc = new TypedDocumentString(
  `
    fragment CarePlanContent on CarePlan {
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
  }
}
    `,
  { fragmentName: 'CarePlanContent' },
) as unknown as TypedDocumentString<CarePlanContentFragment, unknown>;
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
export const CarePlanDetailFragmentDoc = new TypedDocumentString(
  `
    fragment CarePlanDetail on CarePlan {
  ...CarePlanContent
  goals {
    id
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
        edges {
          node {
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
        }
        pageInfo {
          hasNextPage
          endCursor
        }
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
fragment CarePlanContent on CarePlan {
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
export const AppActionNotesDocument = new TypedDocumentString(
  `
    query AppActionNotes($actionId: UUID!, $after: String) {
  planAction(id: $actionId) {
    id
    delivery {
      agencyCode
      actionId
      progressNotes(first: 100, after: $after) {
        edges {
          node {
            id
            body
            writtenAt
            writtenBy {
              agencyCode
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    `,
  { hash: '2d213e25c938069391afa3fbfa442854a61b4d7abfd77b8286ca95fbf66655db' },
) as unknown as TypedDocumentString<AppActionNotesQuery, AppActionNotesQueryVariables>;
export const AppAttendanceWorkDocument = new TypedDocumentString(
  `
    query AppAttendanceWork($meetingId: UUID!) {
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
      agencyCode
      meetingId
      contribution
      issues
      submittedAt
      phoneFollowUpAt
      phoneFollowUpNote
      writtenBy {
        ...StaffRef
      }
    }
    substitute {
      meetingId
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
  { hash: '31ca57ab753286a7b3c363bf4b077b6cf975747d0b099f2e99c57bed04c0fca0' },
) as unknown as TypedDocumentString<AppAttendanceWorkQuery, AppAttendanceWorkQueryVariables>;
export const AppAttendanceStaffDocument = new TypedDocumentString(
  `
    query AppAttendanceStaff {
  keyWorkers {
    ...StaffRef
  }
}
    fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'c1d412691e5b4ea2b649a5e8624fe0539f6c5ae578184922ef46b4087254c3dd' },
) as unknown as TypedDocumentString<AppAttendanceStaffQuery, AppAttendanceStaffQueryVariables>;
export const AppAttendanceRecordPhoneFollowUpDocument = new TypedDocumentString(
  `
    mutation AppAttendanceRecordPhoneFollowUp($meetingId: UUID!, $calledAt: DateTime!, $note: String) {
  recordReportPhoneFollowUp(
    meetingId: $meetingId
    calledAt: $calledAt
    note: $note
  ) {
    agencyCode
    meetingId
    phoneFollowUpAt
    phoneFollowUpNote
  }
}
    `,
  { hash: 'd37585ef5d51a55180c6d2c01664b17d9b9a679d7697c8194486c4395b0ba038' },
) as unknown as TypedDocumentString<
  AppAttendanceRecordPhoneFollowUpMutation,
  AppAttendanceRecordPhoneFollowUpMutationVariables
>;
export const AppAttendanceNameSubstituteDocument = new TypedDocumentString(
  `
    mutation AppAttendanceNameSubstitute($meetingId: UUID!, $substituteKeyWorkerId: ID!, $handoverNote: String!) {
  nameMeetingSubstitute(
    meetingId: $meetingId
    substituteKeyWorkerId: $substituteKeyWorkerId
    handoverNote: $handoverNote
  ) {
    meetingId
    namedAt
    substitute {
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
  { hash: '0f9abbd37e9f076260a84d12c0a80a996b8a264ef9a09dd3d63dbd3d4eafff2e' },
) as unknown as TypedDocumentString<
  AppAttendanceNameSubstituteMutation,
  AppAttendanceNameSubstituteMutationVariables
>;
export const AppAttendanceToDecideDocument = new TypedDocumentString(
  `
    query AppAttendanceToDecide($first: Int, $after: String) {
  attendanceRequestsToDecide(first: $first, after: $after) {
    edges {
      node {
        meetingReason
        meetingAt
        meetingPlace
        request {
          id
          meetingId
          note
          requestedAt
          keyWorker {
            ...StaffRef
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment StaffRef on KeyWorker {
  agencyCode
  id
  name
  role
}`,
  { hash: 'd7ca7b459f0377bb7e4538b386f32cd668b1c04a2506ad46e57a9a6a556c3f42' },
) as unknown as TypedDocumentString<
  AppAttendanceToDecideQuery,
  AppAttendanceToDecideQueryVariables
>;
export const AppCaseWorkReferralsDocument = new TypedDocumentString(
  `
    query AppCaseWorkReferrals($caseId: UUID!) {
  agencies {
    code
    name
  }
  case(id: $caseId) {
    id
    status
    leadAgency {
      code
    }
    caseManager {
      ...AppStaff
    }
    serviceUser {
      id
    }
    referrals {
      ...AppCaseWorkReferral
    }
  }
}
    fragment AppCaseWorkReferral on Referral {
  id
  status
  reason
  followUpOn
  interimPlan
  createdAt
  toAgency {
    code
    name
  }
  events {
    id
    status
    note
    at
    by {
      ...AppStaff
    }
  }
}
fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}`,
  { hash: 'c707e21a6ba159c392a181b2712469f414654d736dbb884f2f776048b76741df' },
) as unknown as TypedDocumentString<AppCaseWorkReferralsQuery, AppCaseWorkReferralsQueryVariables>;
export const AppCaseWorkReferralConsentsDocument = new TypedDocumentString(
  `
    query AppCaseWorkReferralConsents($serviceUserId: UUID!) {
  serviceUser(id: $serviceUserId) {
    id
    consents(first: 100) {
      edges {
        node {
          id
          inForce
          purpose
          evidenceRef
          validFrom
          recipientAgency {
            code
            name
          }
        }
      }
    }
  }
}
    `,
  { hash: '24f8905779935480ffab7f1d508ed73cc9beb4b6f153d03ea9bb9dd6a00f5360' },
) as unknown as TypedDocumentString<
  AppCaseWorkReferralConsentsQuery,
  AppCaseWorkReferralConsentsQueryVariables
>;
export const AppCaseWorkGapsAndBlocksDocument = new TypedDocumentString(
  `
    query AppCaseWorkGapsAndBlocks($caseId: UUID!) {
  agencies {
    code
    name
  }
  case(id: $caseId) {
    id
    status
    gapsAndBlocks {
      ...AppCaseWorkGapBlock
    }
  }
}
    fragment AppCaseWorkGapBlock on GapBlock {
  id
  level
  status
  issue
  whatTried
  raisedAt
  resolution
  resolvedAt
  concerningAgency {
    code
    name
  }
  raisedByAgency {
    code
    name
  }
  steps {
    id
    level
    action
    outcome
    at
    by {
      ...AppStaff
    }
  }
}
fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}`,
  { hash: 'b811aea123d2908e974365119017a32c13097a46a225da507f3fd4a9a67d1cfb' },
) as unknown as TypedDocumentString<
  AppCaseWorkGapsAndBlocksQuery,
  AppCaseWorkGapsAndBlocksQueryVariables
>;
export const AppCaseWorkWorklistMoreDocument = new TypedDocumentString(
  `
    query AppCaseWorkWorklistMore($dueWithinDays: Int!, $after: String!, $overdueReviews: Boolean! = false, $reviewsDueSoon: Boolean! = false, $overdueActions: Boolean! = false, $referralsAwaitingFollowUp: Boolean! = false, $transfersAwaitingAcceptance: Boolean! = false, $serviceDeliveryChanges: Boolean! = false, $lateMeetingOutcomes: Boolean! = false, $emergencyAccessesToReview: Boolean! = false, $upcomingMeetings: Boolean! = false, $openGapsAndBlocks: Boolean! = false, $actionsToReassign: Boolean! = false) {
  caseManagerWorklist(dueWithinDays: $dueWithinDays) {
    overdueReviews(after: $after) @include(if: $overdueReviews) {
      ...AppCaseWorkReviewsPage
    }
    reviewsDueSoon(after: $after) @include(if: $reviewsDueSoon) {
      ...AppCaseWorkReviewsPage
    }
    overdueActions(after: $after) @include(if: $overdueActions) {
      ...AppCaseWorkActionsPage
    }
    referralsAwaitingFollowUp(after: $after) @include(if: $referralsAwaitingFollowUp) {
      ...AppCaseWorkReferralsPage
    }
    transfersAwaitingAcceptance(after: $after) @include(if: $transfersAwaitingAcceptance) {
      ...AppCaseWorkTransfersPage
    }
    serviceDeliveryChanges(after: $after) @include(if: $serviceDeliveryChanges) {
      ...AppCaseWorkDeliveryChangesPage
    }
    lateMeetingOutcomes(after: $after) @include(if: $lateMeetingOutcomes) {
      ...AppCaseWorkMeetingsPage
    }
    emergencyAccessesToReview(after: $after) @include(if: $emergencyAccessesToReview) {
      ...AppCaseWorkEmergencyAccessesPage
    }
    upcomingMeetings(after: $after) @include(if: $upcomingMeetings) {
      ...AppCaseWorkMeetingsPage
    }
    openGapsAndBlocks(after: $after) @include(if: $openGapsAndBlocks) {
      ...AppCaseWorkGapsAndBlocksPage
    }
    actionsToReassign(after: $after) @include(if: $actionsToReassign) {
      ...AppCaseWorkActionsPage
    }
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppCaseWorkReviewsPage on CarePlanConnection {
  edges {
    node {
      id
      nextReviewOn
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkActionsPage on PlanActionConnection {
  edges {
    node {
      id
      description
      dueOn
      case {
        ...AppWorklistCase
      }
      responsibleAgency {
        code
        name
      }
      keyWorker {
        ...AppStaff
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkReferralsPage on ReferralConnection {
  edges {
    node {
      id
      status
      followUpOn
      toAgency {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkTransfersPage on CaseTransferConnection {
  edges {
    node {
      id
      requestedAt
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkDeliveryChangesPage on ServiceDeliveryChangeConnection {
  edges {
    node {
      id
      what
      why
      effectiveFrom
      agency {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkMeetingsPage on MeetingConnection {
  edges {
    node {
      id
      reason
      scheduledFor
      outcomeCirculationDueOn
      notAnswered {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkEmergencyAccessesPage on EmergencyAccessConnection {
  edges {
    node {
      id
      agencyCode
      reasonCode
      reason
      startedAt
      reviewDueOn
      serviceUser {
        id
        pseudonym
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkGapsAndBlocksPage on GapBlockConnection {
  edges {
    node {
      id
      level
      issue
      concerningAgency {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}
fragment AppWorklistCase on Case {
  id
  serviceUser {
    id
    pseudonym
  }
}`,
  { hash: 'f8cd30996de08a75a5c10eec8f29e2e0fb038449c2f588769265508739688587' },
) as unknown as TypedDocumentString<
  AppCaseWorkWorklistMoreQuery,
  AppCaseWorkWorklistMoreQueryVariables
>;
export const AppCaseWorkCaseMeetingsDocument = new TypedDocumentString(
  `
    query AppCaseWorkCaseMeetings($caseId: UUID!, $after: String!) {
  case(id: $caseId) {
    id
    meetings(first: 20, after: $after) {
      ...AppCaseWorkMeetingsOfCase
    }
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppCaseWorkMeetingsOfCase on MeetingConnection {
  edges {
    node {
      id
      reason
      scheduledFor
      place
      status
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}`,
  { hash: '909a70cb727f4e4b1649813ee06b992c342b1993fde3fbbc16cdc7be157f09d6' },
) as unknown as TypedDocumentString<
  AppCaseWorkCaseMeetingsQuery,
  AppCaseWorkCaseMeetingsQueryVariables
>;
export const AppMeDocument = new TypedDocumentString(
  `
    query AppMe {
  myStaffRecord {
    agencyCode
    id
    name
    role
  }
  myOwnRecord {
    id
  }
}
    `,
  { hash: '82c0b3ffed43ce72b40ac3900e774fcf3e6367d16d162a9f3ad261dec69ea25f' },
) as unknown as TypedDocumentString<AppMeQuery, AppMeQueryVariables>;
export const AppMyCasesDocument = new TypedDocumentString(
  `
    query AppMyCases {
  myCases(first: 100) {
    edges {
      node {
        id
        status
        serviceUser {
          id
          pseudonym
          givenName
          familyName
        }
        carePlan {
          id
          version
          nextReviewOn
          reviewOverdue
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `,
  { hash: 'fadd0e21c7632b7fc3ff4accd1768e0c08bbb2316bbbe8b30d9e409784d96337' },
) as unknown as TypedDocumentString<AppMyCasesQuery, AppMyCasesQueryVariables>;
export const AppCasePlanDocument = new TypedDocumentString(
  `
    query AppCasePlan($id: UUID!) {
  agencies {
    code
    name
  }
  case(id: $id) {
    id
    status
    openedAt
    engagement
    serviceUser {
      id
      pseudonym
      givenName
      familyName
      dateOfBirth
    }
    leadAgency {
      code
      name
    }
    caseManager {
      ...AppStaff
    }
    carePlan {
      ...CarePlanContent
      actions {
        id
        description
        domain
        dueOn
        reviewEveryWeeks
        goal {
          id
        }
        responsibleAgency {
          code
          name
        }
        keyWorker {
          ...AppStaff
        }
        delivery {
          ...AppDelivery
        }
      }
    }
    meetings(first: 20) {
      ...AppCaseWorkMeetingsOfCase
    }
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppCaseWorkMeetingsOfCase on MeetingConnection {
  edges {
    node {
      id
      reason
      scheduledFor
      place
      status
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}
fragment AppDelivery on ActionDelivery {
  agencyCode
  actionId
  status
  acceptedAt
  declinedReason
  statusNote
  outcome
  updatedAt
  keyWorker {
    ...AppStaff
  }
  progressNotes(first: 100) {
    edges {
      node {
        id
        body
        writtenAt
        writtenBy {
          agencyCode
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
fragment CarePlanContent on CarePlan {
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
  }
}`,
  { hash: 'fcc26092168a656d8ca8e7630c61912f939b935520028c0034b88174039688ab' },
) as unknown as TypedDocumentString<AppCasePlanQuery, AppCasePlanQueryVariables>;
export const AppPlanHistoryDocument = new TypedDocumentString(
  `
    query AppPlanHistory($caseId: UUID!) {
  case(id: $caseId) {
    id
    serviceUser {
      id
      pseudonym
    }
    carePlan {
      id
      version
      versions {
        edges {
          node {
            id
            version
            createdAt
            changeSummary
            author {
              ...AppStaff
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}`,
  { hash: '1a25f1a1342a82591ecd0f35563d86737ac9966c1c7427e1d7fe73166d90e4d2' },
) as unknown as TypedDocumentString<AppPlanHistoryQuery, AppPlanHistoryQueryVariables>;
export const AppPlanChangesDocument = new TypedDocumentString(
  `
    query AppPlanChanges($planId: UUID!, $fromVersion: Int!, $toVersion: Int) {
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
  { hash: 'db27981582016ca23bcb0766780ad6183e17ea1d2cad25badbe86c21b4e53e00' },
) as unknown as TypedDocumentString<AppPlanChangesQuery, AppPlanChangesQueryVariables>;
export const AppCaseloadDocument = new TypedDocumentString(
  `
    query AppCaseload {
  myCaseload {
    keyWorker {
      agencyCode
      id
      name
    }
    serviceUsers(first: 100) {
      edges {
        node {
          id
          pseudonym
          currentCase {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    openActions(first: 100) {
      edges {
        node {
          actionId
          description
          dueOn
          overdue
          serviceUser {
            id
            pseudonym
            currentCase {
              id
            }
          }
          delivery {
            agencyCode
            actionId
            status
            statusNote
            declinedReason
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    attention(first: 100) {
      edges {
        node {
          kind
          actionId
          meetingId
          description
          dueOn
          daysOverdue
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `,
  { hash: '3809147ebcaff0bd62f5ae682e63ab3c4a84b0b5b9159769a8710306327f9989' },
) as unknown as TypedDocumentString<AppCaseloadQuery, AppCaseloadQueryVariables>;
export const AppConsentsDocument = new TypedDocumentString(
  `
    query AppConsents($serviceUserId: UUID!) {
  agencies {
    code
    name
  }
  serviceUser(id: $serviceUserId) {
    id
    pseudonym
    consents(first: 100) {
      edges {
        node {
          ...AppConsent
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment AppConsent on Consent {
  ...ConsentItem
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
  { hash: 'ada1495b719ab388c580960f8778bc68f33f12f998fefaf53cc07b89cc85d15f' },
) as unknown as TypedDocumentString<AppConsentsQuery, AppConsentsQueryVariables>;
export const AppConsentPreviewDocument = new TypedDocumentString(
  `
    query AppConsentPreview($serviceUserId: UUID!, $agencyCode: ID!) {
  consentPreview(serviceUserId: $serviceUserId, agencyCode: $agencyCode) {
    holdsRecord
    agency {
      code
      name
    }
    categories {
      category
      description
      visible
      referralOnly
      denied
    }
  }
}
    `,
  { hash: '73df828406881698740719725e145311b87ee230806d609ad4b892d5ddc0110c' },
) as unknown as TypedDocumentString<AppConsentPreviewQuery, AppConsentPreviewQueryVariables>;
export const AppDisclosureLogDocument = new TypedDocumentString(
  `
    query AppDisclosureLog($serviceUserId: UUID!, $first: Int!) {
  serviceUser(id: $serviceUserId) {
    id
    pseudonym
    disclosureLog {
      from
      to
      entries(first: $first) {
        ...AppDisclosureEntries
      }
      deniedAttempts(first: $first) {
        edges {
          node {
            at
            readerAgency
            readerUser
            category
            field
            reason
          }
        }
        pageInfo {
          hasNextPage
        }
      }
      agencies {
        agencyCode
        entries(first: $first) {
          ...AppDisclosureEntries
        }
      }
    }
  }
}
    fragment AppDisclosureEntries on DisclosureEntryConnection {
  edges {
    node {
      at
      readerAgency
      readerUser
      categories
      fields
      bases
      operationName
      position
    }
  }
  pageInfo {
    hasNextPage
  }
}`,
  { hash: 'e051ed4bac5655fa54805901ad7d828311542879b006990b8433b514672d2eae' },
) as unknown as TypedDocumentString<AppDisclosureLogQuery, AppDisclosureLogQueryVariables>;
export const AppMeetingDocument = new TypedDocumentString(
  `
    query AppMeeting($id: UUID!) {
  meeting(id: $id) {
    ...MeetingDetail
    rescheduledAt
    attendance {
      id
      reportReceivedAt
      phoneFollowUpAt
      report {
        contribution
        issues
        submittedAt
      }
    }
    circulations {
      id
      acknowledgedBy {
        ...StaffRef
      }
    }
    gapBlocks {
      id
      level
      issue
    }
    case {
      id
      status
      serviceUser {
        id
        pseudonym
      }
      caseManager {
        ...StaffRef
      }
      carePlan {
        id
        version
        nextReviewOn
        lastReviewedOn
        actions {
          id
          description
          responsibleAgency {
            ...AgencyRef
          }
        }
      }
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
  { hash: 'e74d66396a3eeb032fd1c627c4083a0b758237f5759897291e99e78f8ffaf183' },
) as unknown as TypedDocumentString<AppMeetingQuery, AppMeetingQueryVariables>;
export const AppMeetingRecordServiceUserPreparedDocument = new TypedDocumentString(
  `
    mutation AppMeetingRecordServiceUserPrepared($meetingId: UUID!, $preparedAt: DateTime!, $how: String!) {
  recordServiceUserPrepared(
    meetingId: $meetingId
    preparedAt: $preparedAt
    how: $how
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
  { hash: 'edbad8027f6922fffee0038a842f875fd7d9741c91159387acdc82a7c240f4b9' },
) as unknown as TypedDocumentString<
  AppMeetingRecordServiceUserPreparedMutation,
  AppMeetingRecordServiceUserPreparedMutationVariables
>;
export const AppMeetingRecordReportReceivedDocument = new TypedDocumentString(
  `
    mutation AppMeetingRecordReportReceived($meetingId: UUID!, $agencyCode: ID!) {
  recordReportReceived(meetingId: $meetingId, agencyCode: $agencyCode) {
    ...InvitationItem
    reportReceivedAt
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
  { hash: '30d1abba020b23085971be5e03e79b8c8d0eceaaa1dc60bb720b7087786d2848' },
) as unknown as TypedDocumentString<
  AppMeetingRecordReportReceivedMutation,
  AppMeetingRecordReportReceivedMutationVariables
>;
export const AppMeetingRecordPhoneFollowUpDocument = new TypedDocumentString(
  `
    mutation AppMeetingRecordPhoneFollowUp($meetingId: UUID!, $agencyCode: ID!, $calledAt: DateTime!) {
  recordPhoneFollowUp(
    meetingId: $meetingId
    agencyCode: $agencyCode
    calledAt: $calledAt
  ) {
    ...InvitationItem
    phoneFollowUpAt
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
  { hash: '1076a0290c9e9e944c08a1d9dc5e217025ca72b76e9cb5400391717b4a2a34e8' },
) as unknown as TypedDocumentString<
  AppMeetingRecordPhoneFollowUpMutation,
  AppMeetingRecordPhoneFollowUpMutationVariables
>;
export const AppMyOwnRecordDocument = new TypedDocumentString(
  `
    query AppMyOwnRecord($first: Int!) {
  myOwnRecord {
    id
    pseudonym
    givenName
    currentCase {
      id
      leadAgency {
        code
        name
      }
      caseManager {
        agencyCode
        id
        name
      }
      carePlan {
        id
        version
        nextReviewOn
        needs {
          id
          domain
          description
        }
        goals {
          id
          domain
          statement
          measure
          targetDate
          status
        }
        actions {
          id
          description
          dueOn
          responsibleAgency {
            code
            name
          }
          delivery {
            agencyCode
            actionId
            status
          }
        }
        copies {
          id
          version
          recipientKind
          issuedAt
          acknowledgedAt
          fileName
        }
      }
    }
    consents(first: $first) {
      edges {
        node {
          id
          status
          categories
          fullCopy
          purpose
          validUntil
          recipientAgency {
            code
            name
          }
        }
      }
    }
    disclosureLog {
      entries(first: $first) {
        edges {
          node {
            at
            readerAgency
            categories
            position
          }
        }
      }
    }
  }
}
    `,
  { hash: 'ab72ccb23eeb540f2cd9db35873d28044a85e6fd7a68141a67567ff33c14b276' },
) as unknown as TypedDocumentString<AppMyOwnRecordQuery, AppMyOwnRecordQueryVariables>;
export const AppAcknowledgePlanCopyDocument = new TypedDocumentString(
  `
    mutation AppAcknowledgePlanCopy($copyId: UUID!) {
  acknowledgePlanCopy(copyId: $copyId) {
    id
    acknowledgedAt
  }
}
    `,
  { hash: '47880d287f08e4ac40a66f59827f4b5f1c2b3b73f4bc85fb1c01ca1559d63d59' },
) as unknown as TypedDocumentString<
  AppAcknowledgePlanCopyMutation,
  AppAcknowledgePlanCopyMutationVariables
>;
export const AppWorklistDocument = new TypedDocumentString(
  `
    query AppWorklist($dueWithinDays: Int!) {
  caseManagerWorklist(dueWithinDays: $dueWithinDays) {
    overdueReviews {
      ...AppCaseWorkReviewsPage
    }
    reviewsDueSoon {
      ...AppCaseWorkReviewsPage
    }
    overdueActions {
      ...AppCaseWorkActionsPage
    }
    referralsAwaitingFollowUp {
      ...AppCaseWorkReferralsPage
    }
    transfersAwaitingAcceptance {
      ...AppCaseWorkTransfersPage
    }
    serviceDeliveryChanges {
      ...AppCaseWorkDeliveryChangesPage
    }
    upcomingMeetings {
      ...AppCaseWorkMeetingsPage
    }
    lateMeetingOutcomes {
      ...AppCaseWorkMeetingsPage
    }
    emergencyAccessesToReview {
      ...AppCaseWorkEmergencyAccessesPage
    }
    openGapsAndBlocks {
      ...AppCaseWorkGapsAndBlocksPage
    }
    actionsToReassign {
      ...AppCaseWorkActionsPage
    }
  }
}
    fragment AppCaseWorkPageInfo on PageInfo {
  hasNextPage
  endCursor
}
fragment AppCaseWorkReviewsPage on CarePlanConnection {
  edges {
    node {
      id
      nextReviewOn
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkActionsPage on PlanActionConnection {
  edges {
    node {
      id
      description
      dueOn
      case {
        ...AppWorklistCase
      }
      responsibleAgency {
        code
        name
      }
      keyWorker {
        ...AppStaff
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkReferralsPage on ReferralConnection {
  edges {
    node {
      id
      status
      followUpOn
      toAgency {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkTransfersPage on CaseTransferConnection {
  edges {
    node {
      id
      requestedAt
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkDeliveryChangesPage on ServiceDeliveryChangeConnection {
  edges {
    node {
      id
      what
      why
      effectiveFrom
      agency {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkMeetingsPage on MeetingConnection {
  edges {
    node {
      id
      reason
      scheduledFor
      outcomeCirculationDueOn
      notAnswered {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkEmergencyAccessesPage on EmergencyAccessConnection {
  edges {
    node {
      id
      agencyCode
      reasonCode
      reason
      startedAt
      reviewDueOn
      serviceUser {
        id
        pseudonym
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppCaseWorkGapsAndBlocksPage on GapBlockConnection {
  edges {
    node {
      id
      level
      issue
      concerningAgency {
        code
        name
      }
      case {
        ...AppWorklistCase
      }
    }
  }
  pageInfo {
    ...AppCaseWorkPageInfo
  }
}
fragment AppStaff on KeyWorker {
  agencyCode
  id
  name
}
fragment AppWorklistCase on Case {
  id
  serviceUser {
    id
    pseudonym
  }
}`,
  { hash: '9b2fe4565fe53fd005994d7f4f32092b32eb6536ef81ece22435bff6739409e9' },
) as unknown as TypedDocumentString<AppWorklistQuery, AppWorklistQueryVariables>;
export const ReviseCarePlanDocument = new TypedDocumentString(
  `
    mutation ReviseCarePlan($input: ReviseCarePlanInput!) {
  reviseCarePlan(input: $input) {
    ...CarePlanDetail
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
fragment CarePlanContent on CarePlan {
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
  }
}
fragment CarePlanDetail on CarePlan {
  ...CarePlanContent
  goals {
    id
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
        edges {
          node {
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
        }
        pageInfo {
          hasNextPage
          endCursor
        }
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
  { hash: 'd8ee20c059ff68970602872cec632dc0e95ce7711fc4a950687399230327ed5e' },
) as unknown as TypedDocumentString<ReviseCarePlanMutation, ReviseCarePlanMutationVariables>;
export const IssuePlanCopyDocument = new TypedDocumentString(
  `
    mutation IssuePlanCopy($planId: UUID!, $recipient: CopyRecipientKind!, $agencyCode: ID, $version: Int) {
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
  { hash: 'b75c2a5b087864df0f5035c678e1fc9819d5aaae9e3e08459a29d1c2e43fbfe5' },
) as unknown as TypedDocumentString<IssuePlanCopyMutation, IssuePlanCopyMutationVariables>;
export const CaseWithPlanDocument = new TypedDocumentString(
  `
    query CaseWithPlan($id: UUID!) {
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
fragment CarePlanContent on CarePlan {
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
  }
}
fragment CarePlanDetail on CarePlan {
  ...CarePlanContent
  goals {
    id
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
        edges {
          node {
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
        }
        pageInfo {
          hasNextPage
          endCursor
        }
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
  { hash: 'ef5719c205a370d999be6351f2a175e402c815e7f039eb83eb0ae8131930eb66' },
) as unknown as TypedDocumentString<CaseWithPlanQuery, CaseWithPlanQueryVariables>;
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
    mutation WithdrawConsent($id: UUID!, $reason: String) {
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
  { hash: 'af4e27e052712ed9a45d100dd6652ac27959c8e615e4a748715be33ba7909b2a' },
) as unknown as TypedDocumentString<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const AcceptActionDocument = new TypedDocumentString(
  `
    mutation AcceptAction($actionId: UUID!, $keyWorkerId: ID, $note: String) {
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
  { hash: '6f9f03a81994574251d7137251d07773a33ddffc46515abe513c651424390467' },
) as unknown as TypedDocumentString<AcceptActionMutation, AcceptActionMutationVariables>;
export const DeclineActionDocument = new TypedDocumentString(
  `
    mutation DeclineAction($actionId: UUID!, $reason: String!) {
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
  { hash: 'd307f6cc883d9b7036b77fc7661a157924ae1ecec54724c21f9be4ad77fd35af' },
) as unknown as TypedDocumentString<DeclineActionMutation, DeclineActionMutationVariables>;
export const UpdateDeliveryStatusDocument = new TypedDocumentString(
  `
    mutation UpdateDeliveryStatus($actionId: UUID!, $status: DeliveryStatus!, $note: String) {
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
  { hash: '13368542d12128aaf839ae5e613e300fa38611446693d5cc3c28f6f0ead691f7' },
) as unknown as TypedDocumentString<
  UpdateDeliveryStatusMutation,
  UpdateDeliveryStatusMutationVariables
>;
export const RecordProgressNoteDocument = new TypedDocumentString(
  `
    mutation RecordProgressNote($actionId: UUID!, $body: String!) {
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
  { hash: '890820caca25d35e8a3439e45cb11bb9a9798d0360ad0b1afb0bd1d6f378f6ea' },
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
    mutation AcknowledgeServiceDeliveryChange($id: UUID!) {
  acknowledgeServiceDeliveryChange(id: $id) {
    id
    acknowledgedAt
  }
}
    `,
  { hash: 'b73c88f79d92fccfa99984b88fea35452260aa3141e21eb147101db3d027d52f' },
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
    mutation EndEmergencyAccess($id: UUID!) {
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
  { hash: 'fd7c004007e505855b43f9dcac5b66b962f14524eb62ff1dddfcbbb8e89c2385' },
) as unknown as TypedDocumentString<
  EndEmergencyAccessMutation,
  EndEmergencyAccessMutationVariables
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
    query CaseMeetings($caseId: UUID!, $first: Int = 20, $after: String) {
  case(id: $caseId) {
    id
    meetings(first: $first, after: $after) {
      edges {
        node {
          id
          reason
          scheduledFor
          place
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `,
  { hash: '007f57fce4bd0e6eda8bb8085f98346e7150cdc23568f4a79977313abdd0d338' },
) as unknown as TypedDocumentString<CaseMeetingsQuery, CaseMeetingsQueryVariables>;
export const MeetingDocument = new TypedDocumentString(
  `
    query Meeting($id: UUID!) {
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
  { hash: '230c4d159e87a95aa340a2356c82ce6aa4684049503b7b9d5daa40a81c8f5e5e' },
) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const MyMeetingInvitationsDocument = new TypedDocumentString(
  `
    query MyMeetingInvitations($first: Int = 20, $after: String) {
  myMeetingInvitations(first: $first, after: $after) {
    edges {
      node {
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
    pageInfo {
      hasNextPage
      endCursor
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
  { hash: '48641a9be8c98ec847667e84f13a983bd68028cabc77afbab4b30af1b32f65df' },
) as unknown as TypedDocumentString<MyMeetingInvitationsQuery, MyMeetingInvitationsQueryVariables>;
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
    mutation CancelMeeting($meetingId: UUID!, $reason: String!) {
  cancelMeeting(meetingId: $meetingId, reason: $reason) {
    id
    status
    cancelledAt
    cancellationReason
  }
}
    `,
  { hash: '22d995510db8fdedd4c63c07ffdfe4afd76f73905962b7083130d27bbf5f714c' },
) as unknown as TypedDocumentString<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const SendMeetingInvitationsDocument = new TypedDocumentString(
  `
    mutation SendMeetingInvitations($meetingId: UUID!) {
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
  { hash: '5a057cb1f8d1ff74badef6c73d2457809a8212dc349b3a10569a01fcd0265baa' },
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
    mutation RequestMeetingAttendance($meetingId: UUID!, $note: String) {
  requestMeetingAttendance(meetingId: $meetingId, note: $note) {
    id
    status
    requestedAt
  }
}
    `,
  { hash: 'd80f0afd63479cf360a81f0ed787e3680315331093d563aebf27731720cb3542' },
) as unknown as TypedDocumentString<
  RequestMeetingAttendanceMutation,
  RequestMeetingAttendanceMutationVariables
>;
export const DecideMeetingAttendanceDocument = new TypedDocumentString(
  `
    mutation DecideMeetingAttendance($requestId: UUID!, $approve: Boolean!, $reason: String) {
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
  { hash: '3130fe68c285110f6da68faeca3135807e1551da746d0e972a2ca6087b24a4e8' },
) as unknown as TypedDocumentString<
  DecideMeetingAttendanceMutation,
  DecideMeetingAttendanceMutationVariables
>;
export const SubmitWrittenReportDocument = new TypedDocumentString(
  `
    mutation SubmitWrittenReport($meetingId: UUID!, $contribution: String!, $issues: String!) {
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
  { hash: '5fdb6575a69285bb6b01a93ed834260ae08caec515731915a2151acd8e4d84f8' },
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
    mutation FinaliseMeeting($meetingId: UUID!, $expectedPlanVersion: Int!, $nextReviewOn: LocalDate, $closure: MeetingClosureInput) {
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
  { hash: '84801468817f282bee49038cd047db5a17628a560773bfe58d52d1db14a6195c' },
) as unknown as TypedDocumentString<FinaliseMeetingMutation, FinaliseMeetingMutationVariables>;
export const CirculateMeetingOutcomeDocument = new TypedDocumentString(
  `
    mutation CirculateMeetingOutcome($meetingId: UUID!) {
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
  { hash: '53f5c8b98978adb4ce72ea1c71daa875cb4f4e3af835baa9de9312f5286c49bc' },
) as unknown as TypedDocumentString<
  CirculateMeetingOutcomeMutation,
  CirculateMeetingOutcomeMutationVariables
>;
export const AcknowledgeMeetingOutcomeDocument = new TypedDocumentString(
  `
    mutation AcknowledgeMeetingOutcome($meetingId: UUID!) {
  acknowledgeMeetingOutcome(meetingId: $meetingId) {
    id
    circulatedAt
    acknowledgedAt
  }
}
    `,
  { hash: '71fca64da96cfc2411ecf031ebc7999a847b36868a0d850f16b1702637d365c1' },
) as unknown as TypedDocumentString<
  AcknowledgeMeetingOutcomeMutation,
  AcknowledgeMeetingOutcomeMutationVariables
>;
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
