import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  AcceptActionDocument,
  DeclineActionDocument,
  RecordProgressNoteDocument,
  UpdateDeliveryStatusDocument,
  type DeliveryStatus,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { capitalised } from '../ui/labels';

/** Where a delivery may go from its status (docs/api-guide.md, delivery statuses). */
const NEXT: Record<string, DeliveryStatus[]> = {
  ACCEPTED: ['IN_PROGRESS', 'BLOCKED'],
  IN_PROGRESS: ['BLOCKED'],
  BLOCKED: ['IN_PROGRESS'],
};

/** What the responsible agency's key worker does with an action: accept or decline, update, note. */
export function DeliveryControls({
  actionId,
  status,
  onChanged,
}: {
  actionId: string;
  status: string;
  onChanged: () => void;
}) {
  const [accept, doAccept] = useTypedMutation(AcceptActionDocument);
  const [decline, doDecline] = useTypedMutation(DeclineActionDocument);
  const [update, doUpdate] = useTypedMutation(UpdateDeliveryStatusDocument);
  const [note, doNote] = useTypedMutation(RecordProgressNoteDocument);
  const [reason, setReason] = useState('');
  const [noteText, setNoteText] = useState('');
  const [next, setNext] = useState<DeliveryStatus | null>(null);
  const [done, setDone] = useState<string>();
  const refused = refusalOf(accept.error ?? decline.error ?? update.error ?? note.error);
  const after = (ok: string) => (r: { error?: unknown }) => {
    if (!r.error) {
      setDone(ok);
      onChanged();
    }
  };
  const finished = ['DECLINED', 'COMPLETED', 'NOT_COMPLETED'].includes(status);
  return (
    <div className="controls" aria-label="Your agency's delivery">
      {status === 'PENDING' && (
        <Form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void doDecline({ actionId, reason }).then(after('Declined'));
          }}
        >
          <Button
            className="button"
            onPress={() => void doAccept({ actionId }).then(after('Accepted'))}
          >
            Accept
          </Button>
          <TextInput
            label="Reason for declining"
            value={reason}
            onChange={setReason}
            error={refused?.fields.reason}
          />
          <Button className="button secondary" type="submit" isDisabled={!reason.trim()}>
            Decline
          </Button>
        </Form>
      )}
      {NEXT[status] && (
        <div className="inline-form">
          <Choice
            label="Change status to"
            value={next}
            onChange={setNext}
            options={(NEXT[status] ?? []).map((s) => ({ id: s, name: capitalised(s) }))}
          />
          <Button
            className="button secondary"
            isDisabled={!next}
            onPress={() =>
              next && void doUpdate({ actionId, status: next }).then(after('Status changed'))
            }
          >
            Change status
          </Button>
        </div>
      )}
      {!finished && status !== 'PENDING' && (
        <Form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void doNote({ actionId, body: noteText }).then((r) => {
              if (!r.error) setNoteText('');
              after('Progress note recorded')(r);
            });
          }}
        >
          <TextInput
            label="New progress note"
            value={noteText}
            onChange={setNoteText}
            multiline
            error={refused?.fields.body}
          />
          <Button className="button" type="submit" isDisabled={!noteText.trim()}>
            Record note
          </Button>
        </Form>
      )}
      <FormMessage
        error={refused && !Object.keys(refused.fields).length ? refused.message : undefined}
        ok={refused ? undefined : done}
      />
    </div>
  );
}
