import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  RecordReferralFollowUpDocument,
  ReportDisengagementAfterReferralDocument,
  UpdateReferralStatusDocument,
  type AppCaseWorkReferralsQuery,
  type ReferralStatus,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { capitalised } from '../ui/labels';
import type { ItemOf } from '../graphql/lists';

/** A referral as the case's referrals section reads it (AppCaseWorkReferrals). */
export type Referral = ItemOf<NonNullable<AppCaseWorkReferralsQuery['case']>['referrals']>;

interface Props {
  referral: Referral;
  onChanged: () => void;
}

/** The referral protocol: where a referral may go from each status (docs/api-guide.md). */
const NEXT: Partial<Record<ReferralStatus, ReferralStatus[]>> = {
  PLANNED: ['SENT'],
  SENT: ['ACCEPTED', 'DECLINED', 'WAITING'],
  WAITING: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['COMPLETED'],
};

/** A refusal's message, unless it is shown at one of the form's fields. */
const general = (refused: ReturnType<typeof refusalOf>) =>
  refused && !Object.keys(refused.fields).length ? refused.message : undefined;

/** The next step in the protocol, with a note; sending is the case manager's alone. */
export function MoveReferral({
  referral: r,
  onChanged,
  caseManager,
}: Props & { caseManager: boolean }) {
  const [result, update] = useTypedMutation(UpdateReferralStatusDocument);
  const [next, setNext] = useState<ReferralStatus | null>(null);
  const [note, setNote] = useState('');
  const refused = refusalOf(result.error);
  const options = (r.status ? (NEXT[r.status] ?? []) : [])
    .filter((s) => caseManager || s !== 'SENT')
    .map((s) => ({ id: s, name: capitalised(s) }));
  if (!options.length) return null;
  return (
    <>
      <div className="inline-form">
        <Choice label="Move the referral to" value={next} onChange={setNext} options={options} />
        <TextInput
          label="Note (optional)"
          value={note}
          onChange={setNote}
          error={refused?.fields.note}
        />
        <Button
          className="button secondary"
          isDisabled={!next || result.fetching}
          onPress={() =>
            next &&
            void update({
              input: { referralId: r.id, status: next, note: note.trim() || undefined },
            }).then((x) => {
              if (x.error) return;
              setNext(null);
              setNote('');
              onChanged();
            })
          }
        >
          Update referral
        </Button>
      </div>
      <FormMessage error={general(refused)} />
    </>
  );
}

/** The case manager sets the next follow-up and what supports the person meanwhile. */
export function FollowUpForm({ referral: r, onChanged }: Props) {
  const [result, record] = useTypedMutation(RecordReferralFollowUpDocument);
  const [on, setOn] = useState('');
  const [interim, setInterim] = useState('');
  const refused = refusalOf(result.error);
  return (
    <Form
      className="inline-form"
      aria-label={`Follow up the referral to ${r.toAgency?.name ?? 'the agency'}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!on) return;
        void record({
          input: { referralId: r.id, followUpOn: on, interimPlan: interim.trim() || undefined },
        }).then((x) => {
          if (x.error) return;
          setOn('');
          setInterim('');
          onChanged();
        });
      }}
    >
      <TextInput
        label="Next follow-up"
        type="date"
        value={on}
        onChange={setOn}
        error={refused?.fields.followUpOn}
        isRequired
      />
      <TextInput
        label="Interim plan (optional)"
        value={interim}
        onChange={setInterim}
        error={refused?.fields.interimPlan}
      />
      <Button className="button secondary" type="submit" isDisabled={!on || result.fetching}>
        Record follow-up
      </Button>
      <FormMessage error={general(refused)} />
    </Form>
  );
}

/** The agency referred to tells the case manager the person stopped engaging. */
export function DisengagementForm({ referral: r, onChanged }: Props) {
  const [result, report] = useTypedMutation(ReportDisengagementAfterReferralDocument);
  const [note, setNote] = useState('');
  const refused = refusalOf(result.error);
  const [done, setDone] = useState(false);
  return (
    <Form
      className="inline-form"
      aria-label="Report disengagement after the referral"
      onSubmit={(e) => {
        e.preventDefault();
        if (!note.trim()) return;
        void report({ input: { referralId: r.id, note } }).then((x) => {
          if (x.error) return;
          setDone(true);
          setNote('');
          onChanged();
        });
      }}
    >
      <TextInput
        label="What happened (the person stopped engaging)"
        value={note}
        onChange={setNote}
        error={refused?.fields.note}
        multiline
      />
      <Button
        className="button secondary"
        type="submit"
        isDisabled={!note.trim() || result.fetching}
      >
        Report disengagement
      </Button>
      <FormMessage
        error={general(refused)}
        ok={done ? 'Reported: the case manager has been told.' : undefined}
      />
    </Form>
  );
}
