import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { AppDisclosureLogDocument, type AppDisclosureLogQuery } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { listOf, type ItemOf } from '../graphql/lists';
import { Problems } from '../graphql/problems';
import { capitalised, categoryLabel, formatTime } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { ProblemText } from '../ui/shown';
import { saveFile } from '../ui/save-file';

type Log = NonNullable<NonNullable<AppDisclosureLogQuery['serviceUser']>['disclosureLog']>;
type Entry = ItemOf<Log['entries']>;

const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The log as a file the person can keep: every disclosure, by every server. */
function download(pseudonym: string, entries: Entry[], format: 'csv' | 'json') {
  const body =
    format === 'json'
      ? JSON.stringify(
          { serviceUser: pseudonym, exportedAt: new Date().toISOString(), entries },
          null,
          2,
        )
      : [
          'at,agency,user,categories,fields,basis,operation',
          ...entries.map((e) =>
            [
              e.at,
              e.readerAgency,
              e.readerUser,
              e.categories.join(' '),
              e.fields.join(' '),
              e.bases.join(' '),
              e.operationName ?? '',
            ]
              .map(csvCell)
              .join(','),
          ),
        ].join('\n');
  saveFile(
    `disclosures-${pseudonym}.${format}`,
    format === 'json' ? 'application/json' : 'text/csv',
    body,
  );
}

/** Who saw this person's data: every disclosure recorded by case-management and every agency. */
export function DisclosureLogPage() {
  const { serviceUserId = '' } = useParams();
  const [{ data, fetching, error }] = useTypedQuery(AppDisclosureLogDocument, {
    serviceUserId,
    first: 100,
  });
  const problems = new Problems(error);
  const su = data?.serviceUser;
  const log = su?.disclosureLog;
  const entries = [
    ...listOf(log?.entries),
    ...listOf(log?.agencies).flatMap((a) => listOf(a.entries)),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      <h1>Who saw {su?.pseudonym ?? 'this person'}'s data</h1>
      <p>
        <Link to={`/people/${serviceUserId}/consents`}>Consents</Link>
      </p>
      {!log ? (
        <p>
          {problems.within('serviceUser', 'disclosureLog') ? (
            <ProblemText problem={problems.within('serviceUser', 'disclosureLog')!} />
          ) : (
            'Only the case manager can read this log.'
          )}
        </p>
      ) : (
        <>
          <div className="inline">
            <Button
              className="button"
              onPress={() => download(su?.pseudonym ?? 'person', entries, 'csv')}
            >
              Export (CSV)
            </Button>
            <Button
              className="button secondary"
              onPress={() => download(su?.pseudonym ?? 'person', entries, 'json')}
            >
              Export (JSON)
            </Button>
          </div>
          {listOf(log.agencies).map((a, i) =>
            problems.at('serviceUser', 'disclosureLog', 'agencies', i) ? (
              <p key={a.agencyCode}>
                <ProblemText
                  problem={problems.at('serviceUser', 'disclosureLog', 'agencies', i)!}
                />
              </p>
            ) : null,
          )}
          {problems.at('serviceUser', 'disclosureLog', 'entries') && (
            <p>
              <ProblemText problem={problems.at('serviceUser', 'disclosureLog', 'entries')!} />
            </p>
          )}
          <table>
            <caption>Disclosures, newest first ({entries.length})</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Agency</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">On what basis</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.readerAgency}-${e.position}-${e.at}`}>
                  <td>{formatTime(e.at)}</td>
                  <td>{e.readerAgency}</td>
                  <td>{e.readerUser}</td>
                  <td>{e.categories.map((c) => capitalised(categoryLabel(c))).join(', ')}</td>
                  <td>{e.bases.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Refused reads</h2>
          {listOf(log.deniedAttempts).length === 0 ? (
            <p className="none">None recorded</p>
          ) : (
            <ul>
              {listOf(log.deniedAttempts).map((d, i) => (
                <li key={i}>
                  {formatTime(d.at)}: {d.readerAgency} ({d.readerUser}) was refused{' '}
                  {categoryLabel(d.category)} ({d.reason})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </QueryState>
  );
}
