import { generateKeyPairJwk, importKey } from './keys';
import {
  GATEWAY_ISSUER,
  RequestTokenError,
  signRequestToken,
  verifyRequestToken,
} from './request-token';

const identity = {
  agencyCode: 'CDAS',
  userId: 'cdas-aoife',
  roles: ['CASE_MANAGER' as const],
  requestId: 'req-1',
};

describe('gateway request tokens', () => {
  it('carry identity, audience and a hash binding them to one body', async () => {
    const pair = await generateKeyPairJwk();
    const key = await importKey(pair.privateKey);
    const pub = await importKey(pair.publicKey);
    const body = '{"query":"{ a }"}';
    const token = await signRequestToken({
      issuer: GATEWAY_ISSUER,
      audience: 'agency:CDAS',
      identity,
      body,
      key,
    });
    await expect(
      verifyRequestToken({
        token,
        body,
        issuer: GATEWAY_ISSUER,
        audience: 'agency:CDAS',
        key: pub,
      }),
    ).resolves.toEqual(identity);
    await expect(
      verifyRequestToken({
        token,
        body: '{"query":"{ b }"}',
        issuer: GATEWAY_ISSUER,
        audience: 'agency:CDAS',
        key: pub,
      }),
    ).rejects.toThrow(RequestTokenError);
    await expect(
      verifyRequestToken({
        token,
        body,
        issuer: GATEWAY_ISSUER,
        audience: 'agency:PROB',
        key: pub,
      }),
    ).rejects.toThrow(RequestTokenError);
  });

  it("carry the client's operation name for the audit, when there is one", async () => {
    const pair = await generateKeyPairJwk();
    const key = await importKey(pair.privateKey);
    const pub = await importKey(pair.publicKey);
    const body = '{"query":"query Plan { a }"}';
    const sign = (operationName?: string) =>
      signRequestToken({
        issuer: GATEWAY_ISSUER,
        audience: 'case-management',
        identity: { ...identity, ...(operationName ? { operationName } : {}) },
        body,
        key,
      });
    const verify = async (token: string) =>
      verifyRequestToken({
        token,
        body,
        issuer: GATEWAY_ISSUER,
        audience: 'case-management',
        key: pub,
      });
    await expect(verify(await sign('Plan'))).resolves.toEqual({
      ...identity,
      operationName: 'Plan',
    });
    await expect(verify(await sign())).resolves.toEqual(identity);
    const long = await verify(await sign('X'.repeat(500)));
    expect(long.operationName).toHaveLength(200);
  });

  it("carry the user's display name, from their token's name claim, when there is one", async () => {
    const pair = await generateKeyPairJwk();
    const key = await importKey(pair.privateKey);
    const pub = await importKey(pair.publicKey);
    const body = '{"query":"{ myStaffRecord { id } }"}';
    const roundTrip = async (name?: string) =>
      verifyRequestToken({
        token: await signRequestToken({
          issuer: GATEWAY_ISSUER,
          audience: 'agency:CDAS',
          identity: { ...identity, ...(name !== undefined ? { name } : {}) },
          body,
          key,
        }),
        body,
        issuer: GATEWAY_ISSUER,
        audience: 'agency:CDAS',
        key: pub,
      });
    await expect(roundTrip('Aoife Byrne')).resolves.toEqual({ ...identity, name: 'Aoife Byrne' });
    await expect(roundTrip()).resolves.toEqual(identity);
    await expect(roundTrip('')).resolves.toEqual(identity);
    expect((await roundTrip('Ó'.repeat(300))).name).toHaveLength(200);
  });
});
