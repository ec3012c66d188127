/**
 * The demo agencies' OpenID Connect provider, for development only: the `oidc-provider` package
 * (an OpenID Certified server) with the demo staff as its accounts, one public client for the
 * web app (authorization code flow with PKCE) and JWT access tokens for the gateway. The demo
 * directory (federation.json) names it as the identity provider of CDAS, PROB and HSEM, so the
 * gateway verifies its tokens as it would an agency's own provider's (ADR 0033).
 *
 * oidc-provider is published as ES modules only; this package compiles to CommonJS with
 * `"module": "Node16"`, under which TypeScript keeps `import()` as a real dynamic import (it
 * rewrites it to `require()` only under `"module": "CommonJS"`), so `await import('oidc-provider')`
 * below loads it from CommonJS on any supported Node.js, and under jest (which runs with
 * `--experimental-vm-modules`). See ADR 0033.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider' with {
  'resolution-mode': 'import',
};
// The demo fixtures alone, not @icp/shared's index (which loads the database layer).
import { DEMO } from '@icp/shared/dist/demo/demo-fixtures';
import { DEV_IDP_PASSWORD, loginPage, page, readForm } from './dev-identity-provider-pages';

/** The web app's client id at the demo provider. */
export const DEV_IDP_CLIENT_ID = 'icp-web';

/** The web app's development server's sign-in callbacks, always registered. */
export const DEV_IDP_REDIRECT_URIS = [
  'http://localhost:5173/callback',
  'http://127.0.0.1:5173/callback',
] as const;

/** The default issuer (and address) of the demo provider. */
export const DEV_IDP_ISSUER = 'http://127.0.0.1:4400';

/**
 * The resource indicator (RFC 8707) of the gateway at the demo provider: access tokens for it
 * are JWTs with audience `icp-gateway`, the audience the gateway expects by default. A client
 * need not send it: it is the default resource.
 */
export const DEV_IDP_RESOURCE = 'urn:icp:gateway';
export const DEV_IDP_AUDIENCE = 'icp-gateway';

export { DEV_IDP_PASSWORD } from './dev-identity-provider-pages';

/**
 * The group each demo staff member is in at the demo provider: names a real provider would use,
 * not this product's role names; federation.json maps them to roles per agency (`roleMap`).
 */
export const DEV_IDP_GROUPS = {
  aoife: 'case-managers',
  sean: 'team-leaders',
  declan: 'probation-officers',
  grainne: 'senior-probation-officers',
  niamh: 'key-workers',
  padraig: 'clinical-leads',
} as const satisfies Record<keyof typeof DEMO.staff, string>;

export interface DevAccount {
  /** What the user types to sign in: the short name (`aoife`); the user id works too. */
  login: string;
  /** The `sub` claim: the staff id at the agency (`cdas-aoife`). */
  sub: string;
  name: string;
  /** The `agency` claim: the agency code. */
  agency: string;
  /** The `groups` claim. */
  groups: string[];
  /**
   * A service user's account (ADR 0049): the `service_user_id` claim binding it to their record;
   * their group is DEV_IDP_SERVICE_USER_GROUP. Absent for staff.
   */
  serviceUserId?: string;
}

/** The group of the demo service users' accounts; federation.json maps it to SERVICE_USER. */
export const DEV_IDP_SERVICE_USER_GROUP = 'service-users';

/**
 * The demo staff (DEMO.staff) as accounts of the demo provider, then the demo service users'
 * own accounts at their lead agency (DEMO.serviceUserAccounts; login `jamie`, `chloe`, `alex`).
 */
export const DEV_ACCOUNTS: readonly DevAccount[] = [
  ...Object.entries(DEMO.staff).map(([login, s]) => ({
    login,
    sub: s.id,
    name: s.name,
    agency: s.agencyCode,
    groups: [DEV_IDP_GROUPS[login as keyof typeof DEV_IDP_GROUPS]],
  })),
  ...Object.entries(DEMO.serviceUserAccounts).map(([login, a]) => ({
    login,
    sub: a.id,
    name: a.name,
    agency: a.agencyCode,
    groups: [DEV_IDP_SERVICE_USER_GROUP],
    serviceUserId: DEMO.serviceUsers[a.serviceUser].id,
  })),
];

export interface DevIdentityProviderOptions {
  /** default DEV_IDP_ISSUER; the provider listens on its host and port unless `port` is given */
  issuer?: string;
  /** default: the issuer's port; 0 picks a free one (the issuer then names the port chosen) */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** Redirect URIs registered beside DEV_IDP_REDIRECT_URIS (e.g. a browser test's). */
  redirectUris?: readonly string[];
  /**
   * The provider's signing keys (private JWKs). Default: read from `keysFile` when it exists,
   * else one RS256 key made now (and written to `keysFile` when given).
   */
  keys?: JWK[];
  keysFile?: string;
  /** default DEV_ACCOUNTS */
  accounts?: readonly DevAccount[];
  /** Lifetime of access and ID tokens; default 3600 s. */
  tokenTtlSeconds?: number;
}

export interface RunningDevIdentityProvider {
  /** The issuer identifier (the `iss` of its tokens) and base URL. */
  issuer: string;
  /** Where it publishes its public keys. */
  jwksUri: string;
  close(): Promise<void>;
}

/** A new RS256 signing key as a private JWK with its thumbprint as `kid`. */
export async function generateProviderKey(): Promise<JWK> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey));
  return { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}

async function providerKeys(o: DevIdentityProviderOptions): Promise<JWK[]> {
  if (o.keys) return o.keys;
  if (o.keysFile && existsSync(o.keysFile))
    return (JSON.parse(readFileSync(o.keysFile, 'utf8')) as { keys: JWK[] }).keys;
  const keys = [await generateProviderKey()];
  if (o.keysFile) {
    mkdirSync(dirname(o.keysFile), { recursive: true });
    writeFileSync(o.keysFile, JSON.stringify({ keys }, null, 2), { mode: 0o600 });
  }
  return keys;
}

/**
 * Starts the demo provider. Its endpoints are oidc-provider's (discovery at
 * /.well-known/openid-configuration, /auth, /token, /jwks, /me, /session/end), plus the sign-in
 * pages at /interaction/:uid and GET /health.
 */
export async function startDevIdentityProvider(
  o: DevIdentityProviderOptions = {},
): Promise<RunningDevIdentityProvider> {
  const { default: Provider, errors } = await import('oidc-provider');
  const configured = new URL(o.issuer ?? DEV_IDP_ISSUER);
  const host = o.host ?? '127.0.0.1';
  const accounts = o.accounts ?? DEV_ACCOUNTS;
  const byLogin = new Map<string, DevAccount>();
  for (const a of accounts) byLogin.set(a.login, a).set(a.sub, a);
  const bySub = new Map(accounts.map((a) => [a.sub, a]));
  const ttl = o.tokenTtlSeconds ?? 3600;
  const redirectUris = [...new Set([...DEV_IDP_REDIRECT_URIS, ...(o.redirectUris ?? [])])];
  const redirectOrigins = [...new Set(redirectUris.map((u) => new URL(u).origin))];
  const keys = await providerKeys(o);

  // Listen first, so that an issuer on port 0 can name the port it got.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? Number(configured.port || 80), host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  if (configured.port === '0' || o.port === 0) configured.port = String(port);
  const issuer = configured.origin;

  const claimsOf = (a: DevAccount) => ({
    name: a.name,
    agency: a.agency,
    groups: a.groups,
    ...(a.serviceUserId ? { service_user_id: a.serviceUserId } : {}),
  });
  const configuration: Configuration = {
    clients: [
      {
        client_id: DEV_IDP_CLIENT_ID,
        client_name: 'Interagency Care Plan (web app, development)',
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: redirectUris,
        post_logout_redirect_uris: [...new Set(redirectUris.map((u) => `${new URL(u).origin}/`))],
      },
    ],
    jwks: { keys },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    findAccount: (_ctx, sub) => {
      const account = bySub.get(sub);
      return account
        ? { accountId: sub, claims: () => ({ sub, ...claimsOf(account) }) }
        : undefined;
    },
    scopes: ['openid', 'profile', 'agency'],
    claims: {
      openid: ['sub'],
      profile: ['name'],
      agency: ['agency', 'groups', 'service_user_id'],
    },
    // The ID token carries the claims of the scopes asked for, as well as /me does.
    conformIdTokenClaims: false,
    // Access tokens for the gateway carry the same claims: the gateway reads only the token.
    extraTokenClaims: (_ctx, token) => {
      const account =
        token.kind === 'AccessToken' && token.accountId ? bySub.get(token.accountId) : undefined;
      return account ? claimsOf(account) : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => DEV_IDP_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== DEV_IDP_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: 'care-plan',
            audience: DEV_IDP_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: ttl,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // The web app is the federation's own: its users are not asked to consent to it.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { oidc } = ctx;
      const clientId = oidc.client!.clientId;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session!.grantIdFor(clientId);
      if (grantId) {
        const existing = await oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new oidc.provider.Grant({ clientId, accountId: oidc.session!.accountId! });
      grant.addOIDCScope('openid profile agency');
      grant.addResourceScope(DEV_IDP_RESOURCE, 'care-plan');
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris?.some((u) => new URL(u).origin === origin) ?? false,
    ttl: {
      AccessToken: ttl,
      IdToken: ttl,
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, action: string) {
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET' && !action) {
        if (details.prompt.name === 'login') {
          const hint = details.params.login_hint;
          return loginPage(
            res,
            details.uid,
            accounts,
            undefined,
            typeof hint === 'string' ? hint : '',
            redirectOrigins,
          );
        }
        // loadExistingGrant grants the web app everything, so no consent is ever asked.
        return page(res, 400, 'Cannot continue', '<p>This sign-in cannot continue.</p>');
      }
      if (req.method === 'POST' && action === '/login') {
        const form = await readForm(req);
        const account = byLogin.get(form.get('login')?.trim() ?? '');
        if (!account || form.get('password') !== DEV_IDP_PASSWORD)
          return loginPage(
            res,
            details.uid,
            accounts,
            'Unknown username or wrong password.',
            form.get('login') ?? '',
            redirectOrigins,
          );
        return await provider.interactionFinished(
          req,
          res,
          { login: { accountId: account.sub } },
          { mergeWithLastSubmission: false },
        );
      }
      if (req.method === 'GET' && action === '/abort') {
        return await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'The user cancelled the sign-in' },
          { mergeWithLastSubmission: false },
        );
      }
      return page(res, 404, 'Not found', '<p>Not found.</p>');
    } catch (error) {
      if (error instanceof errors.SessionNotFound)
        return page(
          res,
          400,
          'Sign-in expired',
          '<p>This sign-in has expired or was already used; start again from the app.</p>',
        );
      throw error;
    }
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (path === '/health' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ status: 'ok', service: 'dev-identity-provider' }));
    }
    const match = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(path);
    if (!match) return void callback(req, res);
    interaction(req, res, match[2] ?? '').catch(() => {
      if (!res.headersSent) page(res, 500, 'Error', '<p>Something went wrong.</p>');
      else res.end();
    });
  });

  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
