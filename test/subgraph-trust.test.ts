import { SignJWT } from 'jose';
import {
  ALG,
  CASE_MANAGEMENT_AUDIENCE,
  GATEWAY_ISSUER,
  agencyAudience,
  bodyHash,
  generateKeyPairJwk,
  importKey,
  signRequestToken,
  signUserToken,
} from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import type { Json } from './support/json';

const identity = {
  agencyCode: 'CDAS',
  userId: 'cdas-aoife',
  roles: ['CASE_MANAGER' as const],
  requestId: 'test-request-1',
};
const SERVICE = JSON.stringify({ query: '{ _service { sdl } }' });
const ENTITIES = JSON.stringify({
  query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on KeyWorker { name } } }',
  variables: { r: [{ __typename: 'KeyWorker', agencyCode: 'CDAS', id: 'cdas-aoife' }] },
});
const CM_ENTITIES = JSON.stringify({
  query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { name } } }',
  variables: { r: [{ __typename: 'Agency', code: 'CDAS' }] },
});

describe('a subgraph answers only requests the gateway signed', () => {
  let f: TestFederation;
  let gatewayKey: Awaited<ReturnType<typeof importKey>>;
  beforeAll(async () => {
    f = await TestFederation.start({ agencies: [{ code: 'CDAS' }, { code: 'PROB' }] });
    gatewayKey = await importKey(f.gatewayKey);
  });
  afterAll(() => f.close());

  const targets = () => [
    {
      name: 'case-management',
      url: f.cm.url,
      audience: CASE_MANAGEMENT_AUDIENCE,
      entities: CM_ENTITIES,
    },
    {
      name: 'agency CDAS',
      url: f.agencies.get('CDAS')!.url,
      audience: agencyAudience('CDAS'),
      entities: ENTITIES,
    },
  ];

  const post = (url: string, body: string, token?: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });

  const sign = (audience: string, body: string, key = gatewayKey, ttlSeconds?: number) =>
    signRequestToken({
      issuer: GATEWAY_ISSUER,
      audience,
      identity,
      body,
      key,
      ...(ttlSeconds ? { ttlSeconds } : {}),
    });

  it.each(['_service', '_entities'])('accepts a correctly signed %s request', async (which) => {
    for (const t of targets()) {
      const body = which === '_service' ? SERVICE : t.entities;
      const res = await post(t.url, body, await sign(t.audience, body));
      expect({ target: t.name, status: res.status }).toEqual({ target: t.name, status: 200 });
      const json = (await res.json()) as Json;
      expect(json.errors).toBeUndefined();
    }
  });

  it.each(['_service', '_entities'])(
    'refuses %s with no token, forged, expired, mis-addressed or re-bodied',
    async (which) => {
      const other = await importKey((await generateKeyPairJwk()).privateKey);
      for (const t of targets()) {
        const body = which === '_service' ? SERVICE : t.entities;
        const wrongAudience =
          t.audience === CASE_MANAGEMENT_AUDIENCE ? agencyAudience('CDAS') : agencyAudience('PROB');
        const expired = await new SignJWT({ agc: 'CDAS', roles: [], rid: 'r', bh: bodyHash(body) })
          .setProtectedHeader({ alg: ALG })
          .setIssuer(GATEWAY_ISSUER)
          .setAudience(t.audience)
          .setSubject('cdas-aoife')
          .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
          .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
          .sign(gatewayKey);
        const cases: [string, string | undefined, string][] = [
          ['no token', undefined, body],
          ['forged', await sign(t.audience, body, other), body],
          ['expired', expired, body],
          ['wrong audience', await sign(wrongAudience, body), body],
          ['body swapped', await sign(t.audience, SERVICE === body ? t.entities : SERVICE), body],
          ['not a JWT', 'garbage', body],
        ];
        for (const [label, token, sent] of cases) {
          const res = await post(t.url, sent, token);
          expect({ target: t.name, label, status: res.status }).toEqual({
            target: t.name,
            label,
            status: 401,
          });
          const json = (await res.json()) as Json;
          expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        }
      }
    },
  );

  it('refuses a user token sent straight to a subgraph', async () => {
    const userToken = await f.token('CDAS', 'cdas-aoife', ['CASE_MANAGER']);
    const res = await post(f.agencies.get('CDAS')!.url, SERVICE, userToken);
    expect(res.status).toBe(401);
  });

  it('keeps one open health probe per process', async () => {
    for (const url of [f.cm.url, f.agencies.get('CDAS')!.url, f.url]) {
      const res = await fetch(url.replace('/graphql', '/health'));
      expect(res.status).toBe(200);
      expect(((await res.json()) as Json).status).toBe('ok');
    }
  });
});

describe("the gateway authenticates agencies' users", () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start({
      agencies: [{ code: 'CDAS', grantableRoles: ['KEY_WORKER', 'CASE_MANAGER', 'SUPERVISOR'] }],
    });
  });
  afterAll(() => f.close());

  it('drops roles the directory does not let the agency grant, such as a co-ordinator role', async () => {
    const token = await f.token('CDAS', 'cdas-someone', [
      'REHAB_COORDINATOR',
      'NATIONAL_COORDINATOR',
    ]);
    const r = await f.query({ token }, '{ openEscalations { edges { node { id } } } }');
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });

  const ask = (token?: string) =>
    fetch(f.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: '{ agencies { code } }' }),
    });

  it('answers a token signed by a directory agency', async () => {
    const res = await ask(await f.token('CDAS', 'cdas-aoife'));
    expect(res.status).toBe(200);
    expect(((await res.json()) as Json).data.agencies).toEqual([{ code: 'CDAS' }]);
  });

  it('refuses a missing, foreign, mis-issued or expired token with 401', async () => {
    const stranger = await importKey((await generateKeyPairJwk()).privateKey);
    const cdasKey = await importKey(f.agencyKeys.get('CDAS')!);
    const tokens = {
      missing: undefined,
      'signed by a key outside the directory': await signUserToken(
        { agencyCode: 'CDAS', userId: 'x', roles: [] },
        stranger,
      ),
      'issuer not in the directory': await signUserToken(
        { agencyCode: 'ZZZZ', userId: 'x', roles: [] },
        cdasKey,
      ),
      expired: await signUserToken({ agencyCode: 'CDAS', userId: 'x', roles: [] }, cdasKey, {
        expiresIn: '-1m',
      }),
    };
    for (const [label, token] of Object.entries(tokens)) {
      const res = await ask(token);
      expect({ label, status: res.status }).toEqual({ label, status: 401 });
      expect(codes({ status: res.status, body: (await res.json()) as Json, text: '' })).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
  });
});
