import { generateKeyPairJwk, importKey } from './keys';
import {
  GATEWAY_ISSUER,
  RequestTokenError,
  signRequestToken,
  verifyRequestToken,
} from './request-token';
import type { Identity } from './identity';
import type { Role } from './roles';

const SU = '7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a01';
const base = { agencyCode: 'CDAS', userId: 'cdas-su-1001', requestId: 'req-1' };

/** A hop token signed as the gateway for `identity`, verified as a subgraph would. */
async function hop(identity: Identity) {
  const pair = await generateKeyPairJwk();
  const body = '{"query":"{ a }"}';
  const o = { issuer: GATEWAY_ISSUER, audience: 'case-management' };
  const token = await signRequestToken({
    ...o,
    identity,
    body,
    key: await importKey(pair.privateKey),
  });
  return verifyRequestToken({ ...o, token, body, key: await importKey(pair.publicKey) });
}

describe("a service user's binding in the gateway's hop tokens (ADR 0049)", () => {
  it('travels signed: the subgraph sees the same person', async () => {
    const identity = { ...base, roles: ['SERVICE_USER'] as Role[], serviceUserId: SU };
    await expect(hop(identity)).resolves.toEqual(identity);
  });

  it('is refused unbound or mixed with a staff role, and ignored on a staff token', async () => {
    await expect(hop({ ...base, roles: ['SERVICE_USER'] })).rejects.toThrow(RequestTokenError);
    await expect(
      hop({ ...base, roles: ['SERVICE_USER', 'CASE_MANAGER'], serviceUserId: SU }),
    ).rejects.toThrow(RequestTokenError);
    await expect(
      hop({ ...base, roles: ['CASE_MANAGER'], serviceUserId: SU }),
    ).resolves.not.toHaveProperty('serviceUserId');
  });
});
