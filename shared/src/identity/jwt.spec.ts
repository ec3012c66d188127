import { SignJWT, decodeProtectedHeader, jwtVerify } from 'jose';
import { TokenRejected, signToken, verifyToken } from './jwt';
import { ALG, generateKeyPairJwk, importKey } from './keys';

const options = {
  issuer: 'icp-gateway',
  audience: 'case-management',
  requiredClaims: ['exp', 'iat', 'sub', 'jti'],
  maxAgeSeconds: 60,
  clockToleranceSeconds: 5,
};

async function keys() {
  const pair = await generateKeyPairJwk();
  return {
    kid: pair.privateKey.kid!,
    privateKey: await importKey(pair.privateKey),
    publicKey: await importKey(pair.publicKey),
  };
}

const now = () => Math.floor(Date.now() / 1000);
const claims = (over: Record<string, unknown> = {}) => ({
  iss: 'icp-gateway',
  aud: 'case-management',
  sub: 'cdas-aoife',
  iat: now(),
  exp: now() + 30,
  jti: 'j-1',
  ...over,
});

describe('the federation tokens on fast-jwt (ADR 0052)', () => {
  it('signs what jose verifies, and verifies what jose signs', async () => {
    const { kid, privateKey, publicKey } = await keys();
    const token = signToken(privateKey, claims(), kid);
    expect(decodeProtectedHeader(token)).toEqual({ alg: ALG, typ: 'JWT', kid });
    const { payload } = await jwtVerify(token, publicKey, { issuer: 'icp-gateway' });
    expect(payload).toEqual(claims({ iat: payload.iat, exp: payload.exp }));

    const byJose = await new SignJWT(claims())
      .setProtectedHeader({ alg: ALG, typ: 'JWT' })
      .sign(privateKey);
    expect(verifyToken(byJose, publicKey, options)).toMatchObject({ sub: 'cdas-aoife' });
  });

  it.each([
    ['another issuer', claims({ iss: 'agency-service:CDAS' }), 'FAST_JWT_INVALID_CLAIM_VALUE'],
    ['another audience', claims({ aud: 'agency:CDAS' }), 'FAST_JWT_INVALID_CLAIM_VALUE'],
    ['expired beyond the tolerance', claims({ exp: now() - 6 }), 'FAST_JWT_EXPIRED'],
    ['issued beyond the maximum age', claims({ iat: now() - 66 }), 'FAST_JWT_EXPIRED'],
    ['issued in the future', claims({ iat: now() + 60, exp: now() + 90 }), 'IAT_IN_FUTURE'],
    ['without a required claim', claims({ jti: undefined }), 'FAST_JWT_MISSING_REQUIRED_CLAIM'],
  ])('refuses a token %s', async (_label, payload, reason) => {
    const { privateKey, publicKey } = await keys();
    const token = signToken(privateKey, JSON.parse(JSON.stringify(payload)) as typeof payload);
    expect(() => verifyToken(token, publicKey, options)).toThrow(new TokenRejected(reason));
  });

  it('accepts a token within the clock tolerance', async () => {
    const { privateKey, publicKey } = await keys();
    const token = signToken(privateKey, claims({ iat: now() + 4, exp: now() - 4 }));
    expect(verifyToken(token, publicKey, options)).toMatchObject({ jti: 'j-1' });
  });

  it('refuses another key, a changed payload, and an unsigned or other-algorithm token', async () => {
    const { privateKey, publicKey } = await keys();
    const other = await keys();
    const token = signToken(privateKey, claims());
    expect(() => verifyToken(token, other.publicKey, options)).toThrow(TokenRejected);

    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify(claims({ sub: 'cdas-admin' }))).toString('base64url');
    expect(() => verifyToken(`${header}.${forged}.${signature}`, publicKey, options)).toThrow(
      TokenRejected,
    );

    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = token.split('.')[1];
    expect(() => verifyToken(`${none}.${body}.`, publicKey, options)).toThrow(TokenRejected);
    const hs = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    expect(() => verifyToken(`${hs}.${body}.${signature}`, publicKey, options)).toThrow(
      TokenRejected,
    );
    expect(() => verifyToken('not a token', publicKey, options)).toThrow(TokenRejected);
  });
});
