import { Link, useParams } from 'react-router';
import { useSession } from '../auth/session';
import { AppMeetingDocument } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { Problems } from '../graphql/problems';
import { capitalised, formatTime } from '../ui/labels';
import { QueryState } from '../ui/query-state';
import { RedisclosureNotice } from '../ui/redisclosure-notice';
import { Attendance } from './attendance';
import { ChangeMeeting } from './change-meeting';
import { Circulation } from './circulation';
import { FinalisedOutcome, FinaliseForm } from './finalise-form';
import { chairSteps } from './meeting-state';
import { MeetingFacts } from './meeting-facts';
import { MinutesForm } from './minutes-form';
import { MinutesRecord } from './minutes-record';
import { ServiceUserPreparation } from './service-user-preparation';

/**
 * One care plan meeting as its chair works it (Protocol 4): the invitations and each agency's
 * answer, preparing the service user, the minutes with each action's review, finalising into a
 * new plan version, and circulating the outcome. Only the steps the meeting's status allows are
 * offered, and only to the case's case manager; anyone else sees the record.
 */
export function MeetingPage() {
  const { caseId = '', meetingId = '' } = useParams();
  const [{ data, fetching, error, extensions }, refetch] = useTypedQuery(AppMeetingDocument, {
    id: meetingId,
  });
  const { userId, agency } = useSession();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const problems = new Problems(error);
  const m = data?.meeting;
  const cm = m?.case?.caseManager;
  const chair = !!cm && cm.id === userId && cm.agencyCode === agency.code;
  const steps = m && chair ? chairSteps(m) : undefined;
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      {!m ? (
        <>
          <h1>Meeting</h1>
          <p className="none">This meeting does not exist, or is not shared with your agency.</p>
        </>
      ) : (
        <>
          <h1>
            {capitalised(m.reason)} meeting{' '}
            <span className="subtitle">
              {m.case?.serviceUser?.pseudonym}, {formatTime(m.scheduledFor)}
            </span>
          </h1>
          <p>
            <Link to={`/cases/${m.case?.id ?? caseId}`}>Back to the case</Link>
          </p>
          <RedisclosureNotice extensions={extensions} />
          <MeetingFacts meeting={m} problems={problems} />
          <ChangeMeeting
            meeting={m}
            canMove={!!steps?.reschedule}
            canCancel={!!steps?.cancel}
            onChanged={reload}
          />
          {m.status !== 'CANCELLED' && (
            <>
              <Attendance
                meeting={m}
                canSend={!!steps?.sendInvitations}
                canRecord={!!steps?.recordAttendance}
                problems={problems}
                onChanged={reload}
              />
              <ServiceUserPreparation
                meeting={m}
                canRecord={!!steps?.prepareServiceUser}
                problems={problems}
                onChanged={reload}
              />
            </>
          )}
          {steps?.minutes ? (
            <MinutesForm meeting={m} onSaved={reload} reload={reload} />
          ) : (
            m.status !== 'CANCELLED' && (
              <>
                <MinutesRecord meeting={m} problems={problems} />
                {steps?.minutesNotYet && (
                  <p>The minutes can be written once the meeting has started.</p>
                )}
              </>
            )
          )}
          {steps?.finalise && <FinaliseForm meeting={m} onFinalised={reload} reload={reload} />}
          {m.status === 'FINALISED' && (
            <>
              <FinalisedOutcome meeting={m} />
              <Circulation meeting={m} canCirculate={!!steps?.circulate} onChanged={reload} />
            </>
          )}
        </>
      )}
    </QueryState>
  );
}
