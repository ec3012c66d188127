import { TextInput } from '../ui/form';
import type { MeetingData } from './meeting-state';

export interface ReviewDraft {
  whatWorkedWell: string;
  challenges: string;
  gapsAndBlocks: string;
  newIssues: string;
  nextSteps: string;
}

type PlanAction = NonNullable<
  NonNullable<NonNullable<MeetingData['case']>['carePlan']>['actions']
>[number];

export const REVIEW_FIELDS: { key: keyof ReviewDraft; label: string }[] = [
  { key: 'whatWorkedWell', label: 'What worked well' },
  { key: 'challenges', label: 'Challenges' },
  { key: 'gapsAndBlocks', label: 'Gaps and blocks' },
  { key: 'newIssues', label: 'New issues' },
  { key: 'nextSteps', label: 'Next steps' },
];

export const EMPTY_REVIEW: ReviewDraft = {
  whatWorkedWell: '',
  challenges: '',
  gapsAndBlocks: '',
  newIssues: '',
  nextSteps: '',
};

export const isReviewed = (r: ReviewDraft | undefined) =>
  !!r && REVIEW_FIELDS.some((f) => r[f.key].trim() !== '');

/**
 * The review of one plan action. A refusal names a review's field without saying which action's
 * (`challenges`), so its message shows at that field wherever it was filled in.
 */
export function ActionReviewFields({
  action,
  review,
  onChange,
  errors,
}: {
  action: PlanAction;
  review: ReviewDraft;
  onChange: (r: ReviewDraft) => void;
  errors: Record<string, string>;
}) {
  return (
    <fieldset className="stack card">
      <legend>
        {action.description}
        {action.responsibleAgency ? ` (${action.responsibleAgency.name})` : ''}
      </legend>
      {REVIEW_FIELDS.map((f) => (
        <TextInput
          key={f.key}
          label={f.label}
          value={review[f.key]}
          onChange={(v) => onChange({ ...review, [f.key]: v })}
          error={review[f.key].trim() ? errors[f.key] : undefined}
          multiline
        />
      ))}
    </fieldset>
  );
}
