import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useAgencyName } from '../auth/session';
import {
  AppMeetingRecordPhoneFollowUpDocument,
  AppMeetingRecordReportReceivedDocument,
  SendMeetingInvitationsDocument,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf, type Problems } from '../graphql/problems';
import { FormMessage, TextInput } from '../ui/form';
import { formatTime } from '../ui/labels';
import { Shown } from '../ui/shown';
import { answerText, type Invitation, type MeetingData } from './meeting-state';
import { instantOf, localOf } from '../ui/local-time';
import { refusalMessage } from './refusal-message';

function ReportReceived({ meetingId, agencyCode, onDone }: Recorder) {
  const [result, record] = useTypedMutation(AppMeetingRecordReportReceivedDocument);
  const refused = refusalOf(result.error);
  return (
    <>
      <Button
        className="button secondary"
        isDisabled={result.fetching}
        onPress={() => void record({ meetingId, agencyCode }).then((r) => !r.error && onDone())}
      >
        Record the written report as received
      </Button>
      <FormMessage error={refused?.message} />
    </>
  );
}

function PhoneFollowUp({ meetingId, agencyCode, onDone }: Recorder) {
  const [result, record] = useTypedMutation(AppMeetingRecordPhoneFollowUpDocument);
  const [when, setWhen] = useState(() => localOf(new Date()));
  const refused = refusalOf(result.error);
  const calledAt = instantOf(when);
  return (
    <Form
      className="inline-form"
      aria-label={`Phone follow-up with ${agencyCode}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (calledAt)
          void record({ meetingId, agencyCode, calledAt }).then((r) => !r.error && onDone());
      }}
    >
      <TextInput
        label="When the follow-up call was made"
        type="datetime-local"
        value={when}
        onChange={setWhen}
        error={refused?.fields.calledAt}
      />
      <Button className="button secondary" type="submit" isDisabled={!calledAt || result.fetching}>
        Record the phone follow-up
      </Button>
      <FormMessage error={refusalMessage(refused, ['calledAt'])} />
    </Form>
  );
}

interface Recorder {
  meetingId: string;
  agencyCode: string;
  onDone: () => void;
}

function InvitedAgency({
  invitation: i,
  index,
  meetingId,
  canRecord,
  problems,
  onChanged,
}: {
  invitation: Invitation;
  index: number;
  meetingId: string;
  canRecord: boolean;
  problems: Problems;
  onChanged: () => void;
}) {
  const agencyName = useAgencyName();
  const code = i.agency?.code ?? '';
  const reportDue = i.response === 'APOLOGIES_WITH_REPORT' || i.reportReceived;
  return (
    <li className="card stack">
      <h3>{i.agency?.name ?? agencyName(code)}</h3>
      <dl className="facts">
        <dt>Answer</dt>
        <dd>
          {answerText(i)}
          {i.respondedAt ? ` (${formatTime(i.respondedAt)})` : ''}
        </dd>
        {i.keyWorker && (
          <>
            <dt>Key worker invited</dt>
            <dd>{i.keyWorker.name}</dd>
          </>
        )}
        {i.note && (
          <>
            <dt>Note</dt>
            <dd>{i.note}</dd>
          </>
        )}
        <dt>Invitation</dt>
        <dd>{i.sentAt ? `Sent ${formatTime(i.sentAt)}` : 'Not sent yet'}</dd>
        {reportDue && (
          <>
            <dt>Written report</dt>
            <dd>
              {i.reportReceived
                ? `Received ${formatTime(i.reportReceivedAt)}`
                : 'Not recorded as received'}
              {i.report?.contribution || problems.at('meeting', 'attendance', index, 'report') ? (
                <>
                  {': '}
                  <Shown
                    value={i.report?.contribution}
                    problem={problems.at('meeting', 'attendance', index, 'report')}
                  >
                    {(c) => `${c}${i.report?.issues ? ` Other issues: ${i.report.issues}` : ''}`}
                  </Shown>
                </>
              ) : null}
            </dd>
            <dt>Phone follow-up</dt>
            <dd>{i.phoneFollowUpDone ? formatTime(i.phoneFollowUpAt) : 'Not yet'}</dd>
          </>
        )}
      </dl>
      {canRecord && reportDue && !i.reportReceived && (
        <ReportReceived meetingId={meetingId} agencyCode={code} onDone={onChanged} />
      )}
      {canRecord && i.reportReceived && !i.phoneFollowUpDone && (
        <PhoneFollowUp meetingId={meetingId} agencyCode={code} onDone={onChanged} />
      )}
    </li>
  );
}

/** Sending the invitations, each invited agency's answer, and who has not answered. */
export function Attendance({
  meeting: m,
  canSend,
  canRecord,
  problems,
  onChanged,
}: {
  meeting: MeetingData;
  canSend: boolean;
  canRecord: boolean;
  problems: Problems;
  onChanged: () => void;
}) {
  const agencyName = useAgencyName();
  const [sent, send] = useTypedMutation(SendMeetingInvitationsDocument);
  const invited = m.attendance ?? [];
  const silent = (m.notAnswered ?? []).map((a) => agencyName(a.code));
  return (
    <section aria-labelledby="attendance-title" className="stack">
      <h2 id="attendance-title">Invitations and answers</h2>
      {canSend && (
        <div className="stack">
          <p>The purpose and aims go to every invited agency.</p>
          <Button
            className="button"
            isDisabled={sent.fetching}
            onPress={() => void send({ meetingId: m.id }).then((r) => !r.error && onChanged())}
          >
            Send the invitations
          </Button>
          <FormMessage error={refusalOf(sent.error)?.message} />
        </div>
      )}
      {m.invitationsSentAt && (
        <p>
          {silent.length
            ? `No answer yet from ${silent.join(', ')}.`
            : 'Every agency has answered.'}
        </p>
      )}
      <ul className="plain stack">
        {invited.map((i, index) => (
          <InvitedAgency
            key={i.id}
            invitation={i}
            index={index}
            meetingId={m.id}
            canRecord={canRecord}
            problems={problems}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </section>
  );
}
