import { ForbiddenError, type Identity } from '@icp/shared';
import type { Case } from './case.entity';

/** The case's current case manager: in the lead agency, the assigned user, with the role. */
export function isCaseManagerOf(
  identity: Identity,
  c: Pick<Case, 'leadAgencyCode' | 'caseManagerId'>,
): boolean {
  return (
    identity.agencyCode === c.leadAgencyCode &&
    identity.userId === c.caseManagerId &&
    identity.roles.includes('CASE_MANAGER')
  );
}

/** Only the case's current case manager edits the case, its plan and its referrals. */
export function requireCaseManager(
  identity: Identity,
  c: Pick<Case, 'leadAgencyCode' | 'caseManagerId'>,
  doing: string,
): void {
  if (!isCaseManagerOf(identity, c)) {
    throw new ForbiddenError(`Only the case manager of this case can ${doing}`, {
      reason: 'NOT_CASE_MANAGER',
    });
  }
}
