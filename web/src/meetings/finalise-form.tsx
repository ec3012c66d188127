import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link } from 'react-router';
import { FinaliseMeetingDocument } from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { Checkboxes } from '../ui/checkboxes';
import { FormMessage, TextInput } from '../ui/form';
import { formatTime } from '../ui/labels';
import type { MeetingData } from './meeting-state';
import { refusalMessage } from './refusal-message';

/** The fields the form marks. */
const SHOWN = [
  'nextReviewOn',
  'closure',
  'goalsAchieved',
  'futureSupports',
  'reEngagementExplained',
];

/** The exit meeting's record, for a CASE_CLOSURE meeting. */
function ClosureFields({
  value,
  onChange,
  errors,
}: {
  value: { goalsAchieved: string; futureSupports: string; explained: boolean };
  onChange: (v: { goalsAchieved: string; futureSupports: string; explained: boolean }) => void;
  errors: Record<string, string>;
}) {
  return (
    <fieldset className="stack">
      <legend>Closing the case</legend>
      <TextInput
        label="Goals achieved"
        value={value.goalsAchieved}
        onChange={(v) => onChange({ ...value, goalsAchieved: v })}
        error={errors.goalsAchieved ?? errors.closure}
        multiline
        isRequired
      />
      <TextInput
        label="How supports continue"
        value={value.futureSupports}
        onChange={(v) => onChange({ ...value, futureSupports: v })}
        error={errors.futureSupports}
        multiline
        isRequired
      />
      <Checkboxes
        label="The open door"
        value={value.explained ? ['yes'] : []}
        onChange={(v) => onChange({ ...value, explained: v.includes('yes') })}
        options={[{ id: 'yes', name: 'The service user was told they may come back at any time' }]}
        error={errors.reEngagementExplained}
      />
    </fieldset>
  );
}

/**
 * Finalising enters the minutes on the plan as one new version, against the plan version the
 * chair last saw: when the plan changed meanwhile (VERSION_CONFLICT) nothing is written, and the
 * chair checks the newer plan and finalises against it.
 */
export function FinaliseForm({
  meeting: m,
  onFinalised,
  reload,
}: {
  meeting: MeetingData;
  onFinalised: () => void;
  reload: () => void;
}) {
  const [result, finalise] = useTypedMutation(FinaliseMeetingDocument);
  const plan = m.case?.carePlan;
  const [base, setBase] = useState(plan?.version ?? 0);
  const [conflict, setConflict] = useState(false);
  const [nextReviewOn, setNextReviewOn] = useState('');
  const [closure, setClosure] = useState({
    goalsAchieved: '',
    futureSupports: '',
    explained: false,
  });
  const closing = m.reason === 'CASE_CLOSURE';
  const refused = refusalOf(result.error);
  const fields = refused?.fields ?? {};
  const caseId = m.case?.id ?? '';
  const submit = async () => {
    const r = await finalise({
      meetingId: m.id,
      expectedPlanVersion: base,
      ...(nextReviewOn ? { nextReviewOn } : {}),
      ...(closing
        ? {
            closure: {
              goalsAchieved: closure.goalsAchieved.trim(),
              futureSupports: closure.futureSupports.trim(),
              reEngagementExplained: closure.explained,
            },
          }
        : {}),
    });
    if (refusalOf(r.error)?.code === 'VERSION_CONFLICT') {
      setConflict(true);
      reload();
    } else if (!r.error) onFinalised();
  };
  return (
    <section aria-labelledby="finalise-title" className="stack">
      <h2 id="finalise-title">Finalise into a new plan version</h2>
      {conflict && plan && (
        <div className="conflict" role="alert">
          <h3>The plan changed since you opened this meeting</h3>
          <p>
            Nothing was finalised. The plan is now at version {plan.version}. Check the{' '}
            <Link to={`/cases/${caseId}`}>current plan</Link> and its{' '}
            <Link to={`/cases/${caseId}/history`}>version history</Link>, then finalise the minutes
            against version {plan.version}.
          </p>
          <Button
            className="button"
            onPress={() => {
              setBase(plan.version ?? 0);
              setConflict(false);
            }}
          >
            Finalise against version {plan.version}
          </Button>
        </div>
      )}
      <p>
        The minutes become version {base + 1} of the plan. Every current action needs its review in
        the minutes.
      </p>
      <Form
        className="stack"
        aria-labelledby="finalise-title"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextInput
          label="Next review"
          type="date"
          value={nextReviewOn}
          onChange={setNextReviewOn}
          error={fields.nextReviewOn}
          description="At most 3 months after the meeting. Required for a review meeting."
          isRequired={m.reason === 'REVIEW'}
        />
        {closing && <ClosureFields value={closure} onChange={setClosure} errors={fields} />}
        <FormMessage
          error={
            refused?.reason === 'ACTIONS_NOT_REVIEWED'
              ? 'Not finalised: the minutes need a review of every plan action. Add them and save the minutes first.'
              : refusalMessage(refused, SHOWN, 'Not finalised')
          }
        />
        <Button className="button" type="submit" isDisabled={conflict || result.fetching}>
          Finalise the meeting
        </Button>
      </Form>
    </section>
  );
}

/** What a finalised meeting made: the plan version, with the way to it. */
export function FinalisedOutcome({ meeting: m }: { meeting: MeetingData }) {
  const caseId = m.case?.id ?? '';
  return (
    <section aria-labelledby="outcome-title" className="stack">
      <h2 id="outcome-title">Outcome</h2>
      <p>
        Finalised {formatTime(m.finalisedAt)} into version {m.planVersion} of the plan.{' '}
        <Link to={`/cases/${caseId}/history`}>See version {m.planVersion} in the history</Link>
        {' · '}
        <Link to={`/cases/${caseId}`}>Open the plan</Link>
      </p>
      {(m.gapBlocks ?? []).length > 0 && (
        <p>
          Gaps and Blocks raised: {(m.gapBlocks ?? []).map((g) => g.issue).join('; ')} (
          <Link to={`/cases/${caseId}#gaps-and-blocks`}>on the case</Link>).
        </p>
      )}
    </section>
  );
}
