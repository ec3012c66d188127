/**
 * Path where an agency instance reads, from case-management, the plan actions assigned to it:
 * `{ actionIds }` in, `{ actions: AssignedActionDto[], epoch }` out, where `epoch` is
 * case-management's consent epoch read before the answer (ADR 0025, ADR 0047).
 */
export const PLAN_ACTIONS_PATH = '/internal/plan-actions';

/** A plan action as case-management tells its responsible agency. */
export interface AssignedActionDto {
  id: string;
  serviceUserId: string;
  caseId: string;
  planId: string;
  /** What is to be done, as agreed on the plan. */
  description: string;
  /** The action's domain of need (NeedDomain); decides the consent category of its notes. */
  domain: string;
  responsibleAgencyCode: string;
  /** The key worker the plan names, if any. */
  keyWorkerId: string | null;
  /** YYYY-MM-DD, or null when the plan sets no due date. */
  dueOn: string | null;
}
