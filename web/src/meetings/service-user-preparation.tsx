import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { AppMeetingRecordServiceUserPreparedDocument } from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf, type Problems } from '../graphql/problems';
import { FormMessage, TextInput } from '../ui/form';
import { formatTime } from '../ui/labels';
import { Shown } from '../ui/shown';
import { type MeetingData } from './meeting-state';
import { instantOf, localOf } from '../ui/local-time';
import { refusalMessage } from './refusal-message';

/** How and when the service user was prepared for the meeting, and recording it. */
export function ServiceUserPreparation({
  meeting: m,
  canRecord,
  problems,
  onChanged,
}: {
  meeting: MeetingData;
  canRecord: boolean;
  problems: Problems;
  onChanged: () => void;
}) {
  const [result, record] = useTypedMutation(AppMeetingRecordServiceUserPreparedDocument);
  const [when, setWhen] = useState(() => localOf(new Date()));
  const [how, setHow] = useState('');
  const refused = refusalOf(result.error);
  const preparedAt = instantOf(when);
  return (
    <section aria-labelledby="preparation-title" className="stack">
      <h2 id="preparation-title">Preparing the service user</h2>
      <p>
        {m.serviceUserAttends === false
          ? 'The service user does not attend this meeting.'
          : 'The service user attends this meeting.'}{' '}
        {m.serviceUserPreparedAt ? (
          <>
            Prepared {formatTime(m.serviceUserPreparedAt)}:{' '}
            <Shown
              value={m.serviceUserPreparation}
              problem={problems.at('meeting', 'serviceUserPreparation')}
            >
              {(p) => p}
            </Shown>
          </>
        ) : (
          'Their preparation is not recorded yet.'
        )}
      </p>
      {canRecord && (
        <Form
          className="stack card"
          aria-labelledby="prepared-form-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (preparedAt && how.trim())
              void record({ meetingId: m.id, preparedAt, how: how.trim() }).then(
                (r) => !r.error && onChanged(),
              );
          }}
        >
          <h3 id="prepared-form-title">Record that the service user was prepared</h3>
          <TextInput
            label="When they were prepared"
            type="datetime-local"
            value={when}
            onChange={setWhen}
            error={refused?.fields.preparedAt}
            isRequired
          />
          <TextInput
            label="How they were prepared"
            value={how}
            onChange={setHow}
            error={refused?.fields.how}
            multiline
            isRequired
          />
          <FormMessage error={refusalMessage(refused, ['preparedAt', 'how'])} />
          <Button
            className="button secondary"
            type="submit"
            isDisabled={!preparedAt || !how.trim() || result.fetching}
          >
            Record the preparation
          </Button>
        </Form>
      )}
    </section>
  );
}
