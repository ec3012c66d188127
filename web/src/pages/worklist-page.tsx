import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AppWorklistDocument, type AppWorklistQuery } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { listOf } from '../graphql/lists';
import { capitalised, formatDate, formatTime, label } from '../ui/labels';
import { QueryState } from '../ui/query-state';

type Worklist = AppWorklistQuery['caseManagerWorklist'];
interface Item {
  key: string;
  to?: string;
  text: ReactNode;
}

const caseLink = (c: { id: string } | null | undefined, hash = '') =>
  c ? `/cases/${c.id}${hash}` : undefined;
const who = (c: { serviceUser?: { pseudonym: string } | null } | null | undefined) =>
  c?.serviceUser?.pseudonym ?? 'A case';

/** Each section of the worklist as items, in the order a case manager works through them. */
function sections(w: Worklist): { id: string; title: string; items: Item[] }[] {
  return [
    {
      id: 'overdue-reviews',
      title: 'Overdue reviews',
      items: listOf(w.overdueReviews).map((p) => ({
        key: p.id,
        to: caseLink(p.case),
        text: `${who(p.case)}: review was due ${formatDate(p.nextReviewOn)}`,
      })),
    },
    {
      id: 'reviews-due-soon',
      title: 'Reviews due soon',
      items: listOf(w.reviewsDueSoon).map((p) => ({
        key: p.id,
        to: caseLink(p.case),
        text: `${who(p.case)}: review due ${formatDate(p.nextReviewOn)}`,
      })),
    },
    {
      id: 'overdue-actions',
      title: 'Overdue actions',
      items: listOf(w.overdueActions).map((a) => ({
        key: a.id,
        text: `${a.responsibleAgency?.name ?? ''}: ${a.description ?? ''} (due ${formatDate(a.dueOn)})`,
      })),
    },
    {
      id: 'referrals',
      title: 'Referrals awaiting follow-up',
      items: listOf(w.referralsAwaitingFollowUp).map((r) => ({
        key: r.id,
        to: caseLink(r.case, '#referrals'),
        text: `${who(r.case)}: referral to ${r.toAgency?.name ?? ''}, ${label(r.status)}, follow up ${formatDate(r.followUpOn)}`,
      })),
    },
    {
      id: 'transfers',
      title: 'Transfers awaiting your acceptance',
      items: listOf(w.transfersAwaitingAcceptance).map((t) => ({
        key: t.id,
        to: caseLink(t.case),
        text: `${who(t.case)}: requested ${formatTime(t.requestedAt)}`,
      })),
    },
    {
      id: 'late-circulations',
      title: 'Meeting outcomes not circulated in time',
      items: listOf(w.lateMeetingOutcomes).map((m) => ({
        key: m.id,
        to: caseLink(m.case),
        text: `${who(m.case)}: ${label(m.reason)} meeting, due ${formatDate(m.outcomeCirculationDueOn)}`,
      })),
    },
    {
      id: 'unanswered-invitations',
      title: 'Meetings with unanswered invitations',
      items: listOf(w.upcomingMeetings)
        .filter((m) => listOf(m.notAnswered).length > 0)
        .map((m) => ({
          key: m.id,
          to: caseLink(m.case),
          text: `${who(m.case)}: ${capitalised(m.reason)} on ${formatTime(m.scheduledFor)}; no answer from ${listOf(
            m.notAnswered,
          )
            .map((a) => a.name)
            .join(', ')}`,
        })),
    },
    {
      id: 'delivery-changes',
      title: 'Service-delivery changes',
      items: listOf(w.serviceDeliveryChanges).map((c) => ({
        key: c.id,
        to: caseLink(c.case),
        text: `${who(c.case)}: ${c.agency?.name ?? ''}: ${c.what ?? ''} from ${formatDate(c.effectiveFrom)}`,
      })),
    },
    {
      id: 'emergency-accesses',
      title: 'Emergency accesses to review',
      items: listOf(w.emergencyAccessesToReview).map((e) => ({
        key: e.id,
        to: e.serviceUser ? `/people/${e.serviceUser.id}/disclosures` : undefined,
        text: `${e.serviceUser?.pseudonym ?? ''}: ${e.agencyCode ?? ''} (${e.reasonCode ?? ''}) at ${formatTime(e.startedAt)}, review by ${formatDate(e.reviewDueOn)}`,
      })),
    },
    {
      id: 'gaps-and-blocks',
      title: 'Open Gaps and Blocks',
      items: listOf(w.openGapsAndBlocks).map((g) => ({
        key: g.id,
        to: caseLink(g.case, '#gaps-and-blocks'),
        text: `${who(g.case)}: level ${g.level ?? '?'}, ${g.concerningAgency?.name ?? ''}: ${g.issue ?? ''}`,
      })),
    },
  ];
}

/** The case manager's worklist: what needs doing across their cases, each item to its place. */
export function WorklistPage() {
  const [{ data, fetching, error }] = useTypedQuery(AppWorklistDocument, { dueWithinDays: 14 });
  const worklist = data?.caseManagerWorklist;
  return (
    <>
      <h1>Worklist</h1>
      <QueryState fetching={fetching} error={error} hasData={!!worklist}>
        <div className="worklist">
          {worklist &&
            sections(worklist).map((s) => (
              <section key={s.id} aria-labelledby={`wl-${s.id}`} className="card">
                <h2 id={`wl-${s.id}`}>
                  {s.title} <span className="count">({s.items.length})</span>
                </h2>
                {s.items.length === 0 ? (
                  <p className="none">Nothing here.</p>
                ) : (
                  <ul>
                    {s.items.map((i) => (
                      <li key={i.key}>{i.to ? <Link to={i.to}>{i.text}</Link> : i.text}</li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
        </div>
      </QueryState>
    </>
  );
}
