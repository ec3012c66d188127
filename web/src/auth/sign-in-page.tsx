import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { AgencySignIn, AppConfig, DemoUser } from '../config';
import { capitalised, label } from '../ui/labels';
import { signIn } from './auth';

/**
 * Sign in through your own agency's identity provider. In development the demo agencies share
 * one provider, and its demo users are listed here: choosing one opens that provider's sign-in
 * page with the username filled in (the password is still asked there; no token is ever pasted).
 */
export function SignInPage({ config }: { config: AppConfig }) {
  const [error, setError] = useState<string>();
  const agencies = config.agencies.filter((a) => a.issuer && a.clientId);
  const go = (agency: AgencySignIn, login?: string) =>
    signIn(agency, login).catch((e: unknown) =>
      setError(
        `${agency.name}'s sign-in service can't be reached right now (${
          e instanceof Error ? e.message : String(e)
        }). Try again later.`,
      ),
    );
  return (
    <main className="narrow" id="main">
      <h1>Interagency Care Plan</h1>
      <p>Sign in through your agency.</p>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <ul className="plain stack">
        {agencies.map((a) => (
          <li key={a.code}>
            <Button className="button" onPress={() => void go(a)}>
              Sign in with {a.name}
            </Button>
          </li>
        ))}
      </ul>
      {config.demoUsers?.length ? (
        <DemoUsers config={config} users={config.demoUsers} go={go} />
      ) : null}
    </main>
  );
}

/** The roles in the order a demo is shown in, each group's heading in plain words. */
const ROLE_GROUPS: Record<string, string> = {
  CASE_MANAGER: 'Case managers',
  KEY_WORKER: 'Key workers',
  SUPERVISOR: 'Supervisors',
  AGENCY_ADMIN: 'Agency administrators',
  SERVICE_USER: 'Service users (see their own plan)',
};
const roleRank = (role: string) => {
  const i = Object.keys(ROLE_GROUPS).indexOf(role);
  return i < 0 ? Object.keys(ROLE_GROUPS).length : i;
};

/** The demo users of each agency, grouped by role; a service user lands on their own plan. */
function DemoUsers({
  config,
  users,
  go,
}: {
  config: AppConfig;
  users: DemoUser[];
  go: (agency: AgencySignIn, login?: string) => Promise<void>;
}) {
  return (
    <section aria-labelledby="demo-users">
      <h2 id="demo-users">Demo users (development only)</h2>
      <p>
        Each signs in at the demo agencies' identity provider with the password <code>demo</code>.
      </p>
      {config.agencies.map((agency) => {
        const ofAgency = users.filter((u) => u.agency === agency.code);
        if (!ofAgency.length || !agency.issuer) return null;
        const roles = [...new Set(ofAgency.map((u) => u.role))].sort(
          (a, b) => roleRank(a) - roleRank(b) || a.localeCompare(b),
        );
        return (
          <section key={agency.code} aria-labelledby={`agency-${agency.code}`}>
            <h3 id={`agency-${agency.code}`}>{agency.name}</h3>
            {roles.map((role) => (
              <div key={role}>
                <h4>{ROLE_GROUPS[role] ?? capitalised(role)}</h4>
                <ul className="plain stack">
                  {ofAgency
                    .filter((u) => u.role === role)
                    .map((u) => (
                      <li key={u.login}>
                        <Button
                          className="button secondary"
                          onPress={() => void go(agency, u.login)}
                        >
                          Sign in as {u.name} ({label(u.role)})
                        </Button>
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </section>
  );
}
