import { SignJWT, decodeJwt, jwtVerify, errors as joseErrors, type KeyLike } from 'jose';
import { ALG } from './keys';
import { isRole, type Role } from './roles';
import { countTokenVerified } from './token-counters';

/** Audience of user tokens: the federation's gateway. */
export const USER_TOKEN_AUDIENCE = 'icp-gateway';

export interface UserClaims {
  agencyCode: string;
  userId: string;
  roles: Role[];
}

/**
 * Mints a user token as an agency's identity provider would (issuer = agency code). The dev
 * token CLI uses this; in production the agency's own IdP issues tokens with the same claims.
 */
export async function signUserToken(
  claims: UserClaims,
  key: KeyLike,
  options: { kid?: string; expiresIn?: string } = {},
): Promise<string> {
  return new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: ALG, typ: 'JWT', ...(options.kid ? { kid: options.kid } : {}) })
    .setIssuer(claims.agencyCode)
    .setAudience(USER_TOKEN_AUDIENCE)
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(key);
}

export class UserTokenError extends Error {
  override name = 'UserTokenError';
}

/**
 * Verifies a user token: the issuer names an agency, and the signature must be that agency's.
 * @param keyOf returns the public key of an agency in the directory, or undefined.
 */
export async function verifyUserToken(
  token: string,
  keyOf: (agencyCode: string) => Promise<KeyLike | undefined>,
): Promise<UserClaims> {
  let issuer: string | undefined;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    throw new UserTokenError('malformed token');
  }
  const key = issuer ? await keyOf(issuer) : undefined;
  if (!issuer || !key) throw new UserTokenError('token issuer is not an agency of this federation');
  countTokenVerified(USER_TOKEN_AUDIENCE);
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer,
      audience: USER_TOKEN_AUDIENCE,
      algorithms: [ALG],
      requiredClaims: ['exp', 'sub'],
      clockTolerance: 5,
    });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    return { agencyCode: issuer, userId: String(payload.sub), roles };
  } catch (error) {
    const reason = error instanceof joseErrors.JOSEError ? error.code : 'invalid';
    throw new UserTokenError(`token rejected: ${reason}`);
  }
}
