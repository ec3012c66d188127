import { useSession } from '../auth/session';
import { AppCaseWorkReferralsDocument, type ReferralStatus } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { Problems } from '../graphql/problems';
import { capitalised, formatDate, formatTime, label } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { Shown } from '../ui/shown';
import { DisengagementForm, FollowUpForm, MoveReferral, type Referral } from './referral-actions';
import { PlanReferral } from './plan-referral';

/** A referral is over once declined or completed: nothing more to follow up. */
const FINISHED: (ReferralStatus | null | undefined)[] = ['DECLINED', 'COMPLETED'];
/** While the agency referred to has (or had) the referral, it can report disengagement. */
const WITH_TARGET: (ReferralStatus | null | undefined)[] = ['SENT', 'WAITING', 'ACCEPTED'];

function History({ events }: { events: Referral['events'] }) {
  if (!events?.length) return null;
  return (
    <details>
      <summary>History ({events.length})</summary>
      <ol className="notes">
        {events.map((e) => (
          <li key={e.id}>
            <strong>{capitalised(e.status)}</strong>, {formatTime(e.at)}
            {e.by ? `, by ${e.by.name}` : ''}
            {e.note ? `: ${e.note}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

function ReferralCard({
  referral: r,
  caseManager,
  onChanged,
}: {
  referral: Referral;
  caseManager: boolean;
  onChanged: () => void;
}) {
  const { agency } = useSession();
  const target = !!r.toAgency && r.toAgency.code === agency.code;
  return (
    <li className="card" aria-labelledby={`referral-${r.id}`}>
      <p id={`referral-${r.id}`}>
        To <strong>{r.toAgency?.name}</strong>: {r.reason}{' '}
        <span className="tag">{label(r.status)}</span>
      </p>
      {r.createdAt && <p className="meta">Planned {formatTime(r.createdAt)}</p>}
      {r.followUpOn && <p>Follow up by {formatDate(r.followUpOn)}</p>}
      {r.interimPlan && <p>Interim plan: {r.interimPlan}</p>}
      <History events={r.events} />
      {(caseManager || target) && (
        <MoveReferral referral={r} caseManager={caseManager} onChanged={onChanged} />
      )}
      {caseManager && !FINISHED.includes(r.status) && (
        <FollowUpForm referral={r} onChanged={onChanged} />
      )}
      {target && WITH_TARGET.includes(r.status) && (
        <DisengagementForm referral={r} onChanged={onChanged} />
      )}
    </li>
  );
}

/**
 * The case's referrals: where each stands in its status flow and its history; the case manager
 * plans, sends and follows them up, the agency referred to records its answer or disengagement.
 */
export function Referrals({ caseId }: { caseId: string }) {
  const [{ data, fetching, error }, refetch] = useTypedQuery(AppCaseWorkReferralsDocument, {
    caseId,
  });
  const { agency, userId } = useSession();
  const c = data?.case;
  const problems = new Problems(error);
  const caseManager = c?.caseManager?.id === userId && c.caseManager.agencyCode === agency.code;
  const reload = () => refetch();
  return (
    <section aria-labelledby="referrals" id="referrals-section">
      <h2 id="referrals">Referrals</h2>
      <QueryState fetching={fetching} error={error} hasData={!!data}>
        <div>
          <Shown
            value={c?.referrals}
            problem={problems.at('case', 'referrals') ?? problems.at('case')}
          >
            {(referrals) => (
              <ul className="plain stack">
                {referrals.map((r) => (
                  <ReferralCard
                    key={r.id}
                    referral={r}
                    caseManager={caseManager}
                    onChanged={reload}
                  />
                ))}
              </ul>
            )}
          </Shown>
        </div>
        {c && caseManager && c.status !== 'CLOSED' && c.serviceUser && (
          <PlanReferral
            caseId={c.id}
            serviceUserId={c.serviceUser.id}
            agencies={(data?.agencies ?? []).filter((a) => a.code !== c.leadAgency?.code)}
            onPlanned={reload}
          />
        )}
      </QueryState>
    </section>
  );
}
