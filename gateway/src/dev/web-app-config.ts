/**
 * What the web app is told at start (/config.json) and the Content-Security-Policy it is served
 * with, both from the federation directory: the gateway's address, each agency's identity
 * provider (issuer and the app's client id there) and, in development, the demo provider's users.
 * The app is built once and configured here, so one build serves any deployment (ADR 0043).
 */
export interface WebAgencySignIn {
  code: string;
  name: string;
  issuer?: string;
  clientId?: string;
  scope?: string;
}

export interface WebDemoUser {
  login: string;
  name: string;
  agency: string;
  role: string;
}

export interface WebAppConfig {
  gatewayUrl: string;
  agencies: WebAgencySignIn[];
  demoUsers?: WebDemoUser[];
}

interface RawIdentityProvider {
  issuer?: unknown;
  webClientId?: unknown;
  claims?: { roleMap?: Record<string, string> };
}
interface RawAgency {
  code: string;
  name?: string;
  identityProvider?: RawIdentityProvider;
}

/** The web app's client id at an agency's provider when its entry names none. */
export const DEFAULT_WEB_CLIENT_ID = 'icp-web';

/** A demo account of the development identity provider, as dev-identity-provider.ts lists it. */
export interface DemoAccount {
  login: string;
  name: string;
  agency: string;
  groups: readonly string[];
}

/**
 * The app's configuration from the directory's agencies. `demoAccounts` (development only) lists
 * the demo provider's users (staff and service users), each with the role its agency's roleMap
 * gives its group.
 */
export function webAppConfig(
  agencies: readonly RawAgency[],
  gatewayUrl: string,
  demoAccounts?: readonly DemoAccount[],
): WebAppConfig {
  const signIn = agencies.map((a): WebAgencySignIn => {
    const idp = a.identityProvider;
    const issuer = typeof idp?.issuer === 'string' ? idp.issuer : undefined;
    return {
      code: a.code,
      name: a.name ?? a.code,
      ...(issuer
        ? {
            issuer,
            clientId:
              typeof idp?.webClientId === 'string' ? idp.webClientId : DEFAULT_WEB_CLIENT_ID,
            scope: 'openid profile agency',
          }
        : {}),
    };
  });
  if (!demoAccounts) return { gatewayUrl, agencies: signIn };
  const demoUsers = demoAccounts.flatMap((u) => {
    const roleMap = agencies.find((a) => a.code === u.agency)?.identityProvider?.claims?.roleMap;
    const role = u.groups.map((g) => roleMap?.[g]).find(Boolean);
    return role ? [{ login: u.login, name: u.name, agency: u.agency, role }] : [];
  });
  return { gatewayUrl, agencies: signIn, demoUsers };
}

/**
 * The policy: scripts, styles, fonts and images only from the app's own origin (no inline code
 * but what carries this response's nonce: index.html's own tags and react-aria's one <style>),
 * requests only to the gateway and the agencies' identity providers (the code exchange), no
 * frames, no plugins, no base URL tricks, forms only to itself.
 */
export function webAppCsp(config: WebAppConfig, nonce?: string): string {
  const origins = new Set<string>([new URL(config.gatewayUrl).origin]);
  for (const a of config.agencies) if (a.issuer) origins.add(new URL(a.issuer).origin);
  const withNonce = nonce ? ` 'nonce-${nonce}'` : '';
  return [
    "default-src 'none'",
    `script-src 'self'${withNonce}`,
    `style-src 'self'${withNonce}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${[...origins].join(' ')}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "manifest-src 'self'",
  ].join('; ');
}
