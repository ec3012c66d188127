import { generateKeyPairJwk, importKey } from './keys';
import { resetTokenCounts, tokenCounts } from './token-counters';
import { USER_TOKEN_AUDIENCE, UserTokenError, signUserToken, verifyUserToken } from './user-token';

const user = { agencyCode: 'CDAS', userId: 'cdas-aoife', roles: ['CASE_MANAGER' as const] };

async function agencyKeys() {
  const pair = await generateKeyPairJwk();
  return {
    privateKey: await importKey(pair.privateKey),
    publicKey: await importKey(pair.publicKey),
  };
}

const verifications = () => tokenCounts().verified[USER_TOKEN_AUDIENCE] ?? 0;

describe('verified user tokens are remembered by the key that verified them (ADR 0052)', () => {
  afterEach(() => jest.useRealTimers());

  it('checks a signature once, then answers from memory with the same claims', async () => {
    const { privateKey, publicKey } = await agencyKeys();
    const token = await signUserToken(user, privateKey);
    resetTokenCounts();
    const first = await verifyUserToken(token, async () => publicKey);
    const again = await verifyUserToken(token, async () => publicKey);
    expect(again).toEqual(first);
    expect(first).toEqual(user);
    expect(verifications()).toBe(1);
  });

  it("checks again under a rotated key, which refuses the old key's tokens", async () => {
    const before = await agencyKeys();
    const after = await agencyKeys();
    const token = await signUserToken(user, before.privateKey);
    await verifyUserToken(token, async () => before.publicKey);
    resetTokenCounts();
    await expect(verifyUserToken(token, async () => after.publicKey)).rejects.toThrow(
      UserTokenError,
    );
    expect(verifications()).toBe(1);
  });

  it("refuses a remembered token once its issuer is no agency, or its lifetime is over the agency's", async () => {
    const { privateKey, publicKey } = await agencyKeys();
    const token = await signUserToken(user, privateKey, { expiresIn: '8h' });
    await verifyUserToken(token, async () => publicKey);
    await expect(verifyUserToken(token, async () => undefined)).rejects.toThrow(
      'token issuer is not an agency of this federation',
    );
    await expect(
      verifyUserToken(token, async () => publicKey, { maxTokenAgeHours: () => 4 }),
    ).rejects.toThrow('lifetime over the maximum');
  });

  it("takes the caller's decoding for the issuer, and still refuses a token that names another", async () => {
    const { privateKey, publicKey } = await agencyKeys();
    const token = await signUserToken(user, privateKey);
    await expect(
      verifyUserToken(token, async () => publicKey, {}, { iss: user.agencyCode }),
    ).resolves.toEqual(user);
    // A caller that decoded wrongly (or was lied to) gets the key it asked for, and the signed
    // issuer does not match: refused, remembered or not.
    await expect(
      verifyUserToken(token, async () => publicKey, {}, { iss: 'PROB' }),
    ).rejects.toThrow(UserTokenError);
  });

  it('forgets a token when it expires', async () => {
    jest.useFakeTimers({ now: Date.now() });
    const { privateKey, publicKey } = await agencyKeys();
    const token = await signUserToken(user, privateKey, { expiresIn: '2m' });
    await expect(verifyUserToken(token, async () => publicKey)).resolves.toEqual(user);
    jest.advanceTimersByTime(60_000);
    await expect(verifyUserToken(token, async () => publicKey)).resolves.toEqual(user);
    // past exp and the 5 s clock tolerance
    jest.advanceTimersByTime(66_000);
    resetTokenCounts();
    await expect(verifyUserToken(token, async () => publicKey)).rejects.toThrow(
      'token rejected: FAST_JWT_EXPIRED',
    );
    expect(verifications()).toBe(1);
  });
});
