import type { IncomingMessage } from 'node:http';
import { decodeJwt, type JWK } from 'jose';
import {
  CASE_MANAGEMENT_AUDIENCE,
  HttpError,
  ON_BEHALF_OF_HEADER,
  REQUEST_TOKEN_TTL_SECONDS,
  agencyServiceIssuer,
  bearer,
  importKeyCached,
  verifyOnBehalfOf,
  verifyRequestToken,
  type Directory,
  type Identity,
  type ReplayStore,
} from '@icp/shared';

export interface ServiceCaller {
  /** The agency instance that signed the request with its service credentials. */
  callerAgencyCode: string;
  /** The user request on whose behalf it asks (the reader, for consent decisions). */
  identity: Identity;
}

const PREFIX = agencyServiceIssuer('');

/**
 * On-behalf-of proofs already verified (ADR 0025): one agency request sends the same gateway token
 * with each internal call it makes, and the proof is not single-use (ADR 0008), so verifying it
 * again proves nothing new. Kept by token, agency and gateway key until the token would be
 * refused anyway (expired, or older than the verifier's maximum age).
 */
const verifiedProofs = new Map<string, { identity: Identity; until: number }>();
const MAX_VERIFIED_PROOFS = 10_000;

async function verifyProof(token: string | undefined, agencyCode: string, gatewayKey: JWK) {
  const key = token
    ? `${agencyCode}\u0000${gatewayKey.x ?? JSON.stringify(gatewayKey)}\u0000${token}`
    : undefined;
  const known = key ? verifiedProofs.get(key) : undefined;
  if (known && known.until > Date.now()) return known.identity;
  const identity = await verifyOnBehalfOf(token, agencyCode, await importKeyCached(gatewayKey));
  const { exp, iat } = decodeJwt(token!);
  const until = Math.min(
    ((exp ?? 0) + 5) * 1000,
    ((iat ?? 0) + 2 * REQUEST_TOKEN_TTL_SECONDS) * 1000,
  );
  if (verifiedProofs.size >= MAX_VERIFIED_PROOFS) {
    const now = Date.now();
    for (const [k, v] of verifiedProofs) if (v.until <= now) verifiedProofs.delete(k);
    if (verifiedProofs.size >= MAX_VERIFIED_PROOFS) verifiedProofs.clear();
  }
  verifiedProofs.set(key!, { identity, until });
  return identity;
}

/**
 * Verifies an agency instance's service credentials against its key in the directory (bound to
 * the body, used once), and the gateway's token for the request it serves: the reader is who
 * the gateway says, never who the agency says.
 */
export async function verifyServiceCaller(
  req: IncomingMessage,
  body: Buffer,
  { directory, replay }: { directory: Directory; replay: ReplayStore },
): Promise<ServiceCaller> {
  const token = bearer(req);
  let issuer: string | undefined;
  try {
    issuer = token ? decodeJwt(token).iss : undefined;
  } catch {
    issuer = undefined;
  }
  const agency = issuer?.startsWith(PREFIX)
    ? directory.agency(issuer.slice(PREFIX.length))
    : undefined;
  if (!token || !issuer || !agency)
    throw new HttpError(401, 'UNAUTHENTICATED', 'Service credentials required');
  try {
    await verifyRequestToken({
      token,
      body,
      issuer,
      audience: CASE_MANAGEMENT_AUDIENCE,
      key: await importKeyCached(agency.publicKey),
      replay,
    });
  } catch {
    throw new HttpError(401, 'UNAUTHENTICATED', 'Service credentials rejected');
  }
  const behalf = req.headers[ON_BEHALF_OF_HEADER];
  try {
    const identity = await verifyProof(
      typeof behalf === 'string' ? behalf : undefined,
      agency.code,
      directory.current.gateway.publicKey,
    );
    return { callerAgencyCode: agency.code, identity };
  } catch {
    throw new HttpError(401, 'UNAUTHENTICATED', 'No gateway proof of the request served');
  }
}

/** Parses a JSON body, answering 400 on anything malformed. */
export function parseJson<T>(body: Buffer, check: (v: unknown) => v is T): T {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'Body is not valid JSON');
  }
  if (!check(value)) throw new HttpError(400, 'BAD_REQUEST', 'Body has the wrong shape');
  return value;
}
