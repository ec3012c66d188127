import { randomUUID } from 'node:crypto';
import type { KeyLike, JWTPayload } from 'jose';
import { TokenRejected, signToken, verifyToken } from './jwt';
import { bodyHash } from './body-hash';
import { isRole } from './roles';
import type { Identity } from './identity';
import { MAX_USER_NAME_LENGTH } from './user-token';
import { countTokenSigned, countTokenVerified } from './token-counters';

/** The gateway's issuer name in the tokens it forwards. */
export const GATEWAY_ISSUER = 'icp-gateway';
/** Audience of requests to case-management (GraphQL and internal endpoints). */
export const CASE_MANAGEMENT_AUDIENCE = 'case-management';
/** Audience of requests to one agency's subgraph instance. */
export const agencyAudience = (agencyCode: string) => `agency:${agencyCode}`;
/** Issuer of case-management's calls to an agency instance's internal routes. */
export const CASE_MANAGEMENT_ISSUER = 'case-management';
/** Issuer of an agency instance's service credentials. */
export const agencyServiceIssuer = (agencyCode: string) => `agency-service:${agencyCode}`;

/** Default lifetime of a forwarded token: one hop, so seconds are enough. */
export const REQUEST_TOKEN_TTL_SECONDS = 30;

interface RequestClaims extends JWTPayload {
  agc: string;
  roles: string[];
  rid: string;
  bh: string;
  /** The client's operation name (Identity.operationName), when it has one. */
  opn?: string;
  /** The consent epoch the gateway had seen (Identity.consentEpoch, ADR 0025). */
  cep?: number;
  /** The user's display name (Identity.name), when their token gave one. */
  nm?: string;
  /** A SERVICE_USER's bound person (Identity.serviceUserId, ADR 0049). */
  suid?: string;
}

/** Longest operation name carried; a longer one is cut (GraphQL names have no length limit). */
export const MAX_OPERATION_NAME_LENGTH = 200;

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
    ...(o.identity.operationName
      ? { opn: o.identity.operationName.slice(0, MAX_OPERATION_NAME_LENGTH) }
      : {}),
    ...(o.identity.consentEpoch !== undefined ? { cep: o.identity.consentEpoch } : {}),
    ...(o.identity.name ? { nm: o.identity.name.slice(0, MAX_USER_NAME_LENGTH) } : {}),
    ...(o.identity.serviceUserId ? { suid: o.identity.serviceUserId } : {}),
  };
  countTokenSigned(o.issuer);
  const now = Math.floor(Date.now() / 1000);
  return signToken(
    o.key,
    {
      ...claims,
      iss: o.issuer,
      aud: o.audience,
      sub: o.identity.userId,
      iat: now,
      jti: randomUUID(),
      exp: now + (o.ttlSeconds ?? REQUEST_TOKEN_TTL_SECONDS),
    },
    o.kid,
  );
}

export class RequestTokenError extends Error {
  override name = 'RequestTokenError';
}

export interface VerifyRequestOptions {
  token: string | undefined;
  /** The exact body received; the token must carry its hash. */
  body: Uint8Array | string;
  issuer: string;
  audience: string;
  key: KeyLike;
  /** Refuses a token seen before (a replayed request); default: no replay check. */
  replay?: ReplayStore;
}

/**
 * Where the ids of tokens already used are remembered (ADR 0008, ADR 0039): shared by every
 * replica of a server when it is a table in their database (`PostgresReplayStore`, the
 * default), or one process's memory (`ReplayGuard`).
 */
export interface ReplayStore {
  /**
   * Throws RequestTokenError if this issuer's token id was used already; otherwise remembers it
   * until `expiresAt` (ms). Any other error (the store cannot be reached) fails the request.
   */
  use(issuer: string, jti: string, expiresAt: number): Promise<void> | void;
}

/**
 * Remembers the ids of tokens already used until they expire, so that a captured request
 * cannot be sent again (for a mutation, that would be a duplicate write). In this process's
 * memory only: for a server that runs as one process (replicas share a `PostgresReplayStore`).
 */
export class ReplayGuard implements ReplayStore {
  private readonly seen = new Map<string, number>();

  /** @param maxEntries bound on memory; default 100 000 (far above one instance's 60 s traffic) */
  constructor(private readonly maxEntries = 100_000) {}

  /** Throws if the token id was used already; otherwise remembers it until `expiresAt` (ms). */
  use(issuer: string, jti: string, expiresAt: number): void {
    const now = Date.now();
    const id = `${issuer}\u0000${jti}`;
    if (this.seen.size >= this.maxEntries) {
      for (const [id, until] of this.seen) if (until < now) this.seen.delete(id);
      if (this.seen.size >= this.maxEntries) throw new RequestTokenError('replay cache full');
    }
    const until = this.seen.get(id);
    if (until !== undefined && until >= now) throw new RequestTokenError('token already used');
    this.seen.set(id, expiresAt);
  }
}

function verifyClaims(
  token: string | undefined,
  issuer: string,
  audience: string,
  key: KeyLike,
): RequestClaims {
  if (!token) throw new RequestTokenError('missing token');
  countTokenVerified(audience);
  try {
    const payload = verifyToken(token, key, {
      issuer,
      audience,
      requiredClaims: ['exp', 'iat', 'sub', 'jti'],
      maxAgeSeconds: REQUEST_TOKEN_TTL_SECONDS * 2,
      clockToleranceSeconds: 5,
    });
    if (typeof payload.jti !== 'string' || typeof payload.exp !== 'number')
      throw new TokenRejected('CLAIM_TYPE');
    return payload as RequestClaims;
  } catch (error) {
    const reason = error instanceof TokenRejected ? error.reason : 'invalid';
    throw new RequestTokenError(`token rejected: ${reason}`);
  }
}

/** Verifies a forwarded token against the body received; throws RequestTokenError on any doubt. */
export async function verifyRequestToken(o: VerifyRequestOptions): Promise<Identity> {
  const claims = verifyClaims(o.token, o.issuer, o.audience, o.key);
  if (claims.bh !== bodyHash(o.body)) throw new RequestTokenError('body does not match token');
  await o.replay?.use(o.issuer, claims.jti!, (claims.exp! + 5) * 1000);
  return identityOf(claims);
}

/**
 * Verifies the gateway's token for a request an agency instance is serving, passed on to
 * case-management as proof of whom the agency asks on behalf of. Not bound to a body (that was
 * the agency's request), but signed by the gateway, for that agency, and fresh.
 */
export async function verifyOnBehalfOf(
  token: string | undefined,
  agencyCode: string,
  gatewayKey: KeyLike,
): Promise<Identity> {
  return identityOf(verifyClaims(token, GATEWAY_ISSUER, agencyAudience(agencyCode), gatewayKey));
}

function identityOf(claims: RequestClaims): Identity {
  if (typeof claims.agc !== 'string' || typeof claims.rid !== 'string') {
    throw new RequestTokenError('token lacks identity claims');
  }
  const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
  // A service user is bound to one person and holds no other role (ADR 0049); anything else is
  // not a token the gateway signs.
  const serviceUser = roles.includes('SERVICE_USER');
  if (serviceUser && (roles.length !== 1 || typeof claims.suid !== 'string' || !claims.suid))
    throw new RequestTokenError('token has an unbound or mixed SERVICE_USER role');
  return {
    ...(serviceUser ? { serviceUserId: claims.suid!.toLowerCase() } : {}),
    agencyCode: claims.agc,
    userId: String(claims.sub),
    roles,
    requestId: claims.rid,
    ...(typeof claims.opn === 'string' && claims.opn.length > 0
      ? { operationName: claims.opn.slice(0, MAX_OPERATION_NAME_LENGTH) }
      : {}),
    ...(Number.isSafeInteger(claims.cep) ? { consentEpoch: claims.cep } : {}),
    ...(typeof claims.nm === 'string' && claims.nm.trim().length > 0
      ? { name: claims.nm.trim().slice(0, MAX_USER_NAME_LENGTH) }
      : {}),
  };
}
