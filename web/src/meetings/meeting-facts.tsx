import type { Problems } from '../graphql/problems';
import { capitalised, formatDate, formatTime, label } from '../ui/labels';
import { Shown } from '../ui/shown';
import type { MeetingData } from './meeting-state';

/** The meeting as scheduled: reason, when, where, purpose, aims, status, chair, the service user. */
export function MeetingFacts({
  meeting: m,
  problems,
}: {
  meeting: MeetingData;
  problems: Problems;
}) {
  const at = (field: string) => problems.at('meeting', field);
  return (
    <dl className="facts">
      <dt>Reason</dt>
      <dd>{capitalised(m.reason)}</dd>
      <dt>When</dt>
      <dd>
        {formatTime(m.scheduledFor)}
        {m.rescheduledAt ? ` (moved ${formatTime(m.rescheduledAt)})` : ''}
      </dd>
      <dt>Where</dt>
      <dd>{m.place}</dd>
      <dt>Status</dt>
      <dd>
        <span className="tag">{label(m.status)}</span>
        {m.cancelledAt && (
          <>
            {' '}
            on {formatTime(m.cancelledAt)}:{' '}
            <Shown value={m.cancellationReason} problem={at('cancellationReason')}>
              {(r) => r}
            </Shown>
          </>
        )}
      </dd>
      <dt>Chair</dt>
      <dd>
        <Shown value={m.chairedBy} problem={at('chairedBy')}>
          {(c) => c.name}
        </Shown>
      </dd>
      <dt>Purpose</dt>
      <dd>
        <Shown value={m.purpose} problem={at('purpose')}>
          {(p) => p}
        </Shown>
      </dd>
      <dt>Aims</dt>
      <dd>
        <Shown value={m.aims} problem={at('aims')}>
          {(a) => a}
        </Shown>
      </dd>
      <dt>Service user</dt>
      <dd>
        {m.serviceUserAttends === false ? 'Does not attend' : 'Attends'}
        {m.serviceUserAttendanceReason ? ` (${m.serviceUserAttendanceReason})` : ''}
      </dd>
      <dt>Invitations</dt>
      <dd>{m.invitationsSentAt ? `Sent ${formatTime(m.invitationsSentAt)}` : 'Not sent yet'}</dd>
      {m.outcomeCirculationDueOn && (
        <>
          <dt>Outcome to circulate by</dt>
          <dd>
            {formatDate(m.outcomeCirculationDueOn)}
            {m.outcomeCirculationLate ? <strong className="tag warn">Late</strong> : null}
          </dd>
        </>
      )}
    </dl>
  );
}
