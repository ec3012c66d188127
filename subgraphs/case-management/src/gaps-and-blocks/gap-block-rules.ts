import { BadInputError, ForbiddenError, type Identity, type Role } from '@icp/shared';
import type { GapBlock } from './gap-block.entity';

/** The highest level of the Gaps and Blocks process: the national drug rehabilitation co-ordinator. */
export const TOP_LEVEL = 4;

/** The longest text a Gaps and Blocks form field takes. */
export const MAX_TEXT = 4000;

/** Roles of front-line staff who may raise a gap or block on a case their agency is involved in. */
const STAFF_ROLES: readonly Role[] = ['CASE_MANAGER', 'KEY_WORKER', 'SUPERVISOR'];

/** Who acts at each level, for messages. */
const ACTORS: Record<number, string> = {
  1: 'key workers and case managers of the raising agency (colleagues)',
  2: 'supervisors of the raising agency',
  3: 'rehabilitation co-ordinators',
  4: 'the national drug rehabilitation co-ordinator',
};

type Addressed = Pick<GapBlock, 'level' | 'raisedByAgencyCode'>;

/**
 * The role under which the caller may act on a record at its current level, or null. "Supervisors
 * and co-ordinators act only in their own escalation steps": each level has its own actors, and
 * nobody acts at a level other than their own (a supervisor cannot short-cut level 1, a
 * co-ordinator does not act before the form reaches them). Levels 1 and 2 stay inside the raising
 * agency; levels 3 and 4 are regional and national roles, whatever agency issued their token.
 */
export function actingRole(identity: Identity, g: Addressed): Role | null {
  const has = (r: Role) => identity.roles.includes(r);
  const ownAgency = identity.agencyCode === g.raisedByAgencyCode;
  switch (g.level) {
    case 1:
      if (!ownAgency) return null;
      return has('CASE_MANAGER') ? 'CASE_MANAGER' : has('KEY_WORKER') ? 'KEY_WORKER' : null;
    case 2:
      return ownAgency && has('SUPERVISOR') ? 'SUPERVISOR' : null;
    case 3:
      return has('REHAB_COORDINATOR') ? 'REHAB_COORDINATOR' : null;
    case 4:
      return has('NATIONAL_COORDINATOR') ? 'NATIONAL_COORDINATOR' : null;
    default:
      return null;
  }
}

/** The role that authorises acting at the record's level; FORBIDDEN for anyone else. */
export function requireActingRole(identity: Identity, g: Addressed, doing: string): Role {
  const role = actingRole(identity, g);
  if (!role) {
    throw new ForbiddenError(
      `At level ${g.level} only ${ACTORS[g.level] ?? 'nobody'} can ${doing} this gap or block`,
      { reason: 'NOT_YOUR_LEVEL' },
    );
  }
  return role;
}

/** The staff role under which the caller raises a gap or block; FORBIDDEN without one. */
export function requireStaffRole(identity: Identity): Role {
  const role = STAFF_ROLES.find((r) => identity.roles.includes(r));
  if (!role) {
    throw new ForbiddenError(
      'Only key workers, case managers and supervisors raise a gap or block',
      {
        reason: 'NOT_STAFF',
      },
    );
  }
  return role;
}

/**
 * The lowest level the caller may list open escalations from: a rehabilitation co-ordinator sees
 * levels 3 and 4 (a level-4 form came through them), the national co-ordinator only level 4. A
 * lower `minLevel` is raised to that floor rather than refused, so one default works for both.
 */
export function escalationFloor(identity: Identity, minLevel: number): number {
  if (!Number.isInteger(minLevel) || minLevel < 1 || minLevel > TOP_LEVEL) {
    throw new BadInputError(`minLevel is 1 to ${TOP_LEVEL}`, { field: 'minLevel' });
  }
  if (identity.roles.includes('REHAB_COORDINATOR')) return Math.max(minLevel, 3);
  if (identity.roles.includes('NATIONAL_COORDINATOR')) return TOP_LEVEL;
  throw new ForbiddenError(
    'Only rehabilitation co-ordinators and the national co-ordinator list open escalations',
    { reason: 'NOT_COORDINATOR' },
  );
}

/**
 * A form text outside an input class: trimmed, 1 to MAX_TEXT characters, else BAD_USER_INPUT
 * naming the field, as the inputs' RequiredText(MAX_TEXT) (gap-block.inputs) refuses it. The
 * GraphQL inputs are checked by that rule; nothing in the service calls this.
 */
export function formText(value: string | null | undefined, field: string): string {
  const text = (value ?? '').trim();
  if (text.length === 0 || text.length > MAX_TEXT) {
    throw new BadInputError(`${field} needs 1 to ${MAX_TEXT} characters`, { field });
  }
  return text;
}
