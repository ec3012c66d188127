/** Roles an agency's identity provider may put in a user's token. */
export const ROLES = [
  'KEY_WORKER',
  'CASE_MANAGER',
  'SUPERVISOR',
  'REHAB_COORDINATOR',
  'NATIONAL_COORDINATOR',
  /** Manages the agency's own staff records (add, update, deactivate) in its own subgraph. */
  'AGENCY_ADMIN',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
