/** Path where an agency instance reads, from case-management, the plan actions assigned to it. */
export const PLAN_ACTIONS_PATH = '/internal/plan-actions';

/** A plan action as case-management tells its responsible agency. */
export interface AssignedActionDto {
  id: string;
  serviceUserId: string;
  caseId: string;
  domain: string;
  responsibleAgencyCode: string;
  keyWorkerId: string | null;
}
