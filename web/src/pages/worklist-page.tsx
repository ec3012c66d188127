import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  AppCaseWorkWorklistMoreDocument,
  AppWorklistDocument,
  type AppWorklistQuery,
} from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { listOf } from '../graphql/lists';
import { usePaged, type Connection } from '../graphql/paging';
import { capitalised, formatDate, formatTime, label } from '../ui/labels';
import { LoadMore } from '../ui/load-more';
import { QueryState } from '../ui/query-state';
import { AcknowledgeChange, ReviewEmergencyAccess } from './worklist-actions';

/** How far ahead reviews due soon and upcoming meetings look. */
const DUE_WITHIN_DAYS = 14;

type Worklist = AppWorklistQuery['caseManagerWorklist'];
type Field = Exclude<keyof Worklist, '__typename'>;

const caseLink = (c: { id: string } | null | undefined, hash = '') =>
  c ? `/cases/${c.id}${hash}` : undefined;
const meetingLink = (m: { id: string; case?: { id: string } | null }) =>
  m.case ? `/cases/${m.case.id}/meetings/${m.id}` : undefined;
const who = (c: { serviceUser?: { pseudonym: string } | null } | null | undefined) =>
  c?.serviceUser?.pseudonym ?? 'A case';

/** An item's words, linked to its place when it has one. */
function To({ to, children }: { to: string | undefined; children: ReactNode }) {
  return to ? <Link to={to}>{children}</Link> : <>{children}</>;
}

/**
 * One section of the worklist: its first page (from AppWorklist), "Load more" for the next ones,
 * and each item as `item` shows it; `drop` takes an item acted on off the list.
 */
function Section<T extends { id: string }>({
  field,
  title,
  first,
  item,
}: {
  field: Field;
  title: string;
  first: Connection<T>;
  item: (node: T, drop: (id: string) => void) => ReactNode;
}) {
  const paged = usePaged(first, {
    query: AppCaseWorkWorklistMoreDocument,
    variables: { dueWithinDays: DUE_WITHIN_DAYS, [field]: true },
    // The one section asked for (its @include flag): the same fragment as its first page.
    connection: (d) => d.caseManagerWorklist[field] as Connection<T> | undefined,
  });
  const id = `wl-${field}`;
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>
        {title}{' '}
        <span className="count">
          ({paged.items.length}
          {paged.hasMore ? '+' : ''})
        </span>
      </h2>
      {paged.items.length === 0 ? (
        <p className="none">Nothing here.</p>
      ) : (
        <ul>
          {paged.items.map((i) => (
            <li key={i.id}>{item(i, paged.drop)}</li>
          ))}
        </ul>
      )}
      <LoadMore paged={paged} what={title.toLowerCase()} />
    </section>
  );
}

/** The case manager's worklist: what needs doing across their cases, each item to its place. */
export function WorklistPage() {
  const [{ data, fetching, error }] = useTypedQuery(AppWorklistDocument, {
    dueWithinDays: DUE_WITHIN_DAYS,
  });
  const w = data?.caseManagerWorklist;
  return (
    <>
      <h1>Worklist</h1>
      <QueryState fetching={fetching} error={error} hasData={!!w}>
        {w && (
          <div className="worklist">
            <Section
              field="overdueReviews"
              title="Overdue reviews"
              first={w.overdueReviews}
              item={(p) => (
                <To to={caseLink(p.case)}>
                  {who(p.case)}: review was due {formatDate(p.nextReviewOn)}
                </To>
              )}
            />
            <Section
              field="reviewsDueSoon"
              title="Reviews due soon"
              first={w.reviewsDueSoon}
              item={(p) => (
                <To to={caseLink(p.case)}>
                  {who(p.case)}: review due {formatDate(p.nextReviewOn)}
                </To>
              )}
            />
            <Section
              field="overdueActions"
              title="Overdue actions"
              first={w.overdueActions}
              item={(a) => (
                <To to={caseLink(a.case, `#action-${a.id}`)}>
                  {who(a.case)}: {a.responsibleAgency?.name ?? ''}: {a.description ?? ''} (due{' '}
                  {formatDate(a.dueOn)})
                </To>
              )}
            />
            <Section
              field="referralsAwaitingFollowUp"
              title="Referrals awaiting follow-up"
              first={w.referralsAwaitingFollowUp}
              item={(r) => (
                <To to={caseLink(r.case, `#referral-${r.id}`)}>
                  {who(r.case)}: referral to {r.toAgency?.name ?? ''}, {label(r.status)}, follow up{' '}
                  {r.followUpOn ? formatDate(r.followUpOn) : 'date not set'}
                </To>
              )}
            />
            <Section
              field="transfersAwaitingAcceptance"
              title="Transfers awaiting your acceptance"
              first={w.transfersAwaitingAcceptance}
              item={(t) => (
                <To to={caseLink(t.case)}>
                  {who(t.case)}: requested {formatTime(t.requestedAt)}
                </To>
              )}
            />
            <Section
              field="serviceDeliveryChanges"
              title="Service-delivery changes"
              first={w.serviceDeliveryChanges}
              item={(c, drop) => (
                <>
                  <To to={caseLink(c.case)}>
                    {who(c.case)}: {c.agency?.name ?? ''}: {c.what ?? ''} from{' '}
                    {formatDate(c.effectiveFrom)}
                  </To>
                  {c.why && <span className="meta"> ({c.why})</span>}
                  <AcknowledgeChange id={c.id} onDone={() => drop(c.id)} />
                </>
              )}
            />
            <Section
              field="lateMeetingOutcomes"
              title="Meeting outcomes not circulated in time"
              first={w.lateMeetingOutcomes}
              item={(m) => (
                <To to={meetingLink(m)}>
                  {who(m.case)}: {label(m.reason)} meeting, due{' '}
                  {formatDate(m.outcomeCirculationDueOn)}
                </To>
              )}
            />
            <Section
              field="emergencyAccessesToReview"
              title="Emergency accesses to review"
              first={w.emergencyAccessesToReview}
              item={(e, drop) => (
                <>
                  <To to={e.serviceUser ? `/people/${e.serviceUser.id}/disclosures` : undefined}>
                    {e.serviceUser?.pseudonym ?? ''}: {e.agencyCode ?? ''} ({e.reasonCode ?? ''}) at{' '}
                    {formatTime(e.startedAt)}, review by {formatDate(e.reviewDueOn)}
                  </To>
                  {e.reason && <p className="meta">“{e.reason}”</p>}
                  <ReviewEmergencyAccess id={e.id} onDone={() => drop(e.id)} />
                </>
              )}
            />
            <Section
              field="upcomingMeetings"
              title="Upcoming meetings"
              first={w.upcomingMeetings}
              item={(m) => {
                const silent = listOf(m.notAnswered).map((a) => a.name);
                return (
                  <To to={meetingLink(m)}>
                    {who(m.case)}: {capitalised(m.reason)} on {formatTime(m.scheduledFor)}
                    {silent.length ? `; no answer from ${silent.join(', ')}` : ''}
                  </To>
                );
              }}
            />
            <Section
              field="openGapsAndBlocks"
              title="Open Gaps and Blocks"
              first={w.openGapsAndBlocks}
              item={(g) => (
                <To to={caseLink(g.case, `#gap-${g.id}`)}>
                  {who(g.case)}: level {g.level ?? '?'}, {g.concerningAgency?.name ?? ''}:{' '}
                  {g.issue ?? ''}
                </To>
              )}
            />
            <Section
              field="actionsToReassign"
              title="Actions to reassign"
              first={w.actionsToReassign}
              item={(a) => (
                // The plan names another key worker: revising it is where that is done.
                <To to={a.case ? `/cases/${a.case.id}/revise` : undefined}>
                  {who(a.case)}: {a.responsibleAgency?.name ?? ''}: {a.description ?? ''}:{' '}
                  {a.keyWorker?.name ?? 'the key worker'} is no longer available
                </To>
              )}
            />
          </div>
        )}
      </QueryState>
    </>
  );
}
