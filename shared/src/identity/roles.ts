/** Roles an agency's identity provider may put in a user's token. */
export const ROLES = [
  'KEY_WORKER',
  'CASE_MANAGER',
  'SUPERVISOR',
  'REHAB_COORDINATOR',
  'NATIONAL_COORDINATOR',
  /** Manages the agency's own staff records (add, update, deactivate) in its own subgraph. */
  'AGENCY_ADMIN',
  /**
   * A service user signed in to see their own plan (ADR 0049): bound to one person by the
   * token's `service_user_id` claim, issued by the agency leading their open case, never held
   * with a staff role. Reads only that person's records (basis SUBJECT), and changes nothing but
   * the acknowledgement of their own copy of the plan.
   */
  'SERVICE_USER',
] as const;

export type Role = (typeof ROLES)[number];

/** The roles of an agency's staff: every role but SERVICE_USER. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'SERVICE_USER');

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
