/**
 * The app's runtime configuration, read once at start from /config.json. The server that serves
 * the build writes it from the federation directory (gateway/src/dev/web-app-config.ts), so one
 * build runs against any deployment: where the gateway is, and each agency's identity provider.
 */
export interface AgencySignIn {
  code: string;
  name: string;
  /** The agency's OpenID Connect issuer; absent: the agency signs in no one through the app. */
  issuer?: string;
  /** The web app's client id at that provider. */
  clientId?: string;
  /** Scopes to ask for; default `openid profile`. */
  scope?: string;
}

/** A demo account of the development identity provider (listed only in development). */
export interface DemoUser {
  login: string;
  name: string;
  agency: string;
  /** The role the directory maps the account's group to. */
  role: string;
}

export interface AppConfig {
  gatewayUrl: string;
  agencies: AgencySignIn[];
  demoUsers?: DemoUser[];
}

export async function loadConfig(): Promise<AppConfig> {
  const res = await fetch('/config.json', { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`The app's configuration could not be loaded (${res.status})`);
  return (await res.json()) as AppConfig;
}
