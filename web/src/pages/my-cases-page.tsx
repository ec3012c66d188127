import { Link } from 'react-router';
import { AppMyCasesDocument } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { listOf } from '../graphql/lists';
import { Problems } from '../graphql/problems';
import { formatDate, label } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { Shown } from '../ui/shown';

/** The open cases the signed-in case manager manages. */
export function MyCasesPage() {
  const [{ data, fetching, error }] = useTypedQuery(AppMyCasesDocument, {});
  const problems = new Problems(error);
  const cases = listOf(data?.myCases);
  return (
    <>
      <h1>My cases</h1>
      <QueryState fetching={fetching} error={error} hasData={!!data}>
        {cases.length === 0 ? (
          <p className="none">You manage no open cases.</p>
        ) : (
          <table>
            <caption className="visually-hidden">Open cases you manage</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Status</th>
                <th scope="col">Next review</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c, i) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/cases/${c.id}`}>
                      {c.serviceUser?.pseudonym}{' '}
                      <Shown
                        value={c.serviceUser?.givenName}
                        problem={problems.at('myCases', i, 'serviceUser', 'givenName')}
                        none=""
                      >
                        {(n) => `${n} ${c.serviceUser?.familyName ?? ''}`}
                      </Shown>
                    </Link>
                  </td>
                  <td>{label(c.status)}</td>
                  <td>
                    {c.carePlan ? formatDate(c.carePlan.nextReviewOn) : 'No plan yet'}
                    {c.carePlan?.reviewOverdue ? (
                      <strong className="tag warn"> overdue</strong>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </>
  );
}
