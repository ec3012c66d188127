import type { NeedDomain } from '../graphql/generated/graphql';
import { Choice, TextInput } from '../ui/form';
import { capitalised } from '../ui/labels';
import { DOMAINS } from './plan-sections';

export interface GoalDraft {
  domain: NeedDomain;
  statement: string;
  measure: string;
  achievability: string;
  targetDate: string;
}

export const EMPTY_GOAL: GoalDraft = {
  domain: 'PSYCHOLOGICAL',
  statement: '',
  measure: '',
  achievability: '',
  targetDate: '',
};

export const isBlank = (g: GoalDraft) =>
  !g.statement.trim() && !g.measure.trim() && !g.achievability.trim() && !g.targetDate;

/**
 * A new SMART goal. The server checks it (statement, measure, achievability, a target date in the
 * future) and its messages are shown at each field.
 */
export function SmartGoalFields({
  goal,
  onChange,
  errors,
}: {
  goal: GoalDraft;
  onChange: (goal: GoalDraft) => void;
  errors: Record<string, string>;
}) {
  const set = (k: keyof GoalDraft) => (v: string) => onChange({ ...goal, [k]: v });
  return (
    <fieldset className="stack">
      <legend>Add a SMART goal</legend>
      <Choice
        label="Domain"
        value={goal.domain}
        onChange={(d) => onChange({ ...goal, domain: d })}
        options={DOMAINS.map((d) => ({ id: d, name: capitalised(d) }))}
      />
      <TextInput
        label="Specific: what will be different"
        value={goal.statement}
        onChange={set('statement')}
        error={errors.statement}
        name="statement"
      />
      <TextInput
        label="Measurable: how progress will be known"
        value={goal.measure}
        onChange={set('measure')}
        error={errors.measure}
        name="measure"
      />
      <TextInput
        label="Achievable and realistic: why"
        value={goal.achievability}
        onChange={set('achievability')}
        error={errors.achievability}
        name="achievability"
      />
      <TextInput
        label="Time-bound: target date"
        type="date"
        value={goal.targetDate}
        onChange={set('targetDate')}
        error={errors.targetDate}
        name="targetDate"
      />
    </fieldset>
  );
}
