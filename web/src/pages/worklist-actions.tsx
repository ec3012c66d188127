import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  AcknowledgeServiceDeliveryChangeDocument,
  ReviewEmergencyAccessDocument,
  type EmergencyReviewOutcome,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';

/** The case manager acknowledges an agency's change to its service delivery, in place. */
export function AcknowledgeChange({ id, onDone }: { id: string; onDone: () => void }) {
  const [result, acknowledge] = useTypedMutation(AcknowledgeServiceDeliveryChangeDocument);
  return (
    <div className="inline-form">
      <Button
        className="button secondary"
        isDisabled={result.fetching}
        onPress={() => void acknowledge({ id }).then((r) => !r.error && onDone())}
      >
        Acknowledge
      </Button>
      <FormMessage error={refusalOf(result.error)?.message} />
    </div>
  );
}

const OUTCOMES: { id: EmergencyReviewOutcome; name: string }[] = [
  { id: 'JUSTIFIED', name: 'The emergency justified it' },
  { id: 'NOT_JUSTIFIED', name: 'Not justified: follow up as a breach' },
];

/** The lead agency's review of an emergency access: whether it was justified, and why. */
export function ReviewEmergencyAccess({ id, onDone }: { id: string; onDone: () => void }) {
  const [result, review] = useTypedMutation(ReviewEmergencyAccessDocument);
  const [outcome, setOutcome] = useState<EmergencyReviewOutcome | null>(null);
  const [note, setNote] = useState('');
  const refused = refusalOf(result.error);
  const f = refused?.fields ?? {};
  const ready = !!outcome && note.trim().length > 0;
  return (
    <Form
      className="stack"
      aria-label="Review this emergency access"
      onSubmit={(e) => {
        e.preventDefault();
        if (outcome && ready)
          void review({ input: { id, outcome, note } }).then((r) => !r.error && onDone());
      }}
    >
      <Choice
        label="Outcome of the review"
        value={outcome}
        onChange={setOutcome}
        options={OUTCOMES}
        error={f.outcome}
      />
      <TextInput label="Why" value={note} onChange={setNote} error={f.note} multiline isRequired />
      <FormMessage error={refused && !Object.keys(f).length ? refused.message : undefined} />
      <Button className="button secondary" type="submit" isDisabled={!ready || result.fetching}>
        Record the review
      </Button>
    </Form>
  );
}
