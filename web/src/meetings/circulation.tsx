import { Button } from 'react-aria-components';
import { useAgencyName } from '../auth/session';
import { CirculateMeetingOutcomeDocument } from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { FormMessage } from '../ui/form';
import { formatDate, formatTime } from '../ui/labels';
import type { MeetingData } from './meeting-state';

/**
 * Circulating the finalised outcome to every invited agency (within 2 working days of the
 * meeting), and each agency's acknowledgement.
 */
export function Circulation({
  meeting: m,
  canCirculate,
  onChanged,
}: {
  meeting: MeetingData;
  canCirculate: boolean;
  onChanged: () => void;
}) {
  const agencyName = useAgencyName();
  const [result, circulate] = useTypedMutation(CirculateMeetingOutcomeDocument);
  const circulations = m.circulations ?? [];
  return (
    <section aria-labelledby="circulation-title" className="stack">
      <h2 id="circulation-title">Circulation of the outcome</h2>
      <p>
        {m.circulatedAt
          ? `Circulated ${formatTime(m.circulatedAt)}`
          : `Not circulated yet${
              m.outcomeCirculationDueOn ? `: due by ${formatDate(m.outcomeCirculationDueOn)}` : ''
            }`}
        {m.outcomeCirculationLate ? (
          <strong className="tag warn">{m.circulatedAt ? 'Circulated late' : 'Late'}</strong>
        ) : null}
      </p>
      {canCirculate && (
        <>
          <Button
            className="button"
            isDisabled={result.fetching}
            onPress={() => void circulate({ meetingId: m.id }).then((r) => !r.error && onChanged())}
          >
            Circulate the outcome
          </Button>
          <FormMessage error={refusalOf(result.error)?.message} />
        </>
      )}
      {circulations.length > 0 && (
        <table>
          <caption className="visually-hidden">Each agency's copy of the outcome</caption>
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col">Circulated</th>
              <th scope="col">Acknowledged</th>
            </tr>
          </thead>
          <tbody>
            {circulations.map((c) => (
              <tr key={c.id}>
                <th scope="row">{agencyName(c.agency?.code)}</th>
                <td>{formatTime(c.circulatedAt)}</td>
                <td>
                  {c.acknowledgedAt
                    ? `${formatTime(c.acknowledgedAt)}${
                        c.acknowledgedBy ? ` by ${c.acknowledgedBy.name}` : ''
                      }`
                    : 'Not yet acknowledged'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
