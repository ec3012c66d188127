import { useSession } from '../auth/session';
import {
  AppActionNotesDocument,
  type AppCasePlanQuery,
  type AppDeliveryFragment,
} from '../graphql/generated/graphql';
import { usePaged } from '../graphql/paging';
import type { Problem, Problems } from '../graphql/problems';
import { LoadMore } from '../ui/load-more';
import { DeliveryControls } from '../caseload/delivery-controls';
import { formatDate, formatTime, label } from '../ui/labels';
import { ProblemText, Shown } from '../ui/shown';

type Action = NonNullable<
  NonNullable<NonNullable<AppCasePlanQuery['case']>['carePlan']>['actions']
>[number];
type Path = (string | number)[];

/** An agency's delivery of one action, read from that agency's own server. */
export function DeliveryView({
  delivery,
  problems,
  path,
}: {
  delivery: AppDeliveryFragment | null | undefined;
  problems: Problems;
  path: Path;
}) {
  const unavailable = problems.within(...path);
  if (!delivery?.status && unavailable && unavailable.kind !== 'withheld')
    return (
      <p className="delivery">
        <ProblemText problem={unavailable} />
      </p>
    );
  if (!delivery) return <p className="none">Not yet accepted by the agency</p>;
  return (
    <div className="delivery">
      <p>
        <strong>{label(delivery.status)}</strong>
        {delivery.keyWorker ? `, key worker ${delivery.keyWorker.name}` : ''}
        {delivery.statusNote ? `: ${delivery.statusNote}` : ''}
        {delivery.declinedReason ? ` (declined: ${delivery.declinedReason})` : ''}
      </p>
      {delivery.outcome && <p>Outcome: {delivery.outcome}</p>}
      <h5>Progress notes</h5>
      <ProgressNotes delivery={delivery} problem={problems.at(...path, 'progressNotes')} />
    </div>
  );
}

/**
 * A delivery's progress notes, newest first: the first page with the plan, then "Load more" for
 * each further page of this delivery alone (through its action, planAction).
 */
function ProgressNotes({
  delivery,
  problem,
}: {
  delivery: AppDeliveryFragment;
  problem: Problem | undefined;
}) {
  const paged = usePaged(delivery.progressNotes, {
    query: AppActionNotesDocument,
    variables: { actionId: delivery.actionId },
    connection: (d) => d.planAction?.delivery?.progressNotes,
  });
  return (
    <>
      <Shown
        value={delivery.progressNotes ? paged.items : null}
        problem={problem}
        none="No progress notes recorded"
      >
        {(notes) => (
          <ol className="notes">
            {notes.map((n) => (
              <li key={n.id}>
                <p>{n.body}</p>
                <p className="meta">
                  {n.writtenBy?.name ?? 'Unknown'}, {formatTime(n.writtenAt)}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Shown>
      <LoadMore paged={paged} what="progress notes" />
    </>
  );
}

/** The plan's agreed actions, each with its responsible agency's delivery. */
export function ActionList({
  actions,
  problems,
  path,
  onChanged,
}: {
  actions: Action[];
  problems: Problems;
  path: Path;
  onChanged: () => void;
}) {
  const { agency } = useSession();
  return (
    <section aria-labelledby="actions-title">
      <h3 id="actions-title">Actions</h3>
      {actions.length === 0 ? (
        <p className="none">None recorded</p>
      ) : (
        <ul className="plain stack">
          {actions.map((a, i) => (
            <li key={a.id} className="card" aria-labelledby={`action-${a.id}`}>
              <h4 id={`action-${a.id}`}>{a.description}</h4>
              <p className="meta">
                {a.responsibleAgency?.name}
                {a.keyWorker ? `, ${a.keyWorker.name}` : ''}; {label(a.domain)}; due{' '}
                {formatDate(a.dueOn)}
                {a.reviewEveryWeeks ? `; reviewed every ${a.reviewEveryWeeks} weeks` : ''}
              </p>
              <DeliveryView
                delivery={a.delivery}
                problems={problems}
                path={[...path, i, 'delivery']}
              />
              {a.responsibleAgency?.code === agency.code && (
                <DeliveryControls
                  actionId={a.id}
                  status={a.delivery?.status ?? 'PENDING'}
                  onChanged={onChanged}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
