import {
  BadInputError,
  ForbiddenError,
  NotFoundError,
  type Identity,
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

/** A staff id as given by a client: trimmed, not empty, bounded before it reaches SQL. */
export function requireStaffId(value: string, field: string): string {
  const id = value.trim();
  if (id.length === 0 || id.length > MAX_STAFF_ID_LENGTH) {
    throw new BadInputError(`${field} has 1 to ${MAX_STAFF_ID_LENGTH} characters`, { field });
  }
  return id;
}

/** A staff member of this agency, by the id a client gave; NOT_FOUND when there is none. */
export async function requireKeyWorker(
  keyWorkerById: { load(id: string): Promise<unknown> },
  value: string,
  field = 'keyWorkerId',
): Promise<string> {
  const id = requireStaffId(value, field);
  if (!(await keyWorkerById.load(id))) throw new NotFoundError('KeyWorker', id);
  return id;
}
