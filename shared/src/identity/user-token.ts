import { SignJWT, decodeJwt, type KeyLike } from 'jose';
import { LRUCache } from 'lru-cache';
import { TokenRejected, verifyToken, type TokenPayload } from './jwt';
import { ALG } from './keys';
import { isRole, type Role } from './roles';
import { countTokenVerified } from './token-counters';
import { SERVICE_USER_CLAIM } from './service-user-binding';

/** Audience of user tokens: the federation's gateway. */
export const USER_TOKEN_AUDIENCE = 'icp-gateway';

/**
 * How long after it was issued a user token may be valid, unless the agency's directory entry says
 * otherwise (`maxTokenAgeHours`): a working day's shift and a little over. A token without `exp`
 * is refused, so a stolen token is good for at most this long.
 */
export const DEFAULT_MAX_TOKEN_AGE_HOURS = 12;

/** How far in the future a token's `iat` may be, for clocks that disagree a little. */
export const TOKEN_CLOCK_SKEW_SECONDS = 60;

export interface UserClaims {
  agencyCode: string;
  userId: string;
  roles: Role[];
  /** The user's display name (the OpenID `name` claim), when the identity provider gives one. */
  name?: string;
  /**
   * The token's SERVICE_USER binding claim (`service_user_id`, ADR 0049) as it came, unchecked:
   * the gateway checks it against the roles (serviceUserBinding).
   */
  serviceUserClaim?: unknown;
}

/** Longest display name taken from a token; a longer one is cut. */
export const MAX_USER_NAME_LENGTH = 200;

/** The `name` claim as a display name: trimmed, at most 200 characters; undefined when blank. */
export function displayName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().slice(0, MAX_USER_NAME_LENGTH).trim();
  return name.length > 0 ? name : undefined;
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
  // jose here, not fast-jwt (./jwt): minted by the CLI and tests, not per request, and jose reads
  // the CLI's lifetimes ("8h", "30m", "-1m").
  return new SignJWT({
    roles: claims.roles,
    ...(claims.name ? { name: claims.name } : {}),
    ...(claims.serviceUserClaim !== undefined
      ? { [SERVICE_USER_CLAIM]: claims.serviceUserClaim }
      : {}),
  })
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

  /**
   * @param publicMessage what the caller may be told: set only for a token whose signature was
   *   verified (so only for its agency's own identity provider) that breaks the lifetime rules,
   *   or when the agency's identity provider cannot be asked (nothing about the token is told)
   * @param reason a stable `extensions.reason` beside the 401's code, e.g. IDP_UNAVAILABLE
   */
  constructor(
    message: string,
    readonly publicMessage?: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

/** The lifetime rules of the agencies' user tokens. */
export interface UserTokenPolicy {
  /** An agency's maximum token lifetime in hours (exp - iat); default DEFAULT_MAX_TOKEN_AGE_HOURS. */
  maxTokenAgeHours?: (agencyCode: string) => number | undefined;
  /** default TOKEN_CLOCK_SKEW_SECONDS */
  clockSkewSeconds?: number;
}

/**
 * A verified token's lifetime: `iat` and `exp` both present, `iat` not in the future (beyond the
 * clock skew), `exp` at most the agency's maximum age after `iat`. The same rules hold for the
 * tokens of an agency's own OpenID Connect provider (gateway/src/auth/identity-providers.ts).
 * @param agencyCode whose `maxTokenAgeHours` applies
 */
export function checkTokenLifetime(
  payload: { iat?: unknown; exp?: unknown },
  agencyCode: string,
  policy: UserTokenPolicy,
): void {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || typeof exp !== 'number') {
    throw new UserTokenError(
      'token rejected: iat or exp missing',
      'The token must say when it was issued (iat) and when it expires (exp)',
    );
  }
  if (iat > Date.now() / 1000 + (policy.clockSkewSeconds ?? TOKEN_CLOCK_SKEW_SECONDS)) {
    throw new UserTokenError(
      'token rejected: iat in the future',
      'The token is issued in the future',
    );
  }
  const maxHours = policy.maxTokenAgeHours?.(agencyCode) ?? DEFAULT_MAX_TOKEN_AGE_HOURS;
  if (exp - iat > maxHours * 3600) {
    throw new UserTokenError(
      'token rejected: lifetime over the maximum',
      `The token is valid for longer than your agency allows (${maxHours} hours after it is issued)`,
    );
  }
}

/** Clock slack on a user token's exp, nbf and iat. */
const USER_TOKEN_CLOCK_TOLERANCE_SECONDS = 5;
/** How many verified tokens are remembered per agency key; the least recently used go first. */
export const VERIFIED_USER_TOKENS_PER_KEY = 10_000;
/** Longest a verified token is remembered without its signature being checked again. */
export const VERIFIED_USER_TOKEN_TTL_MS = 10 * 60_000;

/**
 * User tokens whose signature this process has verified, by the agency key that verified them
 * (ADR 0052): the same bearer token comes with every request of a signed-in user, and checking
 * its signature was about a tenth of the gateway's CPU per request. An entry lasts until
 * the token expires (with the clock tolerance), at most VERIFIED_USER_TOKEN_TTL_MS. Keyed by the
 * key object, so a rotated or withdrawn key takes its entries with it; the directory's rules
 * (issuer still an agency accepting static-key tokens, its maximum lifetime, grantable roles)
 * are applied to every request, remembered or not.
 */
const verifiedByKey = new WeakMap<KeyLike, LRUCache<string, Verified>>();

interface Verified {
  payload: TokenPayload;
  /** Date.now() after which the token is checked again (so refused once expired). */
  until: number;
}

function verifiedPayload(token: string, issuer: string, key: KeyLike): TokenPayload {
  let verified = verifiedByKey.get(key);
  if (!verified) {
    verified = new LRUCache({ max: VERIFIED_USER_TOKENS_PER_KEY });
    verifiedByKey.set(key, verified);
  }
  const known = verified.get(token);
  // iss is among the signed claims, so a remembered token names the same issuer; checked anyway.
  if (known && Date.now() <= known.until && known.payload.iss === issuer) return known.payload;
  countTokenVerified(USER_TOKEN_AUDIENCE);
  const payload = verifyToken(token, key, {
    issuer,
    audience: USER_TOKEN_AUDIENCE,
    // exp and iat are required too: checkTokenLifetime says so in a way the caller can act on.
    requiredClaims: ['sub'],
    clockToleranceSeconds: USER_TOKEN_CLOCK_TOLERANCE_SECONDS,
  });
  if (typeof payload.exp === 'number') {
    const until = Math.min(
      Date.now() + VERIFIED_USER_TOKEN_TTL_MS,
      (payload.exp + USER_TOKEN_CLOCK_TOLERANCE_SECONDS) * 1000,
    );
    verified.set(token, { payload, until });
  }
  return payload;
}

/**
 * Verifies a user token: the issuer names an agency, the signature must be that agency's, and
 * its lifetime keeps to the rules (see checkTokenLifetime). A token verified before by the same
 * key is not checked again until it expires (see verifiedByKey).
 * @param keyOf returns the public key of an agency in the directory, or undefined.
 * @param decoded the token's claims as decoded, unverified, by a caller that has already decoded
 * it (to choose how to verify it), so that it is not decoded again; only its `iss` is read, to
 * find the key, and the signature then covers it.
 */
export async function verifyUserToken(
  token: string,
  keyOf: (agencyCode: string) => Promise<KeyLike | undefined>,
  policy: UserTokenPolicy = {},
  decoded?: { iss?: string },
): Promise<UserClaims> {
  let issuer: string | undefined;
  try {
    issuer = (decoded ?? decodeJwt(token)).iss;
  } catch {
    throw new UserTokenError('malformed token');
  }
  const key = issuer ? await keyOf(issuer) : undefined;
  if (!issuer || !key) throw new UserTokenError('token issuer is not an agency of this federation');
  try {
    const payload = verifiedPayload(token, issuer, key);
    checkTokenLifetime(payload, issuer, policy);
    const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
    const name = displayName(payload.name);
    const serviceUserClaim = payload[SERVICE_USER_CLAIM];
    return {
      agencyCode: issuer,
      userId: String(payload.sub),
      roles,
      ...(name ? { name } : {}),
      ...(serviceUserClaim !== undefined ? { serviceUserClaim } : {}),
    };
  } catch (error) {
    if (error instanceof UserTokenError) throw error;
    const reason = error instanceof TokenRejected ? error.reason : 'invalid';
    throw new UserTokenError(`token rejected: ${reason}`);
  }
}
