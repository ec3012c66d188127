import { Fragment } from 'react';
import type { Problems } from '../graphql/problems';
import { Shown } from '../ui/shown';
import { REVIEW_FIELDS } from './action-review-fields';
import type { MeetingData } from './meeting-state';

/** The minutes as saved: read only, once finalised (or for anyone but the chair). */
export function MinutesRecord({
  meeting: m,
  problems,
}: {
  meeting: MeetingData;
  problems: Problems;
}) {
  const actions = new Map((m.case?.carePlan?.actions ?? []).map((a) => [a.id, a.description]));
  return (
    <section aria-labelledby="minutes-record-title" className="stack">
      <h2 id="minutes-record-title">Minutes</h2>
      <h3>Summary</h3>
      <p>
        <Shown value={m.summary} problem={problems.at('meeting', 'summary')} none="No minutes yet.">
          {(s) => s}
        </Shown>
      </p>
      <h3>Decisions</h3>
      <Shown value={m.decisions} problem={problems.at('meeting', 'decisions')}>
        {(ds) => (
          <ul>
            {ds.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </Shown>
      <h3>Review of each plan action</h3>
      <Shown value={m.actionReviews} problem={problems.at('meeting', 'actionReviews')}>
        {(reviews) => (
          <ul className="plain stack">
            {reviews.map((r, i) => (
              <li key={r.actionId ?? i} className="card">
                <h4>{(r.actionId && actions.get(r.actionId)) ?? 'A plan action'}</h4>
                <dl className="facts">
                  {REVIEW_FIELDS.filter((f) => r[f.key]).map((f) => (
                    <Fragment key={f.key}>
                      <dt>{f.label}</dt>
                      <dd>{r[f.key]}</dd>
                    </Fragment>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </Shown>
    </section>
  );
}
