import type { AppCasePlanQuery } from '../graphql/generated/graphql';
import type { Problems } from '../graphql/problems';
import { capitalised, formatDate, label } from '../ui/labels';
import { Shown } from '../ui/shown';

type Plan = NonNullable<NonNullable<AppCasePlanQuery['case']>['carePlan']>;

export const DOMAINS = ['PHYSICAL', 'PSYCHOLOGICAL', 'SOCIAL', 'LEGAL', 'SUBSTANCE_USE'] as const;

/** The plan's needs, one list per domain (the framework's four, and substance use: ADR 0009). */
export function NeedsByDomain({
  needs,
  problems,
}: {
  needs: Plan['needs'] & {};
  problems: Problems;
}) {
  const idx = new Map(needs.map((n, i) => [n.id, i]));
  return (
    <section aria-labelledby="needs-title">
      <h3 id="needs-title">Needs by domain</h3>
      <div className="domains">
        {DOMAINS.map((d) => {
          const ofDomain = needs.filter((n) => n.domain === d);
          return (
            <section key={d} aria-labelledby={`domain-${d}`} className="card">
              <h4 id={`domain-${d}`}>{capitalised(d)}</h4>
              {ofDomain.length === 0 ? (
                <p className="none">None recorded</p>
              ) : (
                <ul>
                  {ofDomain.map((n) => (
                    <li key={n.id}>
                      <Shown
                        value={n.description}
                        problem={problems.at(
                          'case',
                          'carePlan',
                          'needs',
                          idx.get(n.id) ?? -1,
                          'description',
                        )}
                      >
                        {(text) => text}
                      </Shown>
                      {n.met ? <span className="tag ok">met</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

/** SMART goals: what, how it is measured, why it is achievable, by when. */
export function GoalList({ goals, problems }: { goals: Plan['goals'] & {}; problems: Problems }) {
  return (
    <section aria-labelledby="goals-title">
      <h3 id="goals-title">Goals</h3>
      {goals.length === 0 ? (
        <p className="none">None recorded</p>
      ) : (
        <ul className="plain stack">
          {goals.map((g, i) => (
            <li key={g.id} className="card">
              <p className="goal-statement">
                <Shown
                  value={g.statement}
                  problem={problems.at('case', 'carePlan', 'goals', i, 'statement')}
                >
                  {(s) => s}
                </Shown>{' '}
                <span className="tag">{label(g.status)}</span>
              </p>
              <dl className="facts compact">
                <dt>Domain</dt>
                <dd>{label(g.domain)}</dd>
                <dt>Measure</dt>
                <dd>{g.measure}</dd>
                <dt>Achievable because</dt>
                <dd>{g.achievability}</dd>
                <dt>By</dt>
                <dd>{formatDate(g.targetDate)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
