import { Suspense } from 'react';
import { Button } from 'react-aria-components';
import { NavLink, Outlet } from 'react-router';
import { useSession } from '../auth/session';
import { AppMeDocument } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';

/** Every signed-in page: a skip link, who is signed in, the main places, and the page. */
export function Shell() {
  const session = useSession();
  const [{ data }] = useTypedQuery(AppMeDocument, {});
  const serviceUser = !!data?.myOwnRecord;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <p className="app-name">Interagency Care Plan</p>
        <nav aria-label="Main">
          {serviceUser ? (
            <ul className="plain nav">
              <li>
                <NavLink to="/me">My plan</NavLink>
              </li>
            </ul>
          ) : (
            <ul className="plain nav">
              <li>
                <NavLink to="/worklist">Worklist</NavLink>
              </li>
              <li>
                <NavLink to="/cases">My cases</NavLink>
              </li>
              <li>
                <NavLink to="/caseload">Caseload</NavLink>
              </li>
            </ul>
          )}
        </nav>
        <div className="who">
          <span>
            {session.name}, {session.agency.name}
          </span>
          <Button className="button secondary" onPress={session.signOut}>
            Sign out
          </Button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense
          fallback={
            <p role="status" className="loading">
              Loading…
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
