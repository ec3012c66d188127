import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import {
  AppCasePlanDocument,
  ReviseCarePlanDocument,
  type NeedDomain,
  type ReviseCarePlanInput,
} from '../graphql/generated/graphql';
import { useTypedMutation, useTypedQuery } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { capitalised, formatTime } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { DOMAINS } from './plan-sections';
import { EMPTY_GOAL, isBlank, SmartGoalFields, type GoalDraft } from './smart-goal-fields';

interface Draft {
  changeSummary: string;
  nextReviewOn: string;
  need: { domain: NeedDomain; description: string };
  goal: GoalDraft;
}

function toInput(planId: string, version: number, d: Draft): ReviseCarePlanInput {
  return {
    planId,
    expectedVersion: version,
    changeSummary: d.changeSummary,
    ...(d.nextReviewOn ? { nextReviewOn: d.nextReviewOn } : {}),
    addNeeds: d.need.description.trim() ? [d.need] : [],
    addGoals: isBlank(d.goal) ? [] : [d.goal],
  };
}

/**
 * Revising the plan makes a new version. The user's edits survive a refusal: SMART and review-date
 * messages appear at their fields, and a VERSION_CONFLICT shows the newer version and lets the user
 * apply the same edits to it.
 */
export function RevisePlanPage() {
  const { caseId = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reload] = useTypedQuery(AppCasePlanDocument, { id: caseId });
  const [revision, revise] = useTypedMutation(ReviseCarePlanDocument);
  const plan = data?.case?.carePlan;
  const [base, setBase] = useState<number>();
  const [conflict, setConflict] = useState(false);
  const [draft, setDraft] = useState<Draft>({
    changeSummary: '',
    nextReviewOn: '',
    need: { domain: 'SOCIAL', description: '' },
    goal: EMPTY_GOAL,
  });
  // The version the edits apply to: the one first read, until the user takes a newer one.
  useEffect(() => {
    if (plan?.version != null && base === undefined) setBase(plan.version);
  }, [plan?.version, base]);
  const refused = refusalOf(revision.error);
  const fields = refused?.fields ?? {};
  const submit = async () => {
    if (!plan || base === undefined) return;
    const r = await revise({ input: toInput(plan.id, base, draft) });
    if (refusalOf(r.error)?.code === 'VERSION_CONFLICT') {
      setConflict(true);
      reload();
    } else if (!r.error) void navigate(`/cases/${caseId}`);
  };
  const reviewError =
    refused?.code === 'REVIEW_TOO_LATE'
      ? `The next review must be on or before ${refused.reason ?? ''}.`
      : fields.nextReviewOn;
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      <h1>Revise the plan of {data?.case?.serviceUser?.pseudonym}</h1>
      <p>
        <Link to={`/cases/${caseId}`}>Back to the plan</Link>
      </p>
      {conflict && plan && (
        <section className="conflict" role="alert" aria-labelledby="conflict-title">
          <h2 id="conflict-title">Someone else changed this plan since you opened it</h2>
          <p>
            The plan is now at version {plan.version} (last changed {formatTime(plan.updatedAt)}).
            Your edits below are kept. Check the <Link to={`/cases/${caseId}`}>current plan</Link>,
            then apply your edits to version {plan.version}.
          </p>
          <Button
            className="button"
            onPress={() => {
              setBase(plan.version ?? undefined);
              setConflict(false);
            }}
          >
            Apply my edits to version {plan.version}
          </Button>
        </section>
      )}
      {plan && (
        <Form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p>Editing version {base}.</p>
          <TextInput
            label="What changed and why"
            value={draft.changeSummary}
            onChange={(v) => setDraft({ ...draft, changeSummary: v })}
            error={fields.changeSummary}
            isRequired
          />
          <TextInput
            label="Next review"
            type="date"
            value={draft.nextReviewOn}
            onChange={(v) => setDraft({ ...draft, nextReviewOn: v })}
            error={reviewError}
            description="At most 3 months after the last review. Leave empty to keep it."
          />
          <fieldset className="stack">
            <legend>Add a need</legend>
            <Choice
              label="Need domain"
              value={draft.need.domain}
              onChange={(d) => setDraft({ ...draft, need: { ...draft.need, domain: d } })}
              options={DOMAINS.map((d) => ({ id: d, name: capitalised(d) }))}
            />
            <TextInput
              label="Need"
              value={draft.need.description}
              onChange={(v) => setDraft({ ...draft, need: { ...draft.need, description: v } })}
              error={fields.description}
            />
          </fieldset>
          <SmartGoalFields
            goal={draft.goal}
            onChange={(g) => setDraft({ ...draft, goal: g })}
            errors={fields}
          />
          <FormMessage
            error={
              !refused || refused.code === 'VERSION_CONFLICT'
                ? undefined
                : Object.keys(fields).length || refused.code === 'REVIEW_TOO_LATE'
                  ? 'Not saved: correct the fields marked above.'
                  : `Not saved: ${refused.message}`
            }
          />
          <Button className="button" type="submit" isDisabled={revision.fetching || conflict}>
            Save as a new version
          </Button>
        </Form>
      )}
    </QueryState>
  );
}
