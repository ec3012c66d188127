import { SignJWT, jwtVerify, errors as joseErrors, type KeyLike, type JWTPayload } from 'jose';
import { ALG } from './keys';
import { bodyHash } from './body-hash';
import { isRole, type Role } from './roles';
import type { Identity } from './identity';

/** The gateway's issuer name in the tokens it forwards. */
export const GATEWAY_ISSUER = 'icp-gateway';
/** Audience of requests to case-management (GraphQL and internal endpoints). */
export const CASE_MANAGEMENT_AUDIENCE = 'case-management';
/** Audience of requests to one agency's subgraph instance. */
export const agencyAudience = (agencyCode: string) => `agency:${agencyCode}`;
/** Issuer of an agency instance's service credentials. */
export const agencyServiceIssuer = (agencyCode: string) => `agency-service:${agencyCode}`;

/** Default lifetime of a forwarded token: one hop, so seconds are enough. */
export const REQUEST_TOKEN_TTL_SECONDS = 30;

interface RequestClaims extends JWTPayload {
  agc: string;
  roles: string[];
  rid: string;
  bh: string;
}

export interface SignRequestOptions {
  issuer: string;
  audience: string;
  identity: Identity;
  body: string;
  key: KeyLike;
  kid?: string;
  /** default 30 */
  ttlSeconds?: number;
}

/**
 * Signs a token for one outgoing request: who is asking (agency, user, roles, request id), for
 * which server (audience), and a hash of the exact body so the token cannot carry another query.
 */
export async function signRequestToken(o: SignRequestOptions): Promise<string> {
  const claims: RequestClaims = {
    agc: o.identity.agencyCode,
    roles: o.identity.roles,
    rid: o.identity.requestId,
    bh: bodyHash(o.body),
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALG, typ: 'JWT', ...(o.kid ? { kid: o.kid } : {}) })
    .setIssuer(o.issuer)
    .setAudience(o.audience)
    .setSubject(o.identity.userId)
    .setIssuedAt()
    .setExpirationTime(`${o.ttlSeconds ?? REQUEST_TOKEN_TTL_SECONDS}s`)
    .sign(o.key);
}

export class RequestTokenError extends Error {
  override name = 'RequestTokenError';
}

export interface VerifyRequestOptions {
  token: string | undefined;
  body: Uint8Array | string;
  issuer: string;
  audience: string;
  key: KeyLike;
}

/** Verifies a forwarded token against the body received; throws RequestTokenError on any doubt. */
export async function verifyRequestToken(o: VerifyRequestOptions): Promise<Identity> {
  if (!o.token) throw new RequestTokenError('missing token');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(o.token, o.key, {
      issuer: o.issuer,
      audience: o.audience,
      algorithms: [ALG],
      requiredClaims: ['exp', 'iat', 'sub'],
      maxTokenAge: `${REQUEST_TOKEN_TTL_SECONDS * 2}s`,
      clockTolerance: 5,
    }));
  } catch (error) {
    const reason = error instanceof joseErrors.JOSEError ? error.code : 'invalid';
    throw new RequestTokenError(`token rejected: ${reason}`);
  }
  const claims = payload as RequestClaims;
  if (claims.bh !== bodyHash(o.body)) throw new RequestTokenError('body does not match token');
  if (typeof claims.agc !== 'string' || typeof claims.rid !== 'string') {
    throw new RequestTokenError('token lacks identity claims');
  }
  const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
  return {
    agencyCode: claims.agc,
    userId: String(payload.sub),
    roles: roles as Role[],
    requestId: claims.rid,
  };
}
