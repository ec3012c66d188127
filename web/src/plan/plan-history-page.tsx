import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import {
  AppPlanChangesDocument,
  AppPlanHistoryDocument,
  type AppPlanChangesQuery,
} from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { listOf } from '../graphql/lists';
import { Problems } from '../graphql/problems';
import { capitalised, formatTime, label } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { ProblemText } from '../ui/shown';

type Change = NonNullable<NonNullable<AppPlanChangesQuery['carePlan']>['changes']>[number];

/** One version's changes from the version before, in words: what was added, removed, changed. */
function ChangeList({ planId, version }: { planId: string; version: number }) {
  const [{ data, fetching, error }] = useTypedQuery(AppPlanChangesDocument, {
    planId,
    fromVersion: version - 1,
    toVersion: version,
  });
  const changes = data?.carePlan?.changes ?? [];
  const problem = new Problems(error).at('carePlan', 'changes');
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      {problem ? (
        <ProblemText problem={problem} />
      ) : changes.length === 0 ? (
        <p className="none">No changes to the plan's content.</p>
      ) : (
        <ul className="plain stack diff">
          {changes.map((c, i) => (
            <li key={i}>
              <ChangeLine change={c} />
            </li>
          ))}
        </ul>
      )}
    </QueryState>
  );
}

function ChangeLine({ change: c }: { change: Change }) {
  const what = `${capitalised(c.part)}${c.domain ? ` (${label(c.domain)})` : ''}`;
  if (c.change === 'ADDED')
    return (
      <p>
        {what} added{c.after ? ': ' : ''}
        {c.after && <ins>{c.after}</ins>}
      </p>
    );
  if (c.change === 'REMOVED')
    return (
      <p>
        {what} removed{c.before ? ': ' : ''}
        {c.before && <del>{c.before}</del>}
      </p>
    );
  return (
    <p>
      {what}, {label(c.field)} changed from <del>{c.before ?? 'nothing'}</del> to{' '}
      <ins>{c.after ?? 'nothing'}</ins>
    </p>
  );
}

/** Every version of the plan, who made it and why, and what each changed. */
export function PlanHistoryPage() {
  const { caseId = '' } = useParams();
  const [{ data, fetching, error }] = useTypedQuery(AppPlanHistoryDocument, { caseId });
  const plan = data?.case?.carePlan;
  const [open, setOpen] = useState<number>();
  const versions = listOf(plan?.versions).sort((a, b) => (b.version ?? 0) - (a.version ?? 0));
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      <h1>Version history of {data?.case?.serviceUser?.pseudonym}'s plan</h1>
      <p>
        <Link to={`/cases/${caseId}`}>Back to the plan</Link>
      </p>
      <ol className="plain stack" reversed>
        {plan &&
          versions.map((v) => (
            <li key={v.id} className="card">
              <h2>Version {v.version}</h2>
              <p>
                {v.changeSummary}{' '}
                <span className="meta">
                  ({v.author?.name ?? 'unknown'}, {formatTime(v.createdAt)})
                </span>
              </p>
              {(v.version ?? 1) > 1 &&
                (open === v.version ? (
                  <ChangeList planId={plan.id} version={v.version ?? 1} />
                ) : (
                  <Button
                    className="button secondary"
                    onPress={() => setOpen(v.version ?? undefined)}
                  >
                    Show what changed in version {v.version}
                  </Button>
                ))}
            </li>
          ))}
      </ol>
    </QueryState>
  );
}
