import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { AppConfig } from '../config';
import { completeSignIn, signedInAgency } from './auth';

/** Where the identity provider sends the browser back: exchanges the code for tokens. */
export function CallbackPage({ config }: { config: AppConfig }) {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // the code can be exchanged once (StrictMode runs effects twice)
    started.current = true;
    const agency = signedInAgency(config.agencies);
    if (!agency) return setError('No sign-in was started from this tab.');
    completeSignIn(agency).then(
      () => void navigate('/', { replace: true }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [config.agencies, navigate]);
  return (
    <main className="narrow">
      <h1>Signing in</h1>
      {error ? (
        <p role="alert">
          The sign-in did not complete: {error} <a href="/signin">Start again</a>
        </p>
      ) : (
        <p role="status">Completing your sign-in…</p>
      )}
    </main>
  );
}
