import { AppAttendanceWorkDocument } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { Problems } from '../graphql/problems';
import { ProblemText } from '../ui/shown';
import { AttendanceRequests } from './attendance-requests';
import { WrittenReport } from './attendance-report';
import { MeetingSubstitute } from './attendance-substitute';
import type { Invitation, Me, OnChanged } from './attendance-types';

/**
 * What the agency does towards one meeting it is invited to ("Attending Case Meetings"): asking
 * permission to attend, or a written report, or a substitute. Read from the agency's own server
 * (myMeetingWork); every change reads it again, and tells the invitations list.
 */
export function AttendanceWork({
  invitation,
  me,
  onChanged,
}: {
  invitation: Invitation;
  me: Me;
  onChanged: OnChanged;
}) {
  const meetingId = invitation.meetingId ?? '';
  const [{ data, error }, reload] = useTypedQuery(
    AppAttendanceWorkDocument,
    { meetingId },
    !meetingId,
  );
  if (!meetingId) return null;
  const problems = new Problems(error);
  const work = data?.myMeetingWork;
  const open = invitation.meetingStatus === 'SCHEDULED';
  const changed = () => {
    reload();
    onChanged();
  };
  const common = { meetingId, open, onChanged: changed };
  const whole = problems.general[0] ?? (!work ? problems.at('myMeetingWork') : undefined);
  return (
    <div className="controls stack">
      {whole ? (
        <p>
          <ProblemText problem={whole} />
        </p>
      ) : work ? (
        <>
          <AttendanceRequests
            {...common}
            requests={work.requests ?? []}
            problem={problems.at('myMeetingWork', 'requests')}
            me={me}
          />
          <WrittenReport
            {...common}
            report={work.report}
            problem={problems.at('myMeetingWork', 'report')}
          />
          <MeetingSubstitute
            {...common}
            substitute={work.substitute}
            problem={problems.at('myMeetingWork', 'substitute')}
            me={me}
          />
        </>
      ) : null}
    </div>
  );
}
