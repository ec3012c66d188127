import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Problems } from '../graphql/problems';
import { ProblemText } from './shown';

/** Loading, or the request failing as a whole; else the page. */
export function QueryState({
  fetching,
  error,
  hasData,
  children,
}: {
  fetching: boolean;
  error: CombinedError | undefined;
  hasData: boolean;
  children: ReactNode;
}) {
  if (fetching && !hasData)
    return (
      <p role="status" className="loading">
        Loading…
      </p>
    );
  const general = new Problems(error).general;
  return (
    <>
      {general.map((p, i) => (
        <p key={i} role="alert" className="alert">
          <ProblemText problem={p} />
          {p.kind === 'error' && p.message ? `: ${p.message}` : ''}
        </p>
      ))}
      {hasData ? children : null}
    </>
  );
}
