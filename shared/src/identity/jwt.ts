import type { KeyObject } from 'node:crypto';
import { TokenError, createSigner, createVerifier } from 'fast-jwt';
import type { KeyLike } from 'jose';
import { ALG } from './keys';

/**
 * Signs and verifies the federation's own tokens (EdDSA: hop tokens, service credentials, the
 * agencies' static-key user tokens) with fast-jwt, synchronously on this thread: jose signs and
 * verifies through node:crypto's callback form, a libuv thread-pool job per token, which cost
 * two to three times the CPU of the signature itself (ADR 0052). jose still imports, exports and fetches keys,
 * and verifies the tokens of agencies' OpenID Connect providers (any algorithm, remote key sets).
 */

/** A claim set as signed: registered claims in seconds, like every JWT. */
export type TokenPayload = Record<string, unknown>;

/** Why a token was refused: fast-jwt's stable code (e.g. FAST_JWT_EXPIRED), or ours. */
export class TokenRejected extends Error {
  override name = 'TokenRejected';

  constructor(readonly reason: string) {
    super(`token rejected: ${reason}`);
  }
}

type Signer = (payload: TokenPayload) => string;
type Verifier = (token: string) => TokenPayload;

/** fast-jwt takes keys as PEM; a key object is exported once. */
function pemOf(key: KeyLike): string {
  const object = key as KeyObject;
  return object.export({
    format: 'pem',
    type: object.type === 'private' ? 'pkcs8' : 'spki',
  }) as string;
}

/** One prepared signer per key and `kid`, dropped with the key (a rotated key is a new object). */
const signers = new WeakMap<KeyLike, Map<string, Signer>>();

/**
 * Signs a claim set as it is (the caller sets iss, aud, sub, iat, exp, jti): a compact JWS with
 * header `{ alg: EdDSA, typ: JWT, kid }`.
 */
export function signToken(key: KeyLike, payload: TokenPayload, kid?: string): string {
  let byKid = signers.get(key);
  if (!byKid) signers.set(key, (byKid = new Map<string, Signer>()));
  let sign = byKid.get(kid ?? '');
  if (!sign) {
    sign = createSigner({
      key: pemOf(key),
      algorithm: ALG, // iat is the payload's own when it has one (it always does here)
      ...(kid ? { kid } : {}),
    });
    byKid.set(kid ?? '', sign);
  }
  return sign(payload);
}

export interface VerifyTokenOptions {
  issuer: string;
  audience: string;
  /** Claims that must be present (exp is checked when present; list it to require it). */
  requiredClaims: readonly string[];
  /** Refuse a token issued longer ago than this (from `iat`), or with an `iat` in the future. */
  maxAgeSeconds?: number;
  /** Slack for clocks that disagree, on exp, nbf, iat and maxAge. */
  clockToleranceSeconds: number;
}

/** One prepared verifier per key and options, dropped with the key. */
const verifiers = new WeakMap<KeyLike, Map<string, Verifier>>();

/**
 * Verifies a token's EdDSA signature by `key`, its issuer and audience (exactly), the required
 * claims, `exp` and `nbf`, and with maxAgeSeconds that `iat` is neither too far in the past nor in
 * the future, each with the clock tolerance. Returns the claims.
 * @throws TokenRejected with the reason, on any doubt
 */
export function verifyToken(token: string, key: KeyLike, o: VerifyTokenOptions): TokenPayload {
  let byOptions = verifiers.get(key);
  if (!byOptions) verifiers.set(key, (byOptions = new Map<string, Verifier>()));
  const id = `${o.issuer}\u0000${o.audience}\u0000${o.requiredClaims.join()}\u0000${o.maxAgeSeconds}\u0000${o.clockToleranceSeconds}`;
  let verify = byOptions.get(id);
  if (!verify) {
    verify = createVerifier({
      key: pemOf(key),
      algorithms: [ALG],
      allowedIss: o.issuer,
      allowedAud: o.audience,
      requiredClaims: [...o.requiredClaims],
      clockTolerance: o.clockToleranceSeconds * 1000,
      // jose allowed the tolerance on the age too
      ...(o.maxAgeSeconds !== undefined
        ? { maxAge: (o.maxAgeSeconds + o.clockToleranceSeconds) * 1000 }
        : {}),
    }) as Verifier;
    byOptions.set(id, verify);
  }
  let payload: TokenPayload;
  try {
    payload = verify(token);
  } catch (error) {
    throw new TokenRejected(error instanceof TokenError ? error.code : 'invalid');
  }
  // With a maximum age, an iat from the future is refused too, as jose's maxTokenAge did (fast-jwt
  // checks iat only against the age). Without one the caller judges iat (checkTokenLifetime).
  const { iat } = payload;
  if (
    o.maxAgeSeconds !== undefined &&
    (typeof iat !== 'number' || iat > Date.now() / 1000 + o.clockToleranceSeconds)
  )
    throw new TokenRejected('IAT_IN_FUTURE');
  return payload;
}
