import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  AppAttendanceRecordPhoneFollowUpDocument,
  SubmitWrittenReportDocument,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf, type Problem } from '../graphql/problems';
import { FormMessage, TextInput } from '../ui/form';
import { formatTime } from '../ui/labels';
import { localOf } from '../ui/local-time';
import { Opens } from '../ui/opens';
import { ProblemText } from '../ui/shown';
import type { MeetingWork, OnChanged } from './attendance-types';

type Report = NonNullable<MeetingWork['report']>;

/**
 * The instant of a call made in the given minute (local time): the end of that minute, or now if
 * it is the current minute; a report sent earlier in that same minute is then still before it.
 */
function calledAtOf(local: string): string {
  const start = new Date(local).getTime();
  if (Number.isNaN(start)) return local;
  const now = Date.now();
  return new Date(start > now ? start : Math.min(start + 59_999, now)).toISOString();
}

function SendReport({ meetingId, onChanged }: { meetingId: string; onChanged: OnChanged }) {
  const [result, send] = useTypedMutation(SubmitWrittenReportDocument);
  const [contribution, setContribution] = useState('');
  const [issues, setIssues] = useState('');
  const refused = refusalOf(result.error);
  const fields = refused?.fields ?? {};
  return (
    <Form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void send({ meetingId, contribution, issues }).then((r) => !r.error && onChanged());
      }}
    >
      <TextInput
        label="Your contribution to the care plan"
        value={contribution}
        onChange={setContribution}
        multiline
        isRequired
        error={fields.contribution}
      />
      <TextInput
        label="Any other issues"
        value={issues}
        onChange={setIssues}
        multiline
        isRequired
        error={fields.issues}
      />
      <FormMessage error={refused && !Object.keys(fields).length ? refused.message : undefined} />
      <Button className="button" type="submit" isDisabled={!contribution.trim() || !issues.trim()}>
        Send the report
      </Button>
    </Form>
  );
}

/** The phone call that follows the report up before the meeting. */
function RecordCall({ meetingId, onChanged }: { meetingId: string; onChanged: OnChanged }) {
  const [result, record] = useTypedMutation(AppAttendanceRecordPhoneFollowUpDocument);
  const [when, setWhen] = useState(() => localOf(new Date()));
  const [note, setNote] = useState('');
  const refused = refusalOf(result.error);
  const fields = refused?.fields ?? {};
  return (
    <Form
      className="inline-form"
      aria-label="Record the follow-up call"
      onSubmit={(e) => {
        e.preventDefault();
        void record({ meetingId, calledAt: calledAtOf(when), note }).then(
          (r) => !r.error && onChanged(),
        );
      }}
    >
      <TextInput
        label="When you called"
        type="datetime-local"
        value={when}
        onChange={setWhen}
        isRequired
        error={fields.calledAt}
      />
      <TextInput label="What was said" value={note} onChange={setNote} error={fields.note} />
      <Button className="button secondary" type="submit" isDisabled={!when}>
        Record the call
      </Button>
      <FormMessage error={refused && !Object.keys(fields).length ? refused.message : undefined} />
    </Form>
  );
}

/**
 * The written report of a key worker who cannot attend ("a written report outlining their
 * contribution to the care plan and any other issues ... followed up with a phone call"): what
 * was sent and the follow-up call, or the forms to send and follow it up while the meeting is to
 * come.
 */
export function WrittenReport({
  meetingId,
  report,
  problem,
  open,
  onChanged,
}: {
  meetingId: string;
  report: Report | null | undefined;
  problem: Problem | undefined;
  open: boolean;
  onChanged: OnChanged;
}) {
  if (problem && !report)
    return (
      <div>
        <h4>Written report</h4>
        <ProblemText problem={problem} />
      </div>
    );
  if (!report)
    return open ? (
      <Opens label="Can't attend? Send a written report">
        {() => <SendReport meetingId={meetingId} onChanged={onChanged} />}
      </Opens>
    ) : null;
  return (
    <div>
      <h4>Written report</h4>
      <dl className="facts compact">
        <dt>Sent</dt>
        <dd>
          {formatTime(report.submittedAt)}
          {report.writtenBy ? ` by ${report.writtenBy.name}` : ''}
        </dd>
        <dt>Contribution</dt>
        <dd>{report.contribution}</dd>
        <dt>Other issues</dt>
        <dd>{report.issues}</dd>
        <dt>Phone follow-up</dt>
        <dd>
          {report.phoneFollowUpAt ? (
            `Called on ${formatTime(report.phoneFollowUpAt)}${
              report.phoneFollowUpNote ? `: ${report.phoneFollowUpNote}` : ''
            }`
          ) : (
            <span className="none">Not yet followed up by phone</span>
          )}
        </dd>
      </dl>
      {open && !report.phoneFollowUpAt && (
        <RecordCall meetingId={meetingId} onChanged={onChanged} />
      )}
    </div>
  );
}
