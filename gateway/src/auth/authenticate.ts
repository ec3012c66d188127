import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  HttpError,
  UserTokenError,
  bearer,
  importKeyCached,
  verifyUserToken,
  type Directory,
  type Identity,
} from '@icp/shared';

/**
 * Establishes who is calling from the agency-issued JWT: signed by an agency in the directory,
 * issued by that agency, for the gateway, not expired. Anything else is a 401.
 */
export async function authenticate(req: IncomingMessage, directory: Directory): Promise<Identity> {
  const token = bearer(req);
  if (!token)
    throw new HttpError(401, 'UNAUTHENTICATED', 'A bearer token from your agency is required');
  try {
    const claims = await verifyUserToken(token, async (code) => {
      const agency = directory.agency(code);
      return agency ? importKeyCached(agency.publicKey) : undefined;
    });
    const requested = req.headers['x-request-id'];
    const requestId =
      typeof requested === 'string' && /^[\w-]{8,64}$/.test(requested) ? requested : randomUUID();
    // An agency's identity provider vouches only for the roles the directory lets it grant.
    const grantable = new Set(directory.agency(claims.agencyCode)?.grantableRoles ?? []);
    return { ...claims, roles: claims.roles.filter((r) => grantable.has(r)), requestId };
  } catch (error) {
    if (error instanceof UserTokenError)
      throw new HttpError(401, 'UNAUTHENTICATED', 'Invalid or expired token');
    throw error;
  }
}
