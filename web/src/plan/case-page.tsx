import { Link, useParams } from 'react-router';
import { useSession } from '../auth/session';
import { AppCasePlanDocument } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { Problems } from '../graphql/problems';
import { formatDate, label } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { RedisclosureNotice } from '../ui/redisclosure-notice';
import { Shown } from '../ui/shown';

const isEmergency = (id: string) => sessionStorage.getItem(`icp.emergency.${id}`) !== null;
import { EmergencyAccessPanel } from '../emergency/emergency-access-panel';
import { ActionList } from './action-list';
import { PlanCopies } from './plan-copy-button';
import { Referrals } from './referrals';
import { GapsAndBlocks } from './gaps-and-blocks';
import { Meetings } from './meetings';
import { GoalList, NeedsByDomain } from './plan-sections';

/** A case and its one plan: needs, goals, and each agency's delivery of its actions. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const [{ data, fetching, error, extensions }, refetch] = useTypedQuery(AppCasePlanDocument, {
    id: caseId,
  });
  const { agency } = useSession();
  const problems = new Problems(error);
  const c = data?.case;
  const plan = c?.carePlan;
  const su = c?.serviceUser;
  // The lead agency's staff revise the plan, issue copies and keep the consent register.
  const lead = !!c && c.leadAgency?.code === agency.code;
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      {!c ? (
        <>
          <h1>Case</h1>
          <p className="none">This case does not exist, or is not shared with your agency.</p>
        </>
      ) : (
        <>
          <h1>
            {su?.pseudonym}{' '}
            <span className="subtitle">
              <Shown
                value={su?.givenName}
                problem={problems.at('case', 'serviceUser', 'givenName')}
              >
                {(n) => `${n} ${su?.familyName ?? ''}`}
              </Shown>
            </span>
          </h1>
          <RedisclosureNotice extensions={extensions} />
          {su && (problems.any('withheld') || isEmergency(su.id)) && (
            <EmergencyAccessPanel serviceUserId={su.id} onChanged={() => refetch()} />
          )}
          <dl className="facts">
            <dt>Case</dt>
            <dd>
              {label(c.status)}, opened {formatDate(c.openedAt)}
            </dd>
            <dt>Lead agency</dt>
            <dd>{c.leadAgency?.name}</dd>
            <dt>Case manager</dt>
            <dd>
              <Shown value={c.caseManager} problem={problems.at('case', 'caseManager')}>
                {(m) => m.name}
              </Shown>
            </dd>
            <dt>Date of birth</dt>
            <dd>
              <Shown
                value={su?.dateOfBirth}
                problem={problems.at('case', 'serviceUser', 'dateOfBirth')}
              >
                {(d) => formatDate(d)}
              </Shown>
            </dd>
          </dl>
          <nav aria-label="This case" className="case-links">
            <ul className="plain inline">
              {plan && lead && (
                <>
                  <li>
                    <Link to={`/cases/${c.id}/revise`}>Revise the plan</Link>
                  </li>
                  <li>
                    <Link to={`/cases/${c.id}/history`}>Version history</Link>
                  </li>
                </>
              )}
              {su && lead && (
                <>
                  <li>
                    <Link to={`/people/${su.id}/consents`}>Consents</Link>
                  </li>
                  <li>
                    <Link to={`/people/${su.id}/disclosures`}>Who saw this person's data</Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
          {!plan ? (
            <section aria-labelledby="plan-title">
              <h2 id="plan-title">Care plan</h2>
              <Shown value={plan} problem={problems.at('case', 'carePlan')} none="No plan yet.">
                {() => null}
              </Shown>
            </section>
          ) : (
            <section aria-labelledby="plan-title">
              <h2 id="plan-title">
                Care plan, version {plan.version}
                {plan.reviewOverdue ? <strong className="tag warn">Review overdue</strong> : null}
              </h2>
              <p>
                Next review {formatDate(plan.nextReviewOn)}
                {plan.lastReviewedOn ? `; last reviewed ${formatDate(plan.lastReviewedOn)}` : ''}.
              </p>
              <NeedsByDomain needs={plan.needs ?? []} problems={problems} />
              <GoalList goals={plan.goals ?? []} problems={problems} />
              <ActionList
                actions={plan.actions ?? []}
                problems={problems}
                path={['case', 'carePlan', 'actions']}
                onChanged={() => refetch()}
              />
            </section>
          )}
          {plan && lead && <PlanCopies planId={plan.id} agencies={data?.agencies ?? []} />}
          <Meetings
            caseId={c.id}
            meetings={c.meetings}
            agencies={data?.agencies ?? []}
            canSchedule={lead}
            onChanged={() => refetch()}
          />
          <Referrals caseId={c.id} />
          <GapsAndBlocks caseId={c.id} />
        </>
      )}
    </QueryState>
  );
}
