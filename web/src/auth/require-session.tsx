import { useCallback, useEffect, useMemo, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Provider } from 'urql';
import type { User } from 'oidc-client-ts';
import type { AppConfig } from '../config';
import { createGraphqlClient } from '../graphql/client';
import { currentUser, signOut, signedInAgency } from './auth';
import { SessionContext, type Session } from './session';

/** The signed-in pages: a session and a GraphQL client with its token, or the sign-in page. */
export function RequireSession({ config }: { config: AppConfig }) {
  const agency = signedInAgency(config.agencies);
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const location = useLocation();
  useEffect(() => {
    currentUser(agency).then(setUser, () => setUser(null));
  }, [agency]);
  const end = useCallback(() => {
    if (agency) void signOut(agency);
  }, [agency]);
  const client = useMemo(
    () =>
      user
        ? createGraphqlClient({
            url: config.gatewayUrl,
            token: () => user.access_token,
            onUnauthenticated: () => setUser(null),
          })
        : null,
    [config.gatewayUrl, user],
  );
  if (user === undefined)
    return (
      <p role="status" className="loading">
        Loading…
      </p>
    );
  if (!user || !agency || !client)
    return <Navigate to="/signin" replace state={{ from: location.pathname }} />;
  const session: Session = {
    config,
    agency,
    userId: user.profile.sub,
    name: typeof user.profile.name === 'string' ? user.profile.name : user.profile.sub,
    accessToken: user.access_token,
    signOut: end,
  };
  return (
    <SessionContext.Provider value={session}>
      <Provider value={client}>
        <Outlet />
      </Provider>
    </SessionContext.Provider>
  );
}
