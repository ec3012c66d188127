import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { AgencySignIn } from '../config';

const AGENCY_KEY = 'icp.signin.agency';

/**
 * A client of the agency's identity provider: authorization code flow with PKCE (oidc-client-ts
 * always uses it for `code`). The session lives in sessionStorage: it ends with the tab, and is
 * never shared with another tab or kept on the device.
 */
export function userManagerFor(agency: AgencySignIn): UserManager {
  if (!agency.issuer || !agency.clientId)
    throw new Error(`${agency.name} does not sign its staff in through this app`);
  const store = new WebStorageStateStore({ store: window.sessionStorage });
  return new UserManager({
    authority: agency.issuer,
    client_id: agency.clientId,
    redirect_uri: `${window.location.origin}/callback`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: agency.scope ?? 'openid profile',
    loadUserInfo: false,
    userStore: store,
    stateStore: store,
    automaticSilentRenew: false,
  });
}

/** Sends the browser to the agency's provider; `loginHint` pre-fills the username there. */
export async function signIn(agency: AgencySignIn, loginHint?: string): Promise<void> {
  sessionStorage.setItem(AGENCY_KEY, agency.code);
  await userManagerFor(agency).signinRedirect(loginHint ? { login_hint: loginHint } : undefined);
}

/** The agency the current (or pending) sign-in is with. */
export function signedInAgency(agencies: readonly AgencySignIn[]): AgencySignIn | undefined {
  const code = sessionStorage.getItem(AGENCY_KEY);
  return agencies.find((a) => a.code === code);
}

/** Completes the sign-in on /callback. */
export async function completeSignIn(agency: AgencySignIn): Promise<User> {
  return userManagerFor(agency).signinRedirectCallback();
}

export async function currentUser(agency: AgencySignIn | undefined): Promise<User | null> {
  if (!agency) return null;
  const user = await userManagerFor(agency).getUser();
  return user && !user.expired ? user : null;
}

/** Forgets the session here and ends it at the provider. */
export async function signOut(agency: AgencySignIn): Promise<void> {
  const manager = userManagerFor(agency);
  const user = await manager.getUser();
  await manager.removeUser();
  sessionStorage.removeItem(AGENCY_KEY);
  if (user?.id_token) await manager.signoutRedirect({ id_token_hint: user.id_token });
  else window.location.assign('/');
}
