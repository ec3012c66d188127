import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  DecideMeetingAttendanceDocument,
  RequestMeetingAttendanceDocument,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf, type Problem } from '../graphql/problems';
import { FormMessage, TextInput } from '../ui/form';
import { formatTime } from '../ui/labels';
import { Opens } from '../ui/opens';
import { ProblemText } from '../ui/shown';
import type { Me, MeetingWork, OnChanged } from './attendance-types';

type Request = NonNullable<MeetingWork['requests']>[number];

const STATUS: Record<string, string> = {
  PENDING: 'waiting for the supervisor',
  APPROVED: 'approved',
  REFUSED: 'refused',
};

/** A key worker asks their supervisor's permission to attend, with a note. */
function AskPermission({ meetingId, onChanged }: { meetingId: string; onChanged: OnChanged }) {
  const [result, ask] = useTypedMutation(RequestMeetingAttendanceDocument);
  const [note, setNote] = useState('');
  const refused = refusalOf(result.error);
  return (
    <Form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void ask({ meetingId, note }).then((r) => !r.error && onChanged());
      }}
    >
      <TextInput
        label="Note for your supervisor"
        value={note}
        onChange={setNote}
        multiline
        error={refused?.fields.note}
      />
      <FormMessage
        error={refused && !Object.keys(refused.fields).length ? refused.message : undefined}
      />
      <Button className="button" type="submit">
        Send the request
      </Button>
    </Form>
  );
}

/**
 * The supervisor approves, or refuses with a reason (a written report is then due): in the list
 * of requests waiting for their decision (attendance-to-decide.tsx).
 */
export function Decide({ request, onChanged }: { request: { id: string }; onChanged: OnChanged }) {
  const [result, decide] = useTypedMutation(DecideMeetingAttendanceDocument);
  const [reason, setReason] = useState('');
  const refused = refusalOf(result.error);
  const send = (approve: boolean) =>
    void decide({ requestId: request.id, approve, reason }).then((r) => !r.error && onChanged());
  return (
    <div className="inline-form">
      <TextInput
        label="Reason (needed to refuse)"
        value={reason}
        onChange={setReason}
        error={refused?.fields.reason}
      />
      <Button className="button" onPress={() => send(true)}>
        Approve
      </Button>
      <Button className="button secondary" isDisabled={!reason.trim()} onPress={() => send(false)}>
        Refuse
      </Button>
      <FormMessage
        error={refused && !Object.keys(refused.fields).length ? refused.message : undefined}
      />
    </div>
  );
}

/**
 * Permission to attend ("Key Workers should seek permission to attend case meeting from their
 * supervisor"): the agency's requests with their status, and the key worker's own request. The
 * supervisor decides in the list of requests waiting for their decision (attendance-to-decide.tsx).
 */
export function AttendanceRequests({
  meetingId,
  requests,
  problem,
  me,
  open,
  onChanged,
}: {
  meetingId: string;
  requests: readonly Request[];
  problem: Problem | undefined;
  me: Me;
  /** Whether the meeting is still to be held: requests are made and decided only then. */
  open: boolean;
  onChanged: OnChanged;
}) {
  const asked = requests.some((r) => r.keyWorker?.id === me?.id && r.status !== 'REFUSED');
  const mayAsk = open && !!me && me.role !== 'SUPERVISOR' && !asked;
  if (!open && !requests.length && !problem) return null;
  return (
    <div>
      <h4>Permission to attend</h4>
      {problem && !requests.length ? (
        <ProblemText problem={problem} />
      ) : requests.length === 0 ? (
        <p className="none">No one has asked to attend.</p>
      ) : (
        <ul className="plain stack">
          {requests.map((r) => (
            <li key={r.id}>
              {r.keyWorker?.name ?? 'A key worker'} asked on {formatTime(r.requestedAt)}:{' '}
              <strong>{STATUS[r.status ?? ''] ?? r.status}</strong>
              {r.decidedAt ? ` on ${formatTime(r.decidedAt)}` : ''}
              {r.refusalReason ? `. Reason: ${r.refusalReason}` : ''}
              {r.note ? <p className="meta">Note: {r.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {mayAsk && (
        <Opens label="Ask your supervisor's permission to attend">
          {() => <AskPermission meetingId={meetingId} onChanged={onChanged} />}
        </Opens>
      )}
    </div>
  );
}
