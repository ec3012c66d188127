import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  AppAttendanceNameSubstituteDocument,
  AppAttendanceStaffDocument,
} from '../graphql/generated/graphql';
import { useTypedMutation, useTypedQuery } from '../graphql/hooks';
import { refusalOf, type Problem } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { formatTime } from '../ui/labels';
import { Opens } from '../ui/opens';
import { ProblemText } from '../ui/shown';
import type { Me, MeetingWork, OnChanged } from './attendance-types';

type Substitute = NonNullable<MeetingWork['substitute']>;

/** Names one of the agency's staff, read once the form is opened, with the handover. */
function NameSubstitute({
  meetingId,
  me,
  onChanged,
}: {
  meetingId: string;
  me: Me;
  onChanged: OnChanged;
}) {
  const [staff] = useTypedQuery(AppAttendanceStaffDocument, {});
  const [result, name] = useTypedMutation(AppAttendanceNameSubstituteDocument);
  const [who, setWho] = useState<string | null>(null);
  const [handover, setHandover] = useState('');
  const refused = refusalOf(result.error ?? staff.error);
  const fields = refused?.fields ?? {};
  if (!staff.data)
    return staff.error ? (
      <FormMessage error={refused?.message} />
    ) : (
      <p role="status" className="loading">
        Loading…
      </p>
    );
  const options = staff.data.keyWorkers
    .filter((k) => k.id !== me?.id)
    .map((k) => ({ id: k.id, name: k.name }));
  return (
    <Form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (who)
          void name({ meetingId, substituteKeyWorkerId: who, handoverNote: handover }).then(
            (r) => !r.error && onChanged(),
          );
      }}
    >
      <Choice
        label="Who attends instead"
        value={who}
        onChange={setWho}
        options={options}
        error={fields.substituteKeyWorkerId}
      />
      <TextInput
        label="Case information handed over"
        value={handover}
        onChange={setHandover}
        multiline
        isRequired
        error={fields.handoverNote}
      />
      <FormMessage error={refused && !Object.keys(fields).length ? refused.message : undefined} />
      <Button className="button" type="submit" isDisabled={!who || !handover.trim()}>
        Name the substitute
      </Button>
    </Form>
  );
}

/**
 * A substitute for the key worker who is not available, with the case information handed over
 * ("all efforts should be made to hand over case information to the worker attending").
 */
export function MeetingSubstitute({
  meetingId,
  substitute,
  problem,
  me,
  open,
  onChanged,
}: {
  meetingId: string;
  substitute: Substitute | null | undefined;
  problem: Problem | undefined;
  me: Me;
  open: boolean;
  onChanged: OnChanged;
}) {
  return (
    <div>
      {(substitute || problem) && <h4>Substitute</h4>}
      {problem && !substitute ? (
        <ProblemText problem={problem} />
      ) : substitute ? (
        <p>
          <strong>{substitute.substitute?.name ?? 'A colleague'}</strong> attends in your agency's
          place (named on {formatTime(substitute.namedAt)}).
          {substitute.handoverNote ? (
            <span className="meta"> Handed over: {substitute.handoverNote}</span>
          ) : null}
        </p>
      ) : null}
      {open && (
        <Opens
          label={substitute ? 'Name a different substitute' : 'Name a substitute to attend instead'}
        >
          {(close) => (
            <NameSubstitute
              meetingId={meetingId}
              me={me}
              onChanged={() => {
                close();
                onChanged();
              }}
            />
          )}
        </Opens>
      )}
    </div>
  );
}
