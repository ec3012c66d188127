import { useMemo } from 'react';
import {
  AppAttendanceToDecideDocument,
  MeDocument,
  type AppAttendanceToDecideQuery,
} from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { mapConnection, usePaged } from '../graphql/paging';
import { Problems } from '../graphql/problems';
import { formatTime, label } from '../ui/labels';
import { LoadMore } from '../ui/load-more';
import { QueryState } from '../ui/query-state';
import { ProblemText } from '../ui/shown';
import { Decide } from './attendance-requests';
import type { OnChanged } from './attendance-types';

const PAGE_SIZE = 50;

/**
 * The requests of a page as the list shows them: each keyed by its request's id (the item itself,
 * the request with its meeting, has none); one whose request is not given is not listed.
 */
const decidable = (page: AppAttendanceToDecideQuery['attendanceRequestsToDecide'] | undefined) =>
  mapConnection(page, ({ request, ...meeting }) =>
    request ? { ...meeting, request, id: request.id } : null,
  );

/**
 * For a supervisor: their key workers' requests to attend meetings that wait for their decision,
 * in one read (attendanceRequestsToDecide), each with the meeting as the agency's invitation says,
 * each decided here.
 */
export function AttendanceToDecide({ onChanged }: { onChanged: OnChanged }) {
  const [mine] = useTypedQuery(MeDocument, {});
  const supervisor = mine.data?.myStaffRecord?.role === 'SUPERVISOR';
  const [{ data, fetching, error }, reload] = useTypedQuery(
    AppAttendanceToDecideDocument,
    { first: PAGE_SIZE },
    !supervisor,
  );
  // The first page from this query; "Load more" asks the same query for the pages after it.
  const first = useMemo(() => decidable(data?.attendanceRequestsToDecide), [data]);
  const paged = usePaged(first, {
    query: AppAttendanceToDecideDocument,
    variables: { first: PAGE_SIZE },
    connection: (d) => decidable(d.attendanceRequestsToDecide),
  });
  if (!supervisor) return null;
  const requests = paged.items;
  // Refused as a whole (case-management unreachable): said here, the rest of the page shown.
  const refused = new Problems(error).at('attendanceRequestsToDecide');
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <section aria-labelledby="to-decide-title">
      <h2 id="to-decide-title">Requests to attend meetings waiting for your decision</h2>
      {refused && (
        <p>
          <ProblemText problem={refused} />
        </p>
      )}
      <QueryState fetching={fetching} error={error} hasData={!!data}>
        {requests.length === 0 ? (
          <p className="none">None</p>
        ) : (
          <ul className="plain stack">
            {requests.map(({ request: r, meetingReason, meetingAt, meetingPlace }) => (
              <li key={r.id} className="card" aria-labelledby={`decide-${r.id}`}>
                <h3 id={`decide-${r.id}`}>
                  {r.keyWorker?.name ?? 'A key worker'} asks to attend the {label(meetingReason)}{' '}
                  meeting, {formatTime(meetingAt)}
                </h3>
                <p className="meta">
                  {meetingPlace ? `${meetingPlace}. ` : ''}
                  Asked on {formatTime(r.requestedAt)}.
                </p>
                {r.note ? <p>Note: {r.note}</p> : null}
                <Decide request={r} onChanged={changed} />
              </li>
            ))}
          </ul>
        )}
        <LoadMore paged={paged} what="requests to attend" />
      </QueryState>
    </section>
  );
}
