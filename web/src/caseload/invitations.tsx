import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import type { CombinedError } from 'urql';
import {
  MeDocument,
  MyMeetingInvitationsDocument,
  RespondToMeetingInvitationDocument,
  type MeetingResponse,
  type MyMeetingInvitationsQuery,
} from '../graphql/generated/graphql';
import { useTypedMutation, useTypedQuery } from '../graphql/hooks';
import { mapConnection, usePaged } from '../graphql/paging';
import { Problems, refusalOf } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { capitalised, formatTime, label } from '../ui/labels';
import { LoadMore } from '../ui/load-more';
import { QueryState } from '../ui/query-state';
import { MeetingOutcome } from './attendance-outcome';
import type { Invitation } from './attendance-types';
import { AttendanceWork } from './attendance-work';

const RESPONSES: { id: MeetingResponse; name: string }[] = [
  { id: 'ATTENDING', name: 'We will attend' },
  { id: 'APOLOGIES_WITH_REPORT', name: 'Apologies: we will send a written report' },
  { id: 'SUBSTITUTE', name: 'A substitute will attend' },
];

function Answer({ invitation, onDone }: { invitation: Invitation; onDone: () => void }) {
  const [result, respond] = useTypedMutation(RespondToMeetingInvitationDocument);
  const [response, setResponse] = useState<MeetingResponse | null>(null);
  const [substitute, setSubstitute] = useState('');
  const refused = refusalOf(result.error);
  return (
    <div className="inline-form">
      <Choice
        label="Your agency's answer"
        value={response}
        onChange={setResponse}
        options={RESPONSES}
      />
      {response === 'SUBSTITUTE' && (
        <TextInput
          label="Substitute's name"
          value={substitute}
          onChange={setSubstitute}
          error={refused?.fields.substituteName}
        />
      )}
      <Button
        className="button"
        isDisabled={!response}
        onPress={() =>
          response &&
          void respond({
            input: {
              meetingId: invitation.meetingId ?? '',
              response,
              ...(response === 'SUBSTITUTE' ? { substituteName: substitute } : {}),
            },
          }).then((r) => !r.error && onDone())
        }
      >
        Answer
      </Button>
      <FormMessage
        error={refused && !Object.keys(refused.fields).length ? refused.message : undefined}
      />
    </div>
  );
}

const PAGE_SIZE = 50;

/**
 * An invitation with the problems of the query that read its page and its place in that page:
 * MeetingOutcome finds its fields' problems at `myMeetingInvitations.<at>` of that query's errors,
 * so an item of a later page is never matched against the first page's errors, nor the reverse.
 */
interface Placed {
  id: string;
  invitation: Invitation;
  problems: Problems;
  at: number;
}

const placed = (
  page: MyMeetingInvitationsQuery['myMeetingInvitations'] | undefined,
  error: CombinedError | undefined,
) => {
  const problems = new Problems(error);
  return mapConnection(page, (invitation, at): Placed => ({
    id: invitation.id,
    invitation,
    problems,
    at,
  }));
};

/**
 * The meetings the agency is invited to: its answer to each; what it does towards it (permission
 * to attend, a written report, a substitute: attendance-work.tsx); and, once held, the outcome.
 */
export function Invitations({ onChanged }: { onChanged: () => void }) {
  const [{ data, fetching, error }, reload] = useTypedQuery(MyMeetingInvitationsDocument, {
    first: PAGE_SIZE,
  });
  const [mine] = useTypedQuery(MeDocument, {});
  // The first page from this query; "Load more" asks the same query for the pages after it.
  const first = useMemo(() => placed(data?.myMeetingInvitations, error), [data, error]);
  const paged = usePaged(first, {
    query: MyMeetingInvitationsDocument,
    variables: { first: PAGE_SIZE },
    connection: (d, e) => placed(d.myMeetingInvitations, e),
  });
  const invitations = paged.items;
  const me = mine.data?.myStaffRecord ?? null;
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">Meeting invitations</h2>
      {me?.role === 'SUPERVISOR' && (
        <p>
          Your key workers' requests to attend are under each meeting; you decide them in "Requests
          to attend meetings waiting for your decision".
        </p>
      )}
      <QueryState fetching={fetching} error={error} hasData={!!data}>
        {invitations.length === 0 ? (
          <p className="none">None</p>
        ) : (
          <ul className="plain stack">
            {invitations.map(({ invitation: i, problems, at }) => (
              <li key={i.id} className="card" aria-labelledby={`inv-${i.id}`}>
                <h3 id={`inv-${i.id}`}>
                  {capitalised(i.reason)} meeting, {formatTime(i.scheduledFor)}
                </h3>
                <p>
                  {i.place}. {i.purpose}
                </p>
                <p>
                  Answer: <strong>{label(i.response)}</strong> ({label(i.meetingStatus)})
                  {i.substituteName ? `: ${i.substituteName} attends` : ''}
                </p>
                {i.meetingStatus === 'SCHEDULED' && <Answer invitation={i} onDone={changed} />}
                <AttendanceWork invitation={i} me={me} onChanged={changed} />
                <MeetingOutcome invitation={i} problems={problems} at={at} onChanged={changed} />
              </li>
            ))}
          </ul>
        )}
        <LoadMore paged={paged} what="meeting invitations" />
      </QueryState>
    </section>
  );
}
