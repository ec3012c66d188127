import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link } from 'react-router';
import {
  AppCaseWorkCaseMeetingsDocument,
  ScheduleMeetingDocument,
  type AppCasePlanQuery,
  type MeetingReason,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { usePaged } from '../graphql/paging';
import { refusalOf } from '../graphql/problems';
import { Checkboxes } from '../ui/checkboxes';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { capitalised, formatTime, label } from '../ui/labels';
import { LoadMore } from '../ui/load-more';

type Case = NonNullable<AppCasePlanQuery['case']>;

const REASONS: { id: MeetingReason; name: string }[] = [
  { id: 'REVIEW', name: 'Care plan review' },
  { id: 'REFERRAL', name: 'Referral' },
  { id: 'SERVICE_USER_REQUEST', name: 'The service user asked for it' },
];

function ScheduleForm({
  caseId,
  agencies,
  onScheduled,
}: {
  caseId: string;
  agencies: { code: string; name: string }[];
  onScheduled: () => void;
}) {
  const [result, schedule] = useTypedMutation(ScheduleMeetingDocument);
  const [reason, setReason] = useState<MeetingReason | null>('REVIEW');
  const [when, setWhen] = useState('');
  const [place, setPlace] = useState('');
  const [invited, setInvited] = useState<string[]>([]);
  const [purpose, setPurpose] = useState('');
  const [aims, setAims] = useState('');
  const refused = refusalOf(result.error);
  const f = refused?.fields ?? {};
  const ready = reason && when && place.trim() && invited.length && purpose.trim() && aims.trim();
  return (
    <Form
      className="stack card"
      aria-labelledby="schedule-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        void schedule({
          input: {
            caseId,
            reason,
            scheduledFor: new Date(when).toISOString(),
            place,
            invitedAgencyCodes: invited,
            purpose,
            aims,
          },
        }).then((r) => !r.error && onScheduled());
      }}
    >
      <h3 id="schedule-title">Schedule a meeting</h3>
      <Choice
        label="Reason"
        value={reason}
        onChange={setReason}
        options={REASONS}
        error={f.reason}
      />
      <TextInput
        label="When"
        type="datetime-local"
        value={when}
        onChange={setWhen}
        error={f.scheduledFor}
        isRequired
      />
      <TextInput label="Where" value={place} onChange={setPlace} error={f.place} isRequired />
      <Checkboxes
        label="Agencies invited"
        value={invited}
        onChange={setInvited}
        options={agencies.map((a) => ({ id: a.code, name: a.name }))}
        error={f.invitedAgencyCodes}
      />
      <TextInput
        label="Purpose"
        value={purpose}
        onChange={setPurpose}
        error={f.purpose}
        multiline
        isRequired
      />
      <TextInput label="Aims" value={aims} onChange={setAims} error={f.aims} multiline isRequired />
      <FormMessage error={refused && !Object.keys(f).length ? refused.message : undefined} />
      <Button className="button" type="submit" isDisabled={!ready || result.fetching}>
        Schedule the meeting
      </Button>
    </Form>
  );
}

/** The case's care plan meetings, and scheduling one with its reason, purpose and aims. */
export function Meetings({
  caseId,
  meetings,
  agencies,
  canSchedule,
  onChanged,
}: {
  caseId: string;
  meetings: Case['meetings'];
  agencies: { code: string; name: string }[];
  canSchedule: boolean;
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const paged = usePaged(meetings, {
    query: AppCaseWorkCaseMeetingsDocument,
    variables: { caseId },
    connection: (d) => d.case?.meetings,
  });
  const list = paged.items;
  return (
    <section aria-labelledby="meetings-title">
      <h2 id="meetings-title">Meetings</h2>
      {list.length === 0 ? (
        <p className="none">None recorded</p>
      ) : (
        <ul className="plain stack">
          {list.map((m) => (
            <li key={m.id} className="card">
              <Link to={`/cases/${caseId}/meetings/${m.id}`}>
                {capitalised(m.reason)} meeting, {formatTime(m.scheduledFor)}, {m.place}
              </Link>{' '}
              <span className="tag">{label(m.status)}</span>
            </li>
          ))}
        </ul>
      )}
      <LoadMore paged={paged} what="meetings" />
      {canSchedule &&
        (open ? (
          <ScheduleForm
            caseId={caseId}
            agencies={agencies}
            onScheduled={() => {
              setOpen(false);
              onChanged();
            }}
          />
        ) : (
          <Button className="button secondary" onPress={() => setOpen(true)}>
            Schedule a meeting
          </Button>
        ))}
    </section>
  );
}
