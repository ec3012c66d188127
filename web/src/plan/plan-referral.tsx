import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link } from 'react-router';
import {
  AppCaseWorkReferralConsentsDocument,
  CreateReferralDocument,
} from '../graphql/generated/graphql';
import { useTypedMutation, useTypedQuery } from '../graphql/hooks';
import { listOf } from '../graphql/lists';
import { refusalOf } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { Opens } from '../ui/opens';
import { formatDate } from '../ui/labels';

interface Props {
  caseId: string;
  serviceUserId: string;
  agencies: { code: string; name: string }[];
  onPlanned: () => void;
}

/** Consents that let the case manager pass the person on to another agency. */
const REFERRAL_PURPOSES = ['REFERRAL', 'CARE_COORDINATION'];

function PlanReferralForm({ caseId, serviceUserId, agencies, onPlanned }: Props) {
  const [{ data }] = useTypedQuery(AppCaseWorkReferralConsentsDocument, { serviceUserId });
  const [result, create] = useTypedMutation(CreateReferralDocument);
  const [to, setTo] = useState<string | null>(null);
  const [consentId, setConsentId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  const [interimPlan, setInterimPlan] = useState('');
  const refused = refusalOf(result.error);
  const f = { ...refused?.fields };
  // No consent in force naming the agency: shown at the consent, where the case manager chose it.
  if (refused?.reason === 'REFERRAL_CONSENT') f.consentId = refused.message;
  const consents = listOf(data?.serviceUser?.consents)
    .filter((c) => c.inForce && c.recipientAgency?.code === to)
    .filter((c) => c.purpose && REFERRAL_PURPOSES.includes(c.purpose))
    .map((c) => ({
      id: c.id,
      name: `${c.evidenceRef ?? 'Consent'}, from ${formatDate(c.validFrom)}`,
    }));
  const ready = to && consentId && reason.trim();
  return (
    <Form
      className="stack card"
      aria-labelledby="plan-referral-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!to || !consentId || !reason.trim()) return;
        void create({
          input: {
            caseId,
            toAgencyCode: to,
            consentId,
            reason,
            followUpOn: followUpOn || undefined,
            interimPlan: interimPlan.trim() || undefined,
          },
        }).then((r) => !r.error && onPlanned());
      }}
    >
      <h3 id="plan-referral-title">Plan a referral</h3>
      <Choice
        label="Refer to"
        value={to}
        onChange={(code) => {
          setTo(code);
          setConsentId(null);
        }}
        options={agencies.map((a) => ({ id: a.code, name: a.name }))}
        error={f.toAgencyCode}
      />
      {to && consents.length === 0 ? (
        <p className="none">
          No consent in force lets you refer this person to that agency.{' '}
          <Link to={`/people/${serviceUserId}/consents`}>Record their consent first</Link>.
        </p>
      ) : (
        <Choice
          label="Under the consent"
          value={consentId}
          onChange={setConsentId}
          options={consents}
          error={f.consentId}
        />
      )}
      <TextInput
        label="Why the referral is made"
        value={reason}
        onChange={setReason}
        error={f.reason}
        multiline
        isRequired
      />
      <TextInput
        label="Follow up on (optional)"
        type="date"
        value={followUpOn}
        onChange={setFollowUpOn}
        error={f.followUpOn}
      />
      <TextInput
        label="Interim plan while waiting (optional)"
        value={interimPlan}
        onChange={setInterimPlan}
        error={f.interimPlan}
        multiline
      />
      <FormMessage error={refused && !Object.keys(f).length ? refused.message : undefined} />
      <Button className="button" type="submit" isDisabled={!ready || result.fetching}>
        Plan the referral
      </Button>
    </Form>
  );
}

/** "Plan a referral": the case manager's form, opened on demand. */
export function PlanReferral(props: Props) {
  return (
    <Opens label="Plan a referral">
      {(close) => (
        <PlanReferralForm
          {...props}
          onPlanned={() => {
            close();
            props.onPlanned();
          }}
        />
      )}
    </Opens>
  );
}
