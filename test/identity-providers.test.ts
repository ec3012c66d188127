import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  SignJWT,
  calculateJwkThumbprint,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  type JWK,
  type KeyLike,
} from 'jose';
import pino from 'pino';
import {
  ConfigError,
  DEFAULT_GRANTABLE_ROLES,
  DEMO,
  ROLES,
  generateKeyPairJwk,
  interpolateEnv,
  parseFederationConfig,
  type IdentityProviderAlgorithm,
  type IdentityProviderConfig,
  type Role,
} from '@icp/shared';
import { mapProviderRoles } from '@icp/gateway';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import type { Json } from './support/json';
import {
  DEV_ACCOUNTS,
  DEV_IDP_CLIENT_ID,
  DEV_IDP_PASSWORD,
  DEV_IDP_REDIRECT_URIS,
  startDevIdentityProvider,
  type RunningDevIdentityProvider,
} from '../gateway/src/dev/dev-identity-provider';

const ME = '{ myStaffRecord { id name role } }';
const ESCALATIONS = '{ openEscalations { edges { node { id } } } }';

/** A signing key of a test provider: its private half and its public JWK as the JWKS serves it. */
interface ProviderKey {
  alg: IdentityProviderAlgorithm;
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

async function providerKey(alg: IdentityProviderAlgorithm): Promise<ProviderKey> {
  const { privateKey, publicKey } = await generateKeyPair(
    alg,
    alg === 'EdDSA' ? { crv: 'Ed25519' } : {},
  );
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { alg, kid, privateKey, publicJwk: { ...jwk, kid, alg, use: 'sig' } };
}

/**
 * A provider's JWKS address: serves `keys`, or answers 500, or garbage, as the test sets; counts
 * the fetches.
 */
class JwksServer {
  keys: JWK[] = [];
  mode: 'ok' | 'error' | 'garbage' = 'ok';
  fetches = 0;
  private server!: Server;
  url!: string;

  async start(): Promise<this> {
    this.server = createServer((_req, res) => {
      this.fetches += 1;
      if (this.mode === 'error') return void res.writeHead(500).end('down for maintenance');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        this.mode === 'garbage' ? '{"keys": "not a list"}' : JSON.stringify({ keys: this.keys }),
      );
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/jwks`;
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}

const ISSUER = 'https://idp.cdas.example.ie';

/** A token as the test provider issues it. */
async function providerToken(
  key: ProviderKey,
  claims: Record<string, unknown>,
  o: {
    issuer?: string;
    audience?: string;
    sub?: string | null;
    lifetime?: string;
    alg?: string;
    iat?: number | null;
  } = {},
): Promise<string> {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: o.alg ?? key.alg, kid: key.kid, typ: 'JWT' })
    .setIssuer(o.issuer ?? ISSUER)
    .setAudience(o.audience ?? 'icp-gateway')
    .setExpirationTime(o.lifetime ?? '1h');
  if (o.sub !== null) jwt.setSubject(o.sub ?? `cdas-${randomUUID().slice(0, 8)}`);
  if (o.iat !== null) jwt.setIssuedAt(o.iat);
  return jwt.sign(key.privateKey);
}

/** The CDAS entry's provider: the test JWKS server, with the claims a real provider would use. */
const cdasProvider = (jwksUri: string, patch: Partial<IdentityProviderConfig> = {}) => ({
  identityProvider: {
    issuer: ISSUER,
    jwksUri,
    algorithms: ['RS256', 'ES256', 'EdDSA'] as IdentityProviderAlgorithm[],
    claims: {
      userId: 'sub',
      name: 'display_name',
      roles: 'groups',
      roleMap: {
        'case-managers': 'CASE_MANAGER' as const,
        'key-workers': 'KEY_WORKER' as const,
        coordinators: ['REHAB_COORDINATOR' as const, 'NATIONAL_COORDINATOR' as const],
      },
    },
    ...patch,
  },
});

/** One federation for the file: CDAS and PROB, each entry pointed at a provider by the tests. */
let f: TestFederation;
const logged: Record<string, Json>[] = [];
const COOLDOWN_MS = 400;

beforeAll(async () => {
  const gatewayLogger = pino(
    { level: 'debug' },
    { write: (line: string) => void logged.push(JSON.parse(line) as Record<string, Json>) },
  );
  f = await TestFederation.start({
    agencies: [{ code: 'CDAS' }, { code: 'PROB' }],
    seedDemo: false,
    gatewayLogger,
    identityProviders: { cooldownMs: COOLDOWN_MS, timeoutMs: 2000 },
  });
});
afterAll(() => f?.close());

describe("agencies' own identity providers (a JWKS server, through a real gateway)", () => {
  let jwks: JwksServer;
  const keys = new Map<IdentityProviderAlgorithm, ProviderKey>();

  beforeAll(async () => {
    jwks = await new JwksServer().start();
    for (const alg of ['RS256', 'ES256', 'EdDSA'] as const) keys.set(alg, await providerKey(alg));
  });
  afterAll(() => jwks?.close());
  beforeEach(() => {
    jwks.mode = 'ok';
    jwks.keys = [...keys.values()].map((k) => k.publicJwk);
    f.updateDirectoryEntry('CDAS', { ...cdasProvider(jwks.url), grantableRoles: [...ROLES] });
    logged.length = 0;
  });

  const key = (alg: IdentityProviderAlgorithm) => keys.get(alg)!;
  const first = (r: GraphQLResponse) => r.body.errors?.[0]?.extensions ?? {};

  it('accepts RS256, ES256 and EdDSA tokens, reading the user id, name and roles through the claims mapping', async () => {
    for (const [alg, group, role] of [
      ['RS256', 'case-managers', 'CASE_MANAGER'],
      ['ES256', 'key-workers', 'KEY_WORKER'],
      ['EdDSA', 'case-managers', 'CASE_MANAGER'],
    ] as const) {
      const sub = `cdas-${alg.toLowerCase()}`;
      const token = await providerToken(
        key(alg),
        { groups: ['all-staff', group], display_name: `Staff ${alg}` },
        { sub },
      );
      const r = await f.query({ token }, ME);
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data).toEqual({ myStaffRecord: { id: sub, name: `Staff ${alg}`, role } });
    }
  });

  it("drops mapped roles the directory does not let the agency grant, and the provider's unmapped names (ADR 0013)", async () => {
    const coordinator = await providerToken(key('RS256'), { groups: ['coordinators'] });
    expect((await f.query({ token: coordinator }, ESCALATIONS)).body.errors).toBeUndefined();

    f.updateDirectoryEntry('CDAS', { grantableRoles: [...DEFAULT_GRANTABLE_ROLES] });
    const r = await f.query({ token: coordinator }, ESCALATIONS);
    expect(r.status).toBe(200);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    // A product role name the provider happens to send is not a role when the entry maps names.
    const named = await providerToken(key('RS256'), { groups: ['NATIONAL_COORDINATOR'] });
    expect(codes(await f.query({ token: named }, ESCALATIONS))).toEqual(['FORBIDDEN']);
  });

  it('refuses an algorithm the entry does not allow with 401, without fetching the keys', async () => {
    f.updateDirectoryEntry('CDAS', cdasProvider(jwks.url, { algorithms: ['RS256'] }));
    const fetches = jwks.fetches;
    for (const alg of ['ES256', 'EdDSA'] as const) {
      const r = await f.query({ token: await providerToken(key(alg), {}) }, ME);
      expect(r.status).toBe(401);
      expect(first(r)).toEqual({ code: 'UNAUTHENTICATED' });
    }
    // An RS256 key presented as another algorithm is not accepted either.
    const hs = await providerToken(key('RS256'), {}, { alg: 'PS256' });
    expect((await f.query({ token: hs }, ME)).status).toBe(401);
    expect(jwks.fetches).toBe(fetches);
    // Without algorithms the entry allows RS256 only.
    f.updateDirectoryEntry('CDAS', cdasProvider(jwks.url, { algorithms: undefined }));
    expect((await f.query({ token: await providerToken(key('ES256'), {}) }, ME)).status).toBe(401);
    expect((await f.query({ token: await providerToken(key('RS256'), {}) }, ME)).status).toBe(200);
  });

  it("refuses another audience, another issuer, a key not the provider's, or a token without a user id", async () => {
    const stranger = await providerKey('RS256');
    const cases: [string, string][] = [
      ['audience', await providerToken(key('RS256'), {}, { audience: 'another-api' })],
      ['issuer', await providerToken(key('RS256'), {}, { issuer: 'https://idp.example.org' })],
      ['key', await providerToken(stranger, {})],
      ['sub', await providerToken(key('RS256'), {}, { sub: null })],
    ];
    for (const [what, token] of cases) {
      const r = await f.query({ token }, ME);
      expect({ what, status: r.status, code: first(r).code }).toEqual({
        what,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
      expect(r.text).not.toContain(token);
    }
    // The audience the gateway expects is the entry's.
    f.updateDirectoryEntry('CDAS', cdasProvider(jwks.url, { audience: ['another-api'] }));
    const other = await providerToken(key('RS256'), {}, { audience: 'another-api' });
    expect((await f.query({ token: other }, ME)).status).toBe(200);
    expect((await f.query({ token: await providerToken(key('RS256'), {}) }, ME)).status).toBe(401);
  });

  it("keeps the agency's token lifetime rules: exp and iat required, at most maxTokenAgeHours, iat not ahead", async () => {
    const now = Math.floor(Date.now() / 1000);
    const long = await providerToken(key('RS256'), {}, { lifetime: '13h' });
    expect(first(await f.query({ token: long }, ME)).code).toBe('UNAUTHENTICATED');
    expect((await f.query({ token: long }, ME)).body.errors?.[0]?.message).toMatch(/12 hours/);
    const noIat = await providerToken(key('RS256'), {}, { iat: null });
    expect((await f.query({ token: noIat }, ME)).body.errors?.[0]?.message).toMatch(/\(iat\)/);
    const ahead = await providerToken(key('RS256'), {}, { iat: now + 300, lifetime: '2h' });
    expect((await f.query({ token: ahead }, ME)).status).toBe(401);
    f.updateDirectoryEntry('CDAS', { maxTokenAgeHours: 0.5 });
    const hour = await providerToken(key('RS256'), {}, { lifetime: '1h' });
    expect((await f.query({ token: hour }, ME)).body.errors?.[0]?.message).toMatch(/0.5 hours/);
    f.updateDirectoryEntry('CDAS', { maxTokenAgeHours: undefined });
  });

  it('fetches the keys again for a key it has not seen (a rotation), without a restart, at most once per cooldown', async () => {
    const rs = key('RS256');
    expect((await f.query({ token: await providerToken(rs, {}) }, ME)).status).toBe(200);
    await new Promise((r) => setTimeout(r, COOLDOWN_MS + 100));
    // The provider rotates: a new key is published and the old one withdrawn.
    const next = await providerKey('RS256');
    jwks.keys = [next.publicJwk];
    const before = jwks.fetches;
    const r = await f.query(
      { token: await providerToken(next, { groups: ['key-workers'] }, { sub: 'cdas-rotated' }) },
      ME,
    );
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ myStaffRecord: { id: 'cdas-rotated' } });
    expect(jwks.fetches).toBe(before + 1);
    // The withdrawn key's tokens are refused, and within the cooldown that costs no fetch.
    const old = await f.query({ token: await providerToken(rs, {}) }, ME);
    expect(old.status).toBe(401);
    expect(jwks.fetches).toBe(before + 1);
  });

  it('fails closed when the provider cannot be reached or serves bad keys: 401 IDP_UNAVAILABLE and a log line without the token', async () => {
    const setups: [string, () => void][] = [
      [
        'unreachable',
        () => f.updateDirectoryEntry('CDAS', cdasProvider('http://127.0.0.1:9/jwks')),
      ],
      ['error', () => (jwks.mode = 'error')],
      ['garbage', () => (jwks.mode = 'garbage')],
    ];
    for (const [what, setup] of setups) {
      // A new JWKS address, so that no keys are in hand already.
      f.updateDirectoryEntry('CDAS', cdasProvider(`${jwks.url}?${what}`));
      setup();
      logged.length = 0;
      const token = await providerToken(key('RS256'), {});
      const r = await f.query({ token }, ME);
      expect({ what, status: r.status, extensions: first(r) }).toEqual({
        what,
        status: 401,
        extensions: { code: 'UNAUTHENTICATED', reason: 'IDP_UNAVAILABLE' },
      });
      const line = logged.find((l) => String(l.msg).startsWith('identity provider unavailable'));
      expect(line).toMatchObject({ level: 40, agency: 'CDAS', issuer: ISSUER });
      expect(JSON.stringify(logged)).not.toContain(token.split('.')[1]);
      jwks.mode = 'ok';
    }
  });

  it('still accepts static-key tokens from an agency without a provider, and from one only when it allows both', async () => {
    // PROB names no provider: its users' tokens are signed with its directory key.
    const prob = await f.query({ agency: 'PROB', user: 'prob-static', roles: ['KEY_WORKER'] }, ME);
    expect(prob.body.data).toEqual({
      myStaffRecord: { id: 'prob-static', name: 'prob-static', role: 'KEY_WORKER' },
    });
    // CDAS names its provider: a token signed with its directory key is refused...
    const cdas = { agency: 'CDAS', user: 'cdas-static', roles: ['KEY_WORKER' as const] };
    expect((await f.query(cdas, ME)).status).toBe(401);
    // ...unless its entry accepts both, as the demo directory does for `npm run token`.
    f.updateDirectoryEntry('CDAS', cdasProvider(jwks.url, { acceptStaticKeyTokens: true }));
    expect((await f.query(cdas, ME)).body.data).toMatchObject({
      myStaffRecord: { id: 'cdas-static' },
    });
  });
});

/** A tiny cookie jar for driving the provider's sign-in pages as a browser would. */
class Browser {
  private readonly cookies = new Map<string, string>();

  async go(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  }
}

describe("the demo agencies' OpenID Connect provider (oidc-provider): authorization code flow with PKCE", () => {
  let idp: RunningDevIdentityProvider;
  const demoDirectory = JSON.parse(
    interpolateEnv(readFileSync(join(__dirname, '..', 'federation.json'), 'utf8'), {}),
  ) as {
    agencies: { code: string; grantableRoles?: Role[]; identityProvider: IdentityProviderConfig }[];
  };

  beforeAll(async () => {
    // Its notices (Node.js 20 is below the runtime it supports; its store is in memory) are
    // for a developer starting it, not for this test's output.
    const notices = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      idp = await startDevIdentityProvider({ port: 0, accounts: DEV_ACCOUNTS });
    } finally {
      notices.mockRestore();
    }
    // The demo directory's entries, pointed at this provider.
    for (const code of ['CDAS', 'PROB']) {
      const entry = demoDirectory.agencies.find((a) => a.code === code)!;
      f.updateDirectoryEntry(code, {
        grantableRoles: [...DEFAULT_GRANTABLE_ROLES],
        identityProvider: { ...entry.identityProvider, issuer: idp.issuer, jwksUri: idp.jwksUri },
      });
    }
  });
  afterAll(() => idp?.close());

  /** Signs in at the provider as a browser would, and exchanges the code as the web app does. */
  async function signIn(login: string, password = DEV_IDP_PASSWORD) {
    const browser = new Browser();
    const verifier = randomBytes(32).toString('base64url');
    const redirectUri = DEV_IDP_REDIRECT_URIS[0];
    const state = randomUUID();
    const authorize = new URL('/auth', idp.issuer);
    authorize.search = new URLSearchParams({
      client_id: DEV_IDP_CLIENT_ID,
      response_type: 'code',
      redirect_uri: redirectUri,
      scope: 'openid profile agency',
      state,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    const toLogin = await browser.go(authorize);
    expect(toLogin.status).toBe(303);
    const interaction = new URL(toLogin.headers.get('location')!, idp.issuer);
    const form = await browser.go(interaction);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('name="password"');
    const submitted = await browser.go(`${interaction.href}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login, password }).toString(),
    });
    if (submitted.status !== 303) return { refused: submitted.status };
    const resumed = await browser.go(new URL(submitted.headers.get('location')!, idp.issuer));
    const callback = new URL(resumed.headers.get('location')!);
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('state')).toBe(state);
    const exchange = await fetch(new URL('/token', idp.issuer), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: new URL(redirectUri).origin,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code')!,
        redirect_uri: redirectUri,
        code_verifier: verifier,
        client_id: DEV_IDP_CLIENT_ID,
      }).toString(),
    });
    expect(exchange.status).toBe(200);
    // The web app calls the token endpoint from the browser: CORS for its origin.
    expect(exchange.headers.get('access-control-allow-origin')).toBe(new URL(redirectUri).origin);
    return (await exchange.json()) as { access_token: string; id_token: string };
  }

  it("signs Aoife in with the authorization code flow and PKCE, and the gateway accepts the provider's access token", async () => {
    const tokens = await signIn('aoife');
    if ('refused' in tokens) throw new Error(`sign-in refused (${tokens.refused})`);
    expect(decodeJwt(tokens.access_token)).toMatchObject({
      iss: idp.issuer,
      aud: 'icp-gateway',
      sub: DEMO.staff.aoife.id,
      agency: 'CDAS',
      groups: ['case-managers'],
    });
    const r = await f.query({ token: tokens.access_token }, ME);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({
      myStaffRecord: { id: DEMO.staff.aoife.id, name: DEMO.staff.aoife.name, role: 'CASE_MANAGER' },
    });
    // The ID token is for the web app (audience icp-web), not the gateway.
    expect((await f.query({ token: tokens.id_token }, ME)).status).toBe(401);
  });

  it("maps probation's group to its role, and keeps each agency to its own users on the shared provider", async () => {
    const tokens = await signIn('declan');
    if ('refused' in tokens) throw new Error(`sign-in refused (${tokens.refused})`);
    const r = await f.query({ token: tokens.access_token }, ME);
    expect(r.body.data).toEqual({
      myStaffRecord: {
        id: DEMO.staff.declan.id,
        name: DEMO.staff.declan.name,
        role: 'KEY_WORKER',
      },
    });
    // HSEM is not in this federation: Niamh signs in at the provider but the gateway has no
    // agency for her token's agency claim.
    const niamh = await signIn('niamh');
    if ('refused' in niamh) throw new Error(`sign-in refused (${niamh.refused})`);
    expect((await f.query({ token: niamh.access_token }, ME)).status).toBe(401);
  });

  it('signs a demo service user in at their lead agency, bound to their own record (ADR 0049)', async () => {
    const tokens = await signIn('jamie');
    if ('refused' in tokens) throw new Error(`sign-in refused (${tokens.refused})`);
    expect(decodeJwt(tokens.access_token)).toMatchObject({
      sub: DEMO.serviceUserAccounts.jamie.id,
      agency: 'CDAS',
      groups: ['service-users'],
      service_user_id: DEMO.serviceUsers.jamie.id,
    });
    // Accepted as a service user (this federation has no demo data: no record of his to read),
    // never as staff: no staff record is made for him and staff operations are refused.
    const own = await f.query({ token: tokens.access_token }, 'query { myOwnRecord { id } }');
    expect({ status: own.status, body: own.body }).toEqual({
      status: 200,
      body: { data: { myOwnRecord: null } },
    });
    const staff = await f.query({ token: tokens.access_token }, ME);
    expect(staff.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_FOR_SERVICE_USERS',
    });
  });

  it('refuses a wrong password at the sign-in page', async () => {
    expect(await signIn('aoife', 'not-the-password')).toEqual({ refused: 401 });
  });

  it("the demo directory maps every demo account to its demo role, within its agency's grantable roles", async () => {
    // The directory parses (with inline keys in place of the dev key files).
    const { publicKey } = await generateKeyPairJwk();
    const withKeys = {
      gateway: { publicKey },
      caseManagement: { url: 'http://127.0.0.1:4001/graphql', publicKey },
      agencies: demoDirectory.agencies.map((a) => ({ ...a, publicKey })),
    };
    const parsed = parseFederationConfig(withKeys, '.');
    for (const account of DEV_ACCOUNTS) {
      // A demo service user's account (ADR 0049) maps to SERVICE_USER at their lead agency.
      const staff = Object.values(DEMO.staff).find((s) => s.id === account.sub);
      const entry = parsed.agencies.find((a) => a.code === account.agency)!;
      const roles = mapProviderRoles(
        { sub: account.sub, agency: account.agency, groups: account.groups },
        entry.identityProvider!,
      ).filter((r) => entry.grantableRoles.includes(r));
      expect({ login: account.login, roles }).toEqual({
        login: account.login,
        roles: [staff ? staff.role : 'SERVICE_USER'],
      });
    }
  });
});

describe("a directory entry's identity provider is checked when the directory is read", () => {
  const entry = async (code: string, identityProvider: unknown) => ({
    code,
    name: `Agency ${code}`,
    kind: 'OTHER',
    url: 'http://127.0.0.1:9/graphql',
    publicKey: (await generateKeyPairJwk()).publicKey,
    identityProvider,
  });
  const directory = async (...agencies: unknown[]) => ({
    gateway: { publicKey: (await generateKeyPairJwk()).publicKey },
    caseManagement: { url: 'http://127.0.0.1:9/graphql' },
    agencies,
  });
  const idp = { issuer: ISSUER, jwksUri: `${ISSUER}/jwks` };

  it('refuses an unknown algorithm, a role map to no role, an unknown setting, or no JWKS address', async () => {
    for (const bad of [
      { ...idp, algorithms: ['HS256'] },
      { ...idp, algorithms: [] },
      { ...idp, claims: { roles: 'groups', roleMap: { admins: 'ROOT' } } },
      { ...idp, claims: { role: 'groups' } },
      { ...idp, jwks: 'x' },
      { issuer: ISSUER },
      { ...idp, jwksUri: 'not a url' },
    ]) {
      const raw = await directory(await entry('CDAS', bad));
      expect(() => parseFederationConfig(raw, '.')).toThrow(ConfigError);
    }
    const ok = await directory(await entry('CDAS', { ...idp, algorithms: ['ES256', 'EdDSA'] }));
    expect(parseFederationConfig(ok, '.').agencies[0]!.identityProvider).toMatchObject(idp);
  });

  it('lets agencies share a provider only when each names the claim that says whose user it is', async () => {
    const shared = (claims?: { agency: string; agencyValue?: string }) => ({
      ...idp,
      ...(claims ? { claims } : {}),
    });
    const unnamed = await directory(
      await entry('CDAS', shared()),
      await entry('PROB', shared({ agency: 'org' })),
    );
    expect(() => parseFederationConfig(unnamed, '.')).toThrow(
      /claims\.agency \(missing for CDAS\)/,
    );
    const same = await directory(
      await entry('CDAS', shared({ agency: 'org', agencyValue: 'x' })),
      await entry('PROB', shared({ agency: 'org', agencyValue: 'x' })),
    );
    expect(() => parseFederationConfig(same, '.')).toThrow(/same agency claim value/);
    const fine = await directory(
      await entry('CDAS', shared({ agency: 'org' })),
      await entry('PROB', shared({ agency: 'org' })),
    );
    expect(parseFederationConfig(fine, '.').agencies).toHaveLength(2);
  });
});
