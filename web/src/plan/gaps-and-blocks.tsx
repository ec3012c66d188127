import { useState } from 'react';
import { Button } from 'react-aria-components';
import {
  AppCaseWorkGapsAndBlocksDocument,
  EscalateGapBlockDocument,
  RecordGapBlockStepDocument,
  ResolveGapBlockDocument,
  type AppCaseWorkGapsAndBlocksQuery,
} from '../graphql/generated/graphql';
import { useTypedMutation, useTypedQuery, type Result } from '../graphql/hooks';
import { type ItemOf } from '../graphql/lists';
import { Problems, refusalOf, type Refusal } from '../graphql/problems';
import { FormMessage, TextInput } from '../ui/form';
import { formatTime, label } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { Shown } from '../ui/shown';
import { RaiseGapBlock } from './raise-gap-block';

type Case = NonNullable<AppCaseWorkGapsAndBlocksQuery['case']>;
type GapBlock = ItemOf<Case['gapsAndBlocks']>;

/** The highest level: the national drug rehabilitation co-ordinator. */
const TOP_LEVEL = 4;

/** Who acts at each level of the Gaps and Blocks process. */
export const LEVELS: Record<number, string> = {
  1: 'colleagues in the raising agency',
  2: 'the raising agency’s supervisor',
  3: 'the rehabilitation co-ordinator',
  4: 'the national drug rehabilitation co-ordinator',
};

function Steps({ steps }: { steps: GapBlock['steps'] }) {
  if (!steps?.length) return null;
  return (
    <details>
      <summary>Steps taken ({steps.length})</summary>
      <ol className="notes">
        {steps.map((s) => (
          <li key={s.id}>
            At level {s.level}, {label(s.action)}
            {s.by ? ` by ${s.by.name}` : ''}, {formatTime(s.at)}: {s.outcome}
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Record a step, escalate, or resolve: acted on at the form's current level only. */
function GapBlockActions({ item: g, onChanged }: { item: GapBlock; onChanged: () => void }) {
  const [escalation, escalate] = useTypedMutation(EscalateGapBlockDocument);
  const [, recordStep] = useTypedMutation(RecordGapBlockStepDocument);
  const [, resolve] = useTypedMutation(ResolveGapBlockDocument);
  const [outcome, setOutcome] = useState('');
  const [resolution, setResolution] = useState('');
  const [refused, setRefused] = useState<Refusal>();
  const level = g.level ?? 1;
  const after = (r: Result<unknown>) => {
    setRefused(refusalOf(r.error));
    if (r.error) return;
    setOutcome('');
    setResolution('');
    onChanged();
  };
  const input = { gapBlockId: g.id };
  return (
    <>
      <div className="inline-form">
        <TextInput
          label={`What was tried at level ${level}`}
          value={outcome}
          onChange={setOutcome}
          error={refused?.fields.outcome}
        />
        <Button
          className="button secondary"
          isDisabled={!outcome.trim()}
          onPress={() => void recordStep({ input: { ...input, outcome } }).then(after)}
        >
          Record this step
        </Button>
        {level < TOP_LEVEL && (
          <Button
            className="button secondary"
            isDisabled={!outcome.trim() || escalation.fetching}
            onPress={() => void escalate({ input: { ...input, outcome } }).then(after)}
          >
            Escalate to level {level + 1}
          </Button>
        )}
      </div>
      <div className="inline-form">
        <TextInput
          label="How it was resolved"
          value={resolution}
          onChange={setResolution}
          error={refused?.fields.resolution}
        />
        <Button
          className="button secondary"
          isDisabled={!resolution.trim()}
          onPress={() => void resolve({ input: { ...input, resolution } }).then(after)}
        >
          Resolve
        </Button>
      </div>
      <FormMessage
        error={refused && !Object.keys(refused.fields).length ? refused.message : undefined}
      />
    </>
  );
}

function GapBlockCard({ item: g, onChanged }: { item: GapBlock; onChanged: () => void }) {
  const open = g.status !== 'RESOLVED';
  return (
    <li className="card" aria-labelledby={`gap-${g.id}`}>
      <p id={`gap-${g.id}`}>
        <strong>Level {g.level}</strong> ({label(g.status)}), about {g.concerningAgency?.name}:{' '}
        {g.issue}
      </p>
      <p className="meta">
        {open
          ? `With ${LEVELS[g.level ?? 1] ?? 'nobody'} (level ${g.level} of ${TOP_LEVEL}).`
          : `Resolved ${formatTime(g.resolvedAt)}: ${g.resolution ?? ''}`}{' '}
        Raised {formatTime(g.raisedAt)}
        {g.raisedByAgency ? ` by ${g.raisedByAgency.name}` : ''}.
      </p>
      {g.whatTried && <p>Tried at service level first: {g.whatTried}</p>}
      <Steps steps={g.steps} />
      {open && <GapBlockActions item={g} onChanged={onChanged} />}
    </li>
  );
}

/** Gaps and Blocks: another service persistently not engaging, escalated by level (1 to 4). */
export function GapsAndBlocks({ caseId }: { caseId: string }) {
  const [{ data, fetching, error }, refetch] = useTypedQuery(AppCaseWorkGapsAndBlocksDocument, {
    caseId,
  });
  const c = data?.case;
  const problems = new Problems(error);
  const reload = () => refetch();
  return (
    <section aria-labelledby="gaps-and-blocks">
      <h2 id="gaps-and-blocks">Gaps and Blocks</h2>
      <QueryState fetching={fetching} error={error} hasData={!!data}>
        <div>
          <Shown
            value={c?.gapsAndBlocks}
            problem={problems.at('case', 'gapsAndBlocks') ?? problems.at('case')}
          >
            {(items) => (
              <ul className="plain stack">
                {items.map((g) => (
                  <GapBlockCard key={g.id} item={g} onChanged={reload} />
                ))}
              </ul>
            )}
          </Shown>
        </div>
        {c && c.status !== 'CLOSED' && (
          <RaiseGapBlock caseId={c.id} agencies={data?.agencies ?? []} onRaised={reload} />
        )}
      </QueryState>
    </section>
  );
}
