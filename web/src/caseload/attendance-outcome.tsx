import { Button } from 'react-aria-components';
import { AcknowledgeMeetingOutcomeDocument } from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf, type Problems } from '../graphql/problems';
import { FormMessage } from '../ui/form';
import { formatTime } from '../ui/labels';
import { Shown } from '../ui/shown';
import type { Invitation, OnChanged } from './attendance-types';

/**
 * After the meeting: its outcome as circulated to the agency (summary and decisions), and the
 * agency's acknowledgement of it.
 */
export function MeetingOutcome({
  invitation,
  problems,
  at,
  onChanged,
}: {
  invitation: Invitation;
  /** The problems of the query that read this invitation's page, and its place in that page. */
  problems: Problems;
  at: number;
  onChanged: OnChanged;
}) {
  const [result, acknowledge] = useTypedMutation(AcknowledgeMeetingOutcomeDocument);
  const circulation = invitation.circulation;
  const path = ['myMeetingInvitations', at] as const;
  if (!circulation?.circulatedAt && !problems.at(...path, 'circulation')) return null;
  const refused = refusalOf(result.error);
  return (
    <div>
      <h4>Outcome</h4>
      <p>
        <Shown value={invitation.outcomeSummary} problem={problems.at(...path, 'outcomeSummary')}>
          {(summary) => summary}
        </Shown>
      </p>
      <Shown
        value={invitation.outcomeDecisions}
        problem={problems.at(...path, 'outcomeDecisions')}
        none="No decisions recorded"
      >
        {(decisions) => (
          <ul aria-label="Decisions">
            {decisions.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </Shown>
      <p className="meta">
        Circulated on {formatTime(circulation?.circulatedAt)}
        {circulation?.acknowledgedAt
          ? `; your agency acknowledged it on ${formatTime(circulation.acknowledgedAt)}.`
          : '.'}
      </p>
      {circulation && !circulation.acknowledgedAt && (
        <Button
          className="button"
          onPress={() =>
            void acknowledge({ meetingId: invitation.meetingId ?? '' }).then(
              (r) => !r.error && onChanged(),
            )
          }
        >
          Acknowledge the outcome
        </Button>
      )}
      <FormMessage error={refused?.message} />
    </div>
  );
}
