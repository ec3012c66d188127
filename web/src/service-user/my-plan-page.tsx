import { Button } from 'react-aria-components';
import {
  AppAcknowledgePlanCopyDocument,
  AppMyOwnRecordDocument,
} from '../graphql/generated/graphql';
import { useTypedMutation, useTypedQuery } from '../graphql/hooks';
import { listOf } from '../graphql/lists';
import { Problems } from '../graphql/problems';
import { capitalised, categoryLabel, formatDate, formatTime, label } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { RedisclosureNotice } from '../ui/redisclosure-notice';
import { Shown } from '../ui/shown';

/**
 * A service user's own view (role SERVICE_USER, ADR 0049): their plan in plain words, who they
 * agreed may see what, who saw their data, and their copies of the plan to acknowledge. Only
 * their own record: the API gives a service user nothing else.
 */
export function MyPlanPage() {
  const [{ data, fetching, error, extensions }, reload] = useTypedQuery(AppMyOwnRecordDocument, {
    first: 50,
  });
  const [ack, acknowledge] = useTypedMutation(AppAcknowledgePlanCopyDocument);
  const problems = new Problems(error);
  const me = data?.myOwnRecord;
  const plan = me?.currentCase?.carePlan;
  const copies = listOf(plan?.copies).filter((c) => c.recipientKind === 'SERVICE_USER');
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      {!me ? (
        <p className="none">Your plan is not available here.</p>
      ) : (
        <>
          <h1>Your care plan{me.givenName ? `, ${me.givenName}` : ''}</h1>
          <RedisclosureNotice extensions={extensions} />
          <p>
            {me.currentCase?.caseManager?.name ?? 'Your case manager'} at{' '}
            {me.currentCase?.leadAgency?.name} looks after your plan with you.
            {plan?.nextReviewOn
              ? ` You will look at it together again by ${formatDate(plan.nextReviewOn)}.`
              : ''}
          </p>
          <section aria-labelledby="su-needs">
            <h2 id="su-needs">What you need help with</h2>
            <ul>
              {listOf(plan?.needs).map((n, i) => (
                <li key={n.id}>
                  <strong>{capitalised(n.domain)}:</strong>{' '}
                  <Shown
                    value={n.description}
                    problem={problems.at(
                      'myOwnRecord',
                      'currentCase',
                      'carePlan',
                      'needs',
                      i,
                      'description',
                    )}
                  >
                    {(d) => d}
                  </Shown>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="su-goals">
            <h2 id="su-goals">Your goals</h2>
            <ul>
              {listOf(plan?.goals).map((g) => (
                <li key={g.id}>
                  {g.statement}: you will know by {g.measure?.toLowerCase()}, by{' '}
                  {formatDate(g.targetDate)} ({label(g.status)})
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="su-actions">
            <h2 id="su-actions">Who is doing what</h2>
            <ul>
              {listOf(plan?.actions).map((a) => (
                <li key={a.id}>
                  {a.responsibleAgency?.name}: {a.description} (by {formatDate(a.dueOn)};{' '}
                  {label(a.delivery?.status ?? 'PENDING')})
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="su-copies">
            <h2 id="su-copies">Your copies of the plan</h2>
            {copies.length === 0 ? (
              <p className="none">No copy given to you yet.</p>
            ) : (
              <ul className="plain stack">
                {copies.map((c) => (
                  <li key={c.id}>
                    Version {c.version}, given {formatTime(c.issuedAt)}.{' '}
                    {c.acknowledgedAt ? (
                      `You confirmed you received it on ${formatDate(c.acknowledgedAt)}.`
                    ) : (
                      <Button
                        className="button"
                        isDisabled={ack.fetching}
                        onPress={() => void acknowledge({ copyId: c.id }).then(() => reload())}
                      >
                        I have received this copy
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="su-consents">
            <h2 id="su-consents">Who you agreed may see your information</h2>
            <ul>
              {listOf(me.consents).map((c) => (
                <li key={c.id}>
                  {c.recipientAgency?.name ?? 'Agencies of a kind'}:{' '}
                  {c.fullCopy ? 'everything' : listOf(c.categories).map(categoryLabel).join(', ')} (
                  {label(c.status)}
                  {c.validUntil ? `, until ${formatDate(c.validUntil)}` : ''})
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="su-seen">
            <h2 id="su-seen">Who saw your information</h2>
            <ul>
              {listOf(me.disclosureLog?.entries).map((e) => (
                <li key={`${e.readerAgency}-${e.position}`}>
                  {formatTime(e.at)}: {e.readerAgency} read{' '}
                  {e.categories.map(categoryLabel).join(', ')}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </QueryState>
  );
}
