import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import {
  EndEmergencyAccessDocument,
  StartEmergencyAccessDocument,
  type EmergencyReasonCode,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';

const REASONS: { id: EmergencyReasonCode; name: string }[] = [
  { id: 'ETREAT', name: 'ETREAT: emergency treatment needed now' },
  { id: 'THREAT', name: 'THREAT: to prevent injury to someone' },
];

interface Access {
  id: string;
  endsAt: string;
}

const keyOf = (serviceUserId: string) => `icp.emergency.${serviceUserId}`;

function remembered(serviceUserId: string): Access | undefined {
  const raw = sessionStorage.getItem(keyOf(serviceUserId));
  const access = raw ? (JSON.parse(raw) as Access) : undefined;
  return access && new Date(access.endsAt).getTime() > Date.now() ? access : undefined;
}

/** "12 min 05 s", counting down to the end. */
function useTimeLeft(endsAt: string | undefined): string | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!endsAt) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  if (!endsAt) return undefined;
  const left = Math.max(0, Math.round((new Date(endsAt).getTime() - now) / 1000));
  return `${Math.floor(left / 60)} min ${String(left % 60).padStart(2, '0')} s`;
}

/**
 * Emergency (break-glass) access, offered where the person's consent withholds something: a
 * coded reason (ETREAT or THREAT) and what happened; while it lasts, the time left and a way to
 * end it. Every read under it is audited, and the case manager is told (ADR 0018, ADR 0027).
 */
export function EmergencyAccessPanel({
  serviceUserId,
  onChanged,
}: {
  serviceUserId: string;
  onChanged: () => void;
}) {
  const [start, doStart] = useTypedMutation(StartEmergencyAccessDocument);
  const [end, doEnd] = useTypedMutation(EndEmergencyAccessDocument);
  const [access, setAccess] = useState<Access | undefined>(() => remembered(serviceUserId));
  const [reasonCode, setReasonCode] = useState<EmergencyReasonCode | null>(null);
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState('30');
  const timeLeft = useTimeLeft(access?.endsAt);
  const refused = refusalOf(start.error ?? end.error);
  const over = timeLeft === '0 min 00 s';
  if (access && !over)
    return (
      <section className="emergency" aria-labelledby="ea-title">
        <h2 id="ea-title">Emergency access in force</h2>
        <p>
          Time left: <strong className="time-left">{timeLeft}</strong>. Every read is recorded and
          reviewed by the lead agency.
        </p>
        <Button
          className="button danger"
          onPress={() =>
            void doEnd({ id: access.id }).then((r) => {
              if (r.error) return;
              sessionStorage.removeItem(keyOf(serviceUserId));
              setAccess(undefined);
              onChanged();
            })
          }
        >
          End emergency access now
        </Button>
        <FormMessage error={refused?.message} />
      </section>
    );
  return (
    <details className="emergency">
      <summary>Emergency access (break the glass)</summary>
      <Form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!reasonCode) return;
          void doStart({
            input: { serviceUserId, reasonCode, reason, minutes: Number(minutes) },
          }).then((r) => {
            const started = r.data?.startEmergencyAccess;
            if (!started?.endsAt) return;
            const next = { id: started.id, endsAt: started.endsAt };
            sessionStorage.setItem(keyOf(serviceUserId), JSON.stringify(next));
            setAccess(next);
            onChanged();
          });
        }}
      >
        <p>
          Only when a life or someone's safety depends on it and the person's consent cannot be
          asked. You alone will read everything about this person for the time you set.
        </p>
        <Choice
          label="Coded reason"
          value={reasonCode}
          onChange={setReasonCode}
          options={REASONS}
          error={refused?.fields.reasonCode}
        />
        <TextInput
          label="What is happening, and why consent cannot be asked"
          value={reason}
          onChange={setReason}
          multiline
          isRequired
          error={refused?.fields.reason}
        />
        <TextInput
          label="Minutes (5 to 240)"
          value={minutes}
          onChange={setMinutes}
          error={refused?.fields.minutes}
        />
        <FormMessage
          error={refused && !Object.keys(refused.fields).length ? refused.message : undefined}
        />
        <Button className="button danger" type="submit" isDisabled={!reasonCode || !reason.trim()}>
          Open emergency access
        </Button>
      </Form>
    </details>
  );
}
