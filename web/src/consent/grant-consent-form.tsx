import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  GrantConsentDocument,
  type ConsentCategory,
  type ConsentPurpose,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { Checkboxes } from '../ui/checkboxes';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { CATEGORY_OPTIONS, PURPOSE_OPTIONS } from './categories';

/** Records a consent the person gave, with its evidence (the signed form's reference). */
export function GrantConsentForm({
  serviceUserId,
  agencies,
  onGranted,
}: {
  serviceUserId: string;
  agencies: { code: string; name: string }[];
  onGranted: () => void;
}) {
  const [result, grant] = useTypedMutation(GrantConsentDocument);
  const [agency, setAgency] = useState<string | null>(null);
  const [categories, setCategories] = useState<ConsentCategory[]>([]);
  const [purpose, setPurpose] = useState<ConsentPurpose>('CARE_COORDINATION');
  const [evidenceRef, setEvidenceRef] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [granted, setGranted] = useState(false);
  const refused = refusalOf(result.error);
  const fields = refused?.fields ?? {};
  return (
    <Form
      className="stack card"
      aria-labelledby="grant-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!agency) return;
        setGranted(false);
        void grant({
          input: {
            serviceUserId,
            recipientAgencyCode: agency,
            categories,
            purpose,
            evidenceRef,
            ...(signedOn ? { evidenceSignedOn: signedOn } : {}),
          },
        }).then((r) => {
          if (!r.error) {
            setGranted(true);
            setCategories([]);
            setEvidenceRef('');
            onGranted();
          }
        });
      }}
    >
      <h2 id="grant-title">Record a consent</h2>
      <Choice
        label="Agency that may read"
        value={agency}
        onChange={setAgency}
        options={agencies.map((a) => ({ id: a.code, name: a.name }))}
        error={fields.recipientAgencyCode}
      />
      <Checkboxes
        label="Information it may read"
        value={categories}
        onChange={setCategories}
        options={CATEGORY_OPTIONS}
        error={fields.categories}
      />
      <Choice label="Purpose" value={purpose} onChange={setPurpose} options={PURPOSE_OPTIONS} />
      <TextInput
        label="Evidence: signed form reference"
        value={evidenceRef}
        onChange={setEvidenceRef}
        error={fields.evidenceRef}
        isRequired
      />
      <TextInput
        label="Form signed on"
        type="date"
        value={signedOn}
        onChange={setSignedOn}
        error={fields.evidenceSignedOn}
      />
      <FormMessage
        error={
          refused && !Object.keys(fields).length ? `Not recorded: ${refused.message}` : undefined
        }
        ok={granted ? 'Consent recorded.' : undefined}
      />
      <Button
        className="button"
        type="submit"
        isDisabled={!agency || categories.length === 0 || !evidenceRef.trim() || result.fetching}
      >
        Record consent
      </Button>
    </Form>
  );
}
