import { AppAttendanceToDecideDocument, MeDocument } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { hasMore, listOf } from '../graphql/lists';
import { Problems } from '../graphql/problems';
import { formatTime, label } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { ProblemText } from '../ui/shown';
import { Decide } from './attendance-requests';
import type { OnChanged } from './attendance-types';

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
    { first: 50 },
    !supervisor,
  );
  if (!supervisor) return null;
  const requests = listOf(data?.attendanceRequestsToDecide);
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
            {requests.map(({ request: r, meetingReason, meetingAt, meetingPlace }) =>
              r ? (
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
              ) : null,
            )}
          </ul>
        )}
        {hasMore(data?.attendanceRequestsToDecide) && (
          <p className="meta">Showing the first {requests.length} requests.</p>
        )}
      </QueryState>
    </section>
  );
}
