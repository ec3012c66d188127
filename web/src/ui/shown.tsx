import type { ReactNode } from 'react';
import { useAgencyName } from '../auth/session';
import type { Problem } from '../graphql/problems';
import { categoryLabel } from './labels';

/** The words in place of a value the API did not give: each reason looks different. */
export function ProblemText({ problem }: { problem: Problem }) {
  const agencyName = useAgencyName();
  switch (problem.kind) {
    case 'withheld':
      return (
        <span className="withheld" data-category={problem.category}>
          Not shared under this person's consent ({categoryLabel(problem.category)})
        </span>
      );
    case 'unchecked':
      return (
        <span className="unavailable">
          Can't be shown right now ({categoryLabel(problem.category)}): try again later
        </span>
      );
    case 'agency-unavailable':
      return (
        <span className="unavailable" data-agency={problem.agencyCode}>
          {agencyName(problem.agencyCode)} can't be reached right now. Try again later.
        </span>
      );
    case 'agency-unknown':
      return (
        <span className="unavailable">
          {problem.agencyCode ?? 'This agency'} is no longer in the federation
        </span>
      );
    case 'audit-unavailable':
      return (
        <span className="unavailable">
          Withheld for now: the disclosure could not be recorded. Try again later.
        </span>
      );
    case 'service-unavailable':
      return <span className="unavailable">Case records can't be reached right now.</span>;
    case 'error':
      return <span className="error-text">Something went wrong ({problem.code})</span>;
  }
}

interface ShownProps<T> {
  value: T | null | undefined;
  problem: Problem | undefined;
  /** What an empty value means here; default "None recorded". */
  none?: ReactNode;
  children: (value: T) => ReactNode;
}

/**
 * A value, or why it is not shown: withheld by consent, an agency not answering, or simply none
 * recorded. The three never look alike (docs/errors.md).
 */
export function Shown<T>({ value, problem, none, children }: ShownProps<T>) {
  if (problem && (value === null || value === undefined)) return <ProblemText problem={problem} />;
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
    return <span className="none">{none ?? 'None recorded'}</span>;
  return <>{children(value)}</>;
}
