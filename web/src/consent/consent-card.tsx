import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import {
  AmendConsentDocument,
  WithdrawConsentDocument,
  type AppConsentFragment,
  type ConsentCategory,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { Checkboxes } from '../ui/checkboxes';
import { FormMessage, TextInput } from '../ui/form';
import { capitalised, categoryLabel, formatDate, formatTime, label } from '../ui/labels';
import { CATEGORY_OPTIONS } from './categories';

function WithdrawDialog({ consent, onDone }: { consent: AppConsentFragment; onDone: () => void }) {
  const [result, withdraw] = useTypedMutation(WithdrawConsentDocument);
  const [reason, setReason] = useState('');
  const refused = refusalOf(result.error);
  return (
    <DialogTrigger>
      <Button className="button danger">Withdraw</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog">
          {({ close }) => (
            <Form
              className="stack"
              onSubmit={(e) => {
                e.preventDefault();
                void withdraw({ id: consent.id, reason }).then((r) => {
                  if (!r.error) {
                    close();
                    onDone();
                  }
                });
              }}
            >
              <Heading slot="title">Withdraw consent to {consent.recipientAgency?.name}</Heading>
              <p>From now on nothing more is disclosed under this consent.</p>
              <TextInput
                label="Reason"
                value={reason}
                onChange={setReason}
                error={refused?.fields.reason}
              />
              <FormMessage error={refused?.message} />
              <div className="inline">
                <Button className="button danger" type="submit">
                  Withdraw consent
                </Button>
                <Button className="button secondary" onPress={close}>
                  Keep it
                </Button>
              </div>
            </Form>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function AmendForm({ consent, onDone }: { consent: AppConsentFragment; onDone: () => void }) {
  const [result, amend] = useTypedMutation(AmendConsentDocument);
  const [categories, setCategories] = useState<ConsentCategory[]>(consent.categories ?? []);
  const [evidenceRef, setEvidenceRef] = useState('');
  const [reason, setReason] = useState('');
  const refused = refusalOf(result.error);
  const conflict = refused?.code === 'VERSION_CONFLICT';
  return (
    <Form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void amend({
          input: {
            id: consent.id,
            expectedVersion: consent.version ?? 1,
            categories,
            evidenceRef,
            reason,
          },
        }).then((r) => !r.error && onDone());
      }}
    >
      <Checkboxes
        label="Information it may read"
        value={categories}
        onChange={setCategories}
        options={CATEGORY_OPTIONS}
        error={refused?.fields.categories}
      />
      <TextInput
        label="Evidence: signed form reference"
        value={evidenceRef}
        onChange={setEvidenceRef}
        isRequired
        error={refused?.fields.evidenceRef}
      />
      <TextInput
        label="Reason for the change"
        value={reason}
        onChange={setReason}
        isRequired
        error={refused?.fields.reason}
      />
      <FormMessage
        error={
          conflict
            ? 'Someone else changed this consent since you opened it: reload the page and apply your change again.'
            : refused && !Object.keys(refused.fields).length
              ? refused.message
              : undefined
        }
      />
      <Button
        className="button"
        type="submit"
        isDisabled={!evidenceRef.trim() || !reason.trim() || categories.length === 0}
      >
        Save the change
      </Button>
    </Form>
  );
}

/** One consent of the register: to whom, what, why, until when, on what evidence. */
export function ConsentCard({
  consent: c,
  onChanged,
}: {
  consent: AppConsentFragment;
  onChanged: () => void;
}) {
  const [amending, setAmending] = useState(false);
  const active = c.status === 'ACTIVE';
  return (
    <li className="card" aria-labelledby={`consent-${c.id}`}>
      <h3 id={`consent-${c.id}`}>
        {c.recipientAgency?.name ?? `Every ${label(c.recipientAgencyKind)} agency`}{' '}
        <span className={`tag ${active ? 'ok' : ''}`}>{label(c.status)}</span>
      </h3>
      <p>
        {c.fullCopy
          ? 'A full copy (every category)'
          : (c.categories ?? []).map((k) => capitalised(categoryLabel(k))).join(', ')}
      </p>
      <p className="meta">
        {capitalised(c.purpose)}; from {formatDate(c.validFrom)}
        {c.validUntil ? ` until ${formatDate(c.validUntil)}` : ''}; evidence{' '}
        {c.evidenceRef ?? 'none'}; recorded by {c.recordedBy?.name ?? 'unknown'}{' '}
        {formatTime(c.recordedAt)}; version {c.version}
        {c.withdrawnAt ? `; withdrawn ${formatTime(c.withdrawnAt)}` : ''}
      </p>
      {active && (
        <div className="inline">
          <Button
            className="button secondary"
            onPress={() => setAmending(!amending)}
            aria-expanded={amending}
          >
            {amending ? 'Cancel the change' : 'Change'}
          </Button>
          <WithdrawDialog consent={c} onDone={onChanged} />
        </div>
      )}
      {amending && (
        <AmendForm
          consent={c}
          onDone={() => {
            setAmending(false);
            onChanged();
          }}
        />
      )}
    </li>
  );
}
