import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useSession } from '../auth/session';
import { RaiseGapBlockDocument } from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { Opens } from '../ui/opens';

interface Props {
  caseId: string;
  agencies: { code: string; name: string }[];
  onRaised: () => void;
}

/** A new Gaps and Blocks form: it starts at level 1, with the raising agency's colleagues. */
function RaiseForm({ caseId, agencies, onRaised }: Props) {
  const { agency } = useSession();
  const [result, raise] = useTypedMutation(RaiseGapBlockDocument);
  const [concerning, setConcerning] = useState<string | null>(null);
  const [issue, setIssue] = useState('');
  const [whatTried, setWhatTried] = useState('');
  const refused = refusalOf(result.error);
  const f = refused?.fields ?? {};
  const ready = concerning && issue.trim() && whatTried.trim();
  return (
    <Form
      className="stack card"
      aria-labelledby="raise-gap-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!concerning || !ready) return;
        void raise({ input: { caseId, concerningAgencyCode: concerning, issue, whatTried } }).then(
          (r) => !r.error && onRaised(),
        );
      }}
    >
      <h3 id="raise-gap-title">Raise a gap or block</h3>
      <p className="meta">
        For a service persistently not engaging with the plan. It starts at level 1, with your
        colleagues, and is escalated from there.
      </p>
      <Choice
        label="The service not engaging"
        value={concerning}
        onChange={setConcerning}
        options={agencies
          .filter((a) => a.code !== agency.code)
          .map((a) => ({ id: a.code, name: a.name }))}
        error={f.concerningAgencyCode}
      />
      <TextInput
        label="What is not happening"
        value={issue}
        onChange={setIssue}
        error={f.issue}
        multiline
        isRequired
      />
      <TextInput
        label="What has been tried at service level"
        value={whatTried}
        onChange={setWhatTried}
        error={f.whatTried}
        multiline
        isRequired
      />
      <FormMessage error={refused && !Object.keys(f).length ? refused.message : undefined} />
      <Button className="button" type="submit" isDisabled={!ready || result.fetching}>
        Raise at level 1
      </Button>
    </Form>
  );
}

/** "Raise a gap or block", opening its form. */
export function RaiseGapBlock(props: Props) {
  return (
    <Opens label="Raise a gap or block">
      {(close) => (
        <RaiseForm
          {...props}
          onRaised={() => {
            close();
            props.onRaised();
          }}
        />
      )}
    </Opens>
  );
}
