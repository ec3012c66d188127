import {
  BadInputError,
  ForbiddenError,
  NotFoundError,
  RequiredText,
  type Identity,
  type InputRuleOptions,
  type Role,
} from '@icp/shared';

const STAFF_ROLES: readonly Role[] = ['KEY_WORKER', 'CASE_MANAGER', 'SUPERVISOR'];
const MAX_STAFF_ID_LENGTH = 200;

/**
 * Root operations of an agency instance are its own staff's: the gateway routes them to the
 * caller's own agency, and this is checked again here so that a misrouted call cannot write.
 *
 * @param doing what is being done, for the message ("Accepting an action")
 */
export function assertOwnStaff(identity: Identity, agencyCode: string, doing: string): void {
  if (identity.agencyCode !== agencyCode) {
    throw new ForbiddenError(`Only staff of ${agencyCode} write to its records`);
  }
  if (!identity.roles.some((r) => STAFF_ROLES.includes(r))) {
    throw new ForbiddenError(`${doing} needs a key worker, case manager or supervisor role`);
  }
}

/**
 * Managing the agency's staff records is its administrator's (AGENCY_ADMIN), and only in the
 * agency's own subgraph.
 */
export function assertAgencyAdmin(identity: Identity, agencyCode: string, doing: string): void {
  if (identity.agencyCode !== agencyCode) {
    throw new ForbiddenError(`Only staff of ${agencyCode} manage its staff`);
  }
  if (!identity.roles.includes('AGENCY_ADMIN')) {
    throw new ForbiddenError(`${doing} needs the agency administrator role (AGENCY_ADMIN)`, {
      reason: 'NOT_AGENCY_ADMIN',
    });
  }
}

/**
 * A staff id as a client gives it: 1 to 200 characters once trimmed, checked before it reaches
 * SQL, and stored trimmed (an input rule, like those of @icp/shared).
 */
export function IsStaffId(options: InputRuleOptions = {}): PropertyDecorator {
  return RequiredText(MAX_STAFF_ID_LENGTH, {
    message: ({ property }) => `${property} has 1 to ${MAX_STAFF_ID_LENGTH} characters`,
    ...options,
  });
}

/**
 * A staff member of this agency, by a (valid) staff id a client gave; NOT_FOUND when there is
 * none. Work goes only to active staff: a deactivated member is BAD_USER_INPUT (`reason:
 * KEY_WORKER_INACTIVE`) unless `anyStatus` (ending their work is allowed).
 */
export async function requireKeyWorker(
  keyWorkerById: { load(id: string): Promise<{ active: boolean } | null | undefined> },
  id: string,
  { anyStatus = false }: { anyStatus?: boolean } = {},
): Promise<string> {
  const staff = await keyWorkerById.load(id);
  if (!staff) throw new NotFoundError('KeyWorker', id);
  if (!anyStatus && !staff.active) {
    throw new BadInputError(`Key worker ${id} has been deactivated; choose an active one`, {
      field: 'keyWorkerId',
      reason: 'KEY_WORKER_INACTIVE',
      id,
    });
  }
  return id;
}
