import { isUuid } from '../validation/constraints';
import type { Identity } from './identity';
import type { Role } from './roles';

/**
 * The claim of a user token that binds a SERVICE_USER to the one person they are (ADR 0049): the
 * person's service-user id, the federation's pseudonymous id for them (a random UUID, derived from
 * nothing about them). An agency's own identity provider may name another claim
 * (`identityProvider.claims.serviceUser` in its directory entry).
 */
export const SERVICE_USER_CLAIM = 'service_user_id';

/** Why a token claiming to be a service user's was refused (a 401's log reason). */
export class ServiceUserBindingError extends Error {
  override name = 'ServiceUserBindingError';
  constructor(
    message: string,
    readonly publicMessage: string,
  ) {
    super(message);
  }
}

/**
 * Checks the SERVICE_USER binding of a token's claims, default-deny: a token with the role or
 * the claim must have both, the claim a well-formed service-user id, no other role (a person is
 * either staff or the service user in a request, never both), and its agency must be allowed to
 * grant SERVICE_USER. Returns the id (lower-cased) for a service user's token, undefined for a
 * staff token.
 * @param roles the token's roles, before the directory's grantable roles are applied
 * @throws ServiceUserBindingError for any mix or doubt (the gateway answers 401)
 */
export function serviceUserBinding(
  roles: readonly Role[],
  claim: unknown,
  grantable: ReadonlySet<Role>,
): string | undefined {
  const hasRole = roles.includes('SERVICE_USER');
  const hasClaim = claim !== undefined && claim !== null;
  if (!hasRole && !hasClaim) return undefined;
  if (!hasRole || !hasClaim)
    throw new ServiceUserBindingError(
      'SERVICE_USER role and service_user_id claim not together',
      `A service user's token carries both the SERVICE_USER role and the ${SERVICE_USER_CLAIM} claim`,
    );
  if (typeof claim !== 'string' || !isUuid(claim))
    throw new ServiceUserBindingError(
      'malformed service_user_id claim',
      `The ${SERVICE_USER_CLAIM} claim must be a service user's id (a UUID)`,
    );
  if (roles.some((r) => r !== 'SERVICE_USER'))
    throw new ServiceUserBindingError(
      'SERVICE_USER token with staff roles',
      'A service user token must carry no staff role',
    );
  if (!grantable.has('SERVICE_USER'))
    throw new ServiceUserBindingError(
      'agency may not grant SERVICE_USER',
      "Your agency's directory entry does not let it sign in service users",
    );
  return claim.toLowerCase();
}

/**
 * The person a reader is bound to when the reader is a service user (ADR 0049); undefined for
 * staff. An identity with the role but no id (which the gateway never signs) is bound to no one
 * and so reads nothing: the empty string matches no record.
 */
export function subjectReaderOf(identity: Pick<Identity, 'roles' | 'serviceUserId'>) {
  if (!identity.roles.includes('SERVICE_USER')) return undefined;
  return identity.serviceUserId?.toLowerCase() ?? '';
}

/** Whether the reader is a service user reading for themself. */
export const isServiceUserReader = (identity: Pick<Identity, 'roles'>): boolean =>
  identity.roles.includes('SERVICE_USER');
