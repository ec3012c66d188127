import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { RecordServiceDeliveryChangeDocument } from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { FormMessage, TextInput } from '../ui/form';

/**
 * A change to how the agency delivers an action, against what the plan agreed: recorded in the
 * agency, and told to the case manager (their worklist shows it until they acknowledge it).
 */
export function DeliveryChangeForm({ actionId }: { actionId: string }) {
  const [result, record] = useTypedMutation(RecordServiceDeliveryChangeDocument);
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [from, setFrom] = useState('');
  const [done, setDone] = useState(false);
  const refused = refusalOf(result.error);
  const fields = refused?.fields ?? {};
  return (
    <details className="delivery-change">
      <summary>Tell the case manager about a change to our delivery</summary>
      <Form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          setDone(false);
          void record({ input: { actionId, what, why, effectiveFrom: from } }).then((r) => {
            if (r.error) return;
            setDone(true);
            setWhat('');
            setWhy('');
          });
        }}
      >
        <TextInput
          label="What changes"
          value={what}
          onChange={setWhat}
          error={fields.what}
          isRequired
        />
        <TextInput label="Why" value={why} onChange={setWhy} error={fields.why} isRequired />
        <TextInput
          label="From"
          type="date"
          value={from}
          onChange={setFrom}
          error={fields.effectiveFrom}
          isRequired
        />
        <FormMessage
          error={refused && !Object.keys(fields).length ? refused.message : undefined}
          ok={done ? 'Change recorded; the case manager has been told.' : undefined}
        />
        <Button
          className="button secondary"
          type="submit"
          isDisabled={!what.trim() || !why.trim() || !from}
        >
          Record the change
        </Button>
      </Form>
    </details>
  );
}
