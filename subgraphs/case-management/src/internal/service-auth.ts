import type { IncomingMessage } from 'node:http';
import { decodeJwt } from 'jose';
import {
  CASE_MANAGEMENT_AUDIENCE,
  HttpError,
  agencyServiceIssuer,
  bearer,
  importKeyCached,
  verifyRequestToken,
  type Directory,
  type Identity,
} from '@icp/shared';

export interface ServiceCaller {
  /** The agency instance that signed the request with its service credentials. */
  callerAgencyCode: string;
  /** The user request on whose behalf it asks (the reader, for consent decisions). */
  identity: Identity;
}

const PREFIX = agencyServiceIssuer('');

/** Verifies an agency instance's service credentials against its key in the directory. */
export async function verifyServiceCaller(
  req: IncomingMessage,
  body: Buffer,
  directory: Directory,
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
    const identity = await verifyRequestToken({
      token,
      body,
      issuer,
      audience: CASE_MANAGEMENT_AUDIENCE,
      key: await importKeyCached(agency.publicKey),
    });
    return { callerAgencyCode: agency.code, identity };
  } catch {
    throw new HttpError(401, 'UNAUTHENTICATED', 'Service credentials rejected');
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
