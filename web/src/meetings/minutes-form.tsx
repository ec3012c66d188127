import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { RecordMeetingMinutesDocument } from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { FormMessage, TextInput } from '../ui/form';
import {
  ActionReviewFields,
  EMPTY_REVIEW,
  isReviewed,
  REVIEW_FIELDS,
  type ReviewDraft,
} from './action-review-fields';
import { orNull, type MeetingData } from './meeting-state';
import { refusalMessage } from './refusal-message';

/** The fields the form marks: its own, and those of each action's review. */
const SHOWN = ['summary', 'decisions', 'actionReviews', ...REVIEW_FIELDS.map((f) => f.key)];

interface Draft {
  summary: string;
  decisions: string;
  reviews: Record<string, ReviewDraft>;
}

/** The saved minutes (or none yet) as the form's starting point. */
function draftOf(m: MeetingData): Draft {
  const reviews: Record<string, ReviewDraft> = {};
  for (const r of m.actionReviews ?? [])
    if (r.actionId)
      reviews[r.actionId] = {
        whatWorkedWell: r.whatWorkedWell ?? '',
        challenges: r.challenges ?? '',
        gapsAndBlocks: r.gapsAndBlocks ?? '',
        newIssues: r.newIssues ?? '',
        nextSteps: r.nextSteps ?? '',
      };
  return { summary: m.summary ?? '', decisions: (m.decisions ?? []).join('\n'), reviews };
}

/**
 * The minutes: summary, decisions and each plan action's review, saved as a draft as often as
 * needed. Each save names the draft it edited (recordVersion); when someone saved since, the
 * edits are kept and the user saves them over the newer draft or starts again from it.
 */
export function MinutesForm({
  meeting: m,
  onSaved,
  reload,
}: {
  meeting: MeetingData;
  onSaved: () => void;
  reload: () => void;
}) {
  const [result, save] = useTypedMutation(RecordMeetingMinutesDocument);
  const [draft, setDraft] = useState<Draft>(() => draftOf(m));
  const [base, setBase] = useState(m.recordVersion ?? 0);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const actions = m.case?.carePlan?.actions ?? [];
  const refused = refusalOf(result.error);
  const fields = refused?.fields ?? {};
  const submit = async () => {
    setSaved(false);
    const r = await save({
      input: {
        meetingId: m.id,
        expectedRecordVersion: base,
        summary: draft.summary.trim(),
        decisions: draft.decisions
          .split('\n')
          .map((d) => d.trim())
          .filter(Boolean),
        actionReviews: actions
          .filter((a) => isReviewed(draft.reviews[a.id]))
          .map((a) => {
            const v = draft.reviews[a.id]!;
            return {
              actionId: a.id,
              whatWorkedWell: orNull(v.whatWorkedWell),
              challenges: orNull(v.challenges),
              gapsAndBlocks: orNull(v.gapsAndBlocks),
              newIssues: orNull(v.newIssues),
              nextSteps: orNull(v.nextSteps),
            };
          }),
      },
    });
    if (refusalOf(r.error)?.code === 'VERSION_CONFLICT') {
      setConflict(true);
      reload();
    } else if (!r.error) {
      setBase(r.data?.recordMeetingMinutes.recordVersion ?? base + 1);
      setSaved(true);
      onSaved();
    }
  };
  return (
    <section aria-labelledby="minutes-title" className="stack">
      <h2 id="minutes-title">Minutes</h2>
      {conflict && (
        <div className="conflict" role="alert">
          <h3>Someone else saved these minutes since you opened them</h3>
          <p>
            The minutes were saved {m.recordVersion ?? 0} time(s). Your edits below are kept: save
            them over the latest draft, or start again from it.
          </p>
          <div className="controls">
            <Button
              className="button"
              onPress={() => {
                setBase(m.recordVersion ?? 0);
                setConflict(false);
              }}
            >
              Keep my edits
            </Button>
            <Button
              className="button secondary"
              onPress={() => {
                setDraft(draftOf(m));
                setBase(m.recordVersion ?? 0);
                setConflict(false);
              }}
            >
              Start again from the latest draft
            </Button>
          </div>
        </div>
      )}
      <Form
        className="stack"
        aria-labelledby="minutes-title"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextInput
          label="Summary"
          value={draft.summary}
          onChange={(v) => setDraft({ ...draft, summary: v })}
          error={fields.summary}
          multiline
          isRequired
        />
        <TextInput
          label="Decisions"
          value={draft.decisions}
          onChange={(v) => setDraft({ ...draft, decisions: v })}
          error={fields.decisions}
          description="One decision a line."
          multiline
        />
        <fieldset className="stack">
          <legend>Review of each plan action</legend>
          {fields.actionReviews && (
            <p className="alert" role="alert">
              {fields.actionReviews}
            </p>
          )}
          {actions.length === 0 && <p className="none">The plan has no actions.</p>}
          {actions.map((a) => (
            <ActionReviewFields
              key={a.id}
              action={a}
              review={draft.reviews[a.id] ?? EMPTY_REVIEW}
              onChange={(r) => setDraft({ ...draft, reviews: { ...draft.reviews, [a.id]: r } })}
              errors={fields}
            />
          ))}
        </fieldset>
        <FormMessage
          error={refusalMessage(refused, SHOWN)}
          ok={saved ? 'Minutes saved as a draft.' : undefined}
        />
        <Button className="button" type="submit" isDisabled={conflict || result.fetching}>
          Save the minutes
        </Button>
      </Form>
    </section>
  );
}
