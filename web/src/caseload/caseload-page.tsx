import { useState } from 'react';
import { Link } from 'react-router';
import { AppCaseloadDocument } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { listOf } from '../graphql/lists';
import { Problems } from '../graphql/problems';
import { formatDate, label } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { ProblemText } from '../ui/shown';
import { DeliveryControls } from './delivery-controls';
import { DeliveryChangeForm } from './delivery-change-form';
import { AttendanceToDecide } from './attendance-to-decide';
import { Invitations } from './invitations';

/** The key worker's day: the actions their agency holds for them, and its meeting invitations. */
export function CaseloadPage() {
  const [{ data, fetching, error }, reload] = useTypedQuery(AppCaseloadDocument, {});
  const problems = new Problems(error);
  const caseload = data?.myCaseload;
  const actions = listOf(caseload?.openActions);
  const attention = listOf(caseload?.attention);
  const refresh = () => reload();
  // A decision in the list of requests to decide changes what the invitations show: read afresh.
  const [decisions, setDecisions] = useState(0);
  const decided = () => {
    refresh();
    setDecisions((n) => n + 1);
  };
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      <h1>Caseload{caseload?.keyWorker ? ` of ${caseload.keyWorker.name}` : ''}</h1>
      {problems.at('myCaseload') && <ProblemText problem={problems.at('myCaseload')!} />}
      {attention.length ? (
        <section aria-labelledby="attention-title" className="card">
          <h2 id="attention-title">Needs attention</h2>
          <ul>
            {attention.map((a, i) => (
              <li key={i}>
                {label(a.kind)}: {a.description}
                {a.daysOverdue
                  ? ` (${a.daysOverdue} days overdue)`
                  : a.dueOn
                    ? ` (due ${formatDate(a.dueOn)})`
                    : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">Open actions</h2>
        {actions.length === 0 ? (
          <p className="none">No open actions.</p>
        ) : (
          <ul className="plain stack">
            {actions.map((a) => {
              const caseId = a.serviceUser?.currentCase?.id;
              return (
                <li key={a.actionId} className="card" aria-labelledby={`ca-${a.actionId}`}>
                  <h3 id={`ca-${a.actionId}`}>{a.description}</h3>
                  <p className="meta">
                    {caseId ? (
                      <Link to={`/cases/${caseId}`}>{a.serviceUser?.pseudonym}</Link>
                    ) : (
                      a.serviceUser?.pseudonym
                    )}
                    ; due {formatDate(a.dueOn)}
                    {a.overdue ? <strong className="tag warn">overdue</strong> : null};{' '}
                    {label(a.delivery?.status ?? 'PENDING')}
                  </p>
                  <DeliveryControls
                    actionId={a.actionId}
                    status={a.delivery?.status ?? 'PENDING'}
                    onChanged={refresh}
                  />
                  <DeliveryChangeForm actionId={a.actionId} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <AttendanceToDecide onChanged={decided} />
      <Invitations key={decisions} onChanged={refresh} />
    </QueryState>
  );
}
