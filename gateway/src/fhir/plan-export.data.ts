/**
 * The shape of the answers to the FHIR export's operations (plan-export.document.ts). Every field
 * is nullable: one the caller may not read comes back null, with its error.
 */

export type N<T> = T | null;

/** A list as the API gives it: a plain list, or a page of a cursor connection (ADR 0045). */
export type Listed<T> =
  T[] | { edges: { node: T | null }[]; pageInfo?: { hasNextPage: boolean; endCursor: N<string> } };

/** The records of a list or of a connection's page, in order (a null node is none). */
export function nodes<T>(list: Listed<T> | null | undefined): T[] {
  if (!list) return [];
  if (Array.isArray(list)) return list;
  return list.edges.map((e) => e.node).filter((n): n is T => n !== null);
}

/** Where a connection's next page starts, if it has one. */
export function nextCursor(list: Listed<unknown> | null | undefined): string | undefined {
  if (!list || Array.isArray(list)) return undefined;
  return list.pageInfo?.hasNextPage ? (list.pageInfo.endCursor ?? undefined) : undefined;
}

export interface StaffData {
  agencyCode: string;
  id: string;
  name: N<string>;
  role: N<string>;
}

export interface AgencyData {
  code: string;
  name: N<string>;
  kind: N<string>;
}

export interface NeedData {
  id: string;
  domain: N<string>;
  description: N<string>;
  met: N<boolean>;
}

export interface GoalData {
  id: string;
  domain: N<string>;
  statement: N<string>;
  measure: N<string>;
  achievability: N<string>;
  targetDate: N<string>;
  status: N<string>;
  need: N<{ id: string }>;
  buildsOn: N<{ id: string }>;
  proposedBy: N<{ code: string }>;
}

export interface ProgressNoteData {
  id: string;
  body: N<string>;
  writtenAt: N<string>;
  writtenBy: N<StaffData>;
}

export interface DeliveryData {
  status: N<string>;
  acceptedAt: N<string>;
  declinedReason: N<string>;
  outcome: N<string>;
  outcomeRecordedAt: N<string>;
  statusNote: N<string>;
  updatedAt: N<string>;
  keyWorker: N<StaffData>;
  progressNotes: N<Listed<ProgressNoteData>>;
}

export interface ActionData {
  id: string;
  description: N<string>;
  domain: N<string>;
  dueOn: N<string>;
  interventionType: N<string>;
  reviewEveryWeeks: N<number>;
  goal: N<{ id: string }>;
  responsibleAgency: N<{ code: string }>;
  keyWorker: N<StaffData>;
  delivery: N<DeliveryData>;
}

export interface ConsentData {
  id: string;
  categories: N<string[]>;
  fullCopy: N<boolean>;
  purpose: N<string>;
  validFrom: N<string>;
  validUntil: N<string>;
  evidenceRef: N<string>;
  evidenceSignedOn: N<string>;
  recordedAt: N<string>;
  withdrawnAt: N<string>;
  status: N<string>;
  recipientAgencyKind: N<string>;
  recipientAgency: N<{ code: string }>;
  recordedBy: N<StaffData>;
  exceptions: N<{ categories: N<string[]>; validFrom: N<string>; validUntil: N<string> }[]>;
}

export interface ReferralEventData {
  id: string;
  status: N<string>;
  note: N<string>;
  at: N<string>;
  by: N<StaffData>;
}

export interface ReferralData {
  id: string;
  reason: N<string>;
  consentId: N<string>;
  status: N<string>;
  followUpOn: N<string>;
  interimPlan: N<string>;
  createdAt: N<string>;
  updatedAt: N<string>;
  toAgency: N<{ code: string }>;
  events: N<ReferralEventData[]>;
}

export interface ServiceUserData {
  id: string;
  pseudonym: N<string>;
  givenName: N<string>;
  familyName: N<string>;
  dateOfBirth: N<string>;
  phone: N<string>;
  consents: N<Listed<ConsentData>>;
}

export interface CaseData {
  id: string;
  status: N<string>;
  openedAt: N<string>;
  closedAt: N<string>;
  leadAgency: N<{ code: string }>;
  caseManager: N<StaffData>;
  serviceUser: N<ServiceUserData>;
  referrals: N<ReferralData[]>;
}

export interface PlanVersionData {
  id: string;
  version: N<number>;
  createdAt: N<string>;
  changeSummary: N<string>;
  nextReviewOn: N<string>;
  author: N<StaffData>;
  needs: N<NeedData[]>;
  goals: N<GoalData[]>;
  actions: N<ActionData[]>;
}

export interface PlanExportData {
  agencies: AgencyData[] | null;
  carePlan: N<{
    id: string;
    version: N<number>;
    lastReviewedOn: N<string>;
    nextVersion: N<{ createdAt: N<string> }>;
    versionAt: N<PlanVersionData>;
    case: N<CaseData>;
  }>;
}
