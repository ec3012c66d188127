import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { decodeJwt, type JWTPayload } from 'jose';
import {
  HttpError,
  ServiceUserBindingError,
  serviceUserBinding,
  UserTokenError,
  bearer,
  createLogger,
  importKeyCached,
  verifyUserToken,
  type Directory,
  type Identity,
  type UserClaims,
  type UserTokenPolicy,
} from '@icp/shared';
import { IdentityProviders } from './identity-providers';

let defaultProviders: IdentityProviders | undefined;

/**
 * Establishes who is calling from the agency-issued JWT. Either its agency's own OpenID Connect
 * provider signed it (the directory entry's `identityProvider`: issuer, JWKS, audience, algorithms
 * and claims; ADR 0033), or the agency's key in the directory did, with the agency code as issuer
 * (for an agency that names no provider, or allows both). Either way: for the gateway, not
 * expired, issued (`iat`) no later than now and valid for at most the agency's `maxTokenAgeHours`
 * (default 12) after it. Anything else is a 401.
 * @param providers the providers' key sets (the gateway's own; by default one for the process)
 */
export async function authenticate(
  req: IncomingMessage,
  directory: Directory,
  providers: IdentityProviders = (defaultProviders ??= new IdentityProviders(
    createLogger('gateway'),
  )),
): Promise<Identity> {
  const token = bearer(req);
  if (!token)
    throw new HttpError(401, 'UNAUTHENTICATED', 'A bearer token from your agency is required');
  try {
    const policy: UserTokenPolicy = {
      maxTokenAgeHours: (code) => directory.agency(code)?.maxTokenAgeHours,
    };
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new UserTokenError('malformed token');
    }
    const viaProvider = providers.agencyFor(unverified, directory);
    const claims = viaProvider
      ? await providers.verify(token, viaProvider, policy)
      : await verifyUserToken(
          token,
          async (code) => {
            const agency = directory.agency(code);
            // An agency with its own provider signs its users' tokens there, unless it allows both.
            if (
              !agency ||
              (agency.identityProvider && !agency.identityProvider.acceptStaticKeyTokens)
            )
              return undefined;
            return importKeyCached(agency.publicKey);
          },
          policy,
          unverified,
        );
    const requested = req.headers['x-request-id'];
    const requestId =
      typeof requested === 'string' && /^[\w-]{8,64}$/.test(requested) ? requested : randomUUID();
    // An agency's identity provider vouches only for the roles the directory lets it grant.
    const grantable = new Set(directory.agency(claims.agencyCode)?.grantableRoles ?? []);
    // A service user's token is bound to one person and carries no staff role; a mix, or a
    // binding the agency may not grant, is refused, never dropped to a staff token (ADR 0049).
    const serviceUserId = serviceUserBinding(claims.roles, claims.serviceUserClaim, grantable);
    const user: UserClaims = { ...claims };
    delete user.serviceUserClaim;
    return {
      ...user,
      roles: claims.roles.filter((r) => grantable.has(r)),
      ...(serviceUserId ? { serviceUserId } : {}),
      requestId,
    };
  } catch (error) {
    if (error instanceof ServiceUserBindingError)
      throw new HttpError(401, 'UNAUTHENTICATED', error.publicMessage);
    if (error instanceof UserTokenError)
      throw new HttpError(
        401,
        'UNAUTHENTICATED',
        error.publicMessage ?? 'Invalid or expired token',
        error.reason,
      );
    throw error;
  }
}
