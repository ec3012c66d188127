import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { CancelMeetingDocument, RescheduleMeetingDocument } from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { FormMessage, TextInput } from '../ui/form';
import { type MeetingData } from './meeting-state';
import { instantOf } from '../ui/local-time';
import { refusalMessage } from './refusal-message';

function RescheduleForm({ meeting, onDone }: { meeting: MeetingData; onDone: () => void }) {
  const [result, reschedule] = useTypedMutation(RescheduleMeetingDocument);
  const [when, setWhen] = useState('');
  const [place, setPlace] = useState(meeting.place ?? '');
  const refused = refusalOf(result.error);
  const f = refused?.fields ?? {};
  const placeChanged = place.trim() && place.trim() !== meeting.place;
  return (
    <Form
      className="stack card"
      aria-labelledby="reschedule-title"
      onSubmit={(e) => {
        e.preventDefault();
        void reschedule({
          input: {
            meetingId: meeting.id,
            ...(when ? { scheduledFor: instantOf(when) } : {}),
            ...(placeChanged ? { place: place.trim() } : {}),
          },
        }).then((r) => !r.error && onDone());
      }}
    >
      <h3 id="reschedule-title">Move the meeting</h3>
      <p>Invitations already sent go again; a new time asks every agency to answer again.</p>
      <TextInput
        label="New time"
        type="datetime-local"
        value={when}
        onChange={setWhen}
        error={f.scheduledFor}
        description="Leave empty to keep the time."
      />
      <TextInput label="Where" value={place} onChange={setPlace} error={f.place} />
      <FormMessage error={refusalMessage(refused, ['scheduledFor', 'place'])} />
      <Button
        className="button"
        type="submit"
        isDisabled={(!when && !placeChanged) || result.fetching}
      >
        Move the meeting
      </Button>
    </Form>
  );
}

function CancelForm({ meetingId, onDone }: { meetingId: string; onDone: () => void }) {
  const [result, cancel] = useTypedMutation(CancelMeetingDocument);
  const [reason, setReason] = useState('');
  const refused = refusalOf(result.error);
  return (
    <Form
      className="stack card"
      aria-labelledby="cancel-title"
      onSubmit={(e) => {
        e.preventDefault();
        void cancel({ meetingId, reason: reason.trim() }).then((r) => !r.error && onDone());
      }}
    >
      <h3 id="cancel-title">Cancel the meeting</h3>
      <TextInput
        label="Why the meeting is cancelled"
        value={reason}
        onChange={setReason}
        error={refused?.fields.reason}
        description="Every invited agency is told."
        isRequired
      />
      <FormMessage error={refusalMessage(refused, ['reason'])} />
      <Button
        className="button danger"
        type="submit"
        isDisabled={!reason.trim() || result.fetching}
      >
        Cancel the meeting
      </Button>
    </Form>
  );
}

/** Moving or cancelling a meeting not yet minuted. */
export function ChangeMeeting({
  meeting,
  canMove,
  canCancel,
  onChanged,
}: {
  meeting: MeetingData;
  canMove: boolean;
  canCancel: boolean;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState<'move' | 'cancel' | null>(null);
  if (!canMove && !canCancel) return null;
  const done = () => {
    setOpen(null);
    onChanged();
  };
  return (
    <section aria-label="Change the meeting" className="stack">
      <div className="controls">
        {canMove && (
          <Button className="button secondary" onPress={() => setOpen('move')}>
            Move the meeting…
          </Button>
        )}
        {canCancel && (
          <Button className="button secondary" onPress={() => setOpen('cancel')}>
            Cancel the meeting…
          </Button>
        )}
      </div>
      {open === 'move' && <RescheduleForm meeting={meeting} onDone={done} />}
      {open === 'cancel' && <CancelForm meetingId={meeting.id} onDone={done} />}
    </section>
  );
}
