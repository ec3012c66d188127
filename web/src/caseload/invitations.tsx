import { useState } from 'react';
import { Button } from 'react-aria-components';
import {
  RespondToMeetingInvitationDocument,
  type AppCaseloadQuery,
  type MeetingResponse,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import type { ItemOf } from '../graphql/lists';
import { refusalOf } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { capitalised, formatTime, label } from '../ui/labels';

type Invitation = ItemOf<AppCaseloadQuery['myMeetingInvitations']>;

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

/** The meetings the agency is invited to, and its answer to each. */
export function Invitations({
  invitations,
  onChanged,
}: {
  invitations: Invitation[];
  onChanged: () => void;
}) {
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">Meeting invitations</h2>
      {invitations.length === 0 ? (
        <p className="none">None</p>
      ) : (
        <ul className="plain stack">
          {invitations.map((i) => (
            <li key={i.id} className="card">
              <h3>
                {capitalised(i.reason)} meeting, {formatTime(i.scheduledFor)}
              </h3>
              <p>
                {i.place}. {i.purpose}
              </p>
              <p>
                Answer: <strong>{label(i.response)}</strong> ({label(i.meetingStatus)})
              </p>
              {i.meetingStatus === 'SCHEDULED' && <Answer invitation={i} onDone={onChanged} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
