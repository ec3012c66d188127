import { useState } from 'react';
import { Button } from 'react-aria-components';
import {
  EscalateGapBlockDocument,
  UpdateReferralStatusDocument,
  type AppCasePlanQuery,
  type ReferralStatus,
} from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { listOf, type ItemOf } from '../graphql/lists';
import { refusalOf } from '../graphql/problems';
import { Choice, FormMessage, TextInput } from '../ui/form';
import { capitalised, formatDate, formatTime, label } from '../ui/labels';

type Case = NonNullable<AppCasePlanQuery['case']>;
type Referral = ItemOf<Case['referrals']>;
type GapBlock = ItemOf<Case['gapsAndBlocks']>;

/** The referral protocol: where a referral may go from each status (docs/api-guide.md). */
const NEXT: Record<string, ReferralStatus[]> = {
  PLANNED: ['SENT'],
  SENT: ['ACCEPTED', 'DECLINED', 'WAITING'],
  WAITING: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['COMPLETED'],
};

function ReferralCard({ referral: r, onChanged }: { referral: Referral; onChanged: () => void }) {
  const [result, update] = useTypedMutation(UpdateReferralStatusDocument);
  const [next, setNext] = useState<ReferralStatus | null>(null);
  const options = (r.status ? (NEXT[r.status] ?? []) : []).map((s) => ({
    id: s,
    name: capitalised(s),
  }));
  return (
    <li className="card" aria-labelledby={`referral-${r.id}`}>
      <p id={`referral-${r.id}`}>
        To <strong>{r.toAgency?.name}</strong>: {r.reason}{' '}
        <span className="tag">{label(r.status)}</span>
      </p>
      {r.followUpOn && <p>Follow up by {formatDate(r.followUpOn)}</p>}
      {r.interimPlan && <p>Interim plan: {r.interimPlan}</p>}
      {options.length > 0 && (
        <div className="inline-form">
          <Choice label="Move the referral to" value={next} onChange={setNext} options={options} />
          <Button
            className="button secondary"
            isDisabled={!next}
            onPress={() =>
              next &&
              void update({ input: { referralId: r.id, status: next } }).then(
                (x) => !x.error && onChanged(),
              )
            }
          >
            Update referral
          </Button>
        </div>
      )}
      <FormMessage error={refusalOf(result.error)?.message} />
    </li>
  );
}

/** The case's referrals and where each stands in its status flow. */
export function Referrals({
  referrals,
  onChanged,
}: {
  referrals: Case['referrals'];
  onChanged: () => void;
}) {
  const items = listOf(referrals);
  return (
    <section aria-labelledby="referrals" id="referrals-section">
      <h2 id="referrals">Referrals</h2>
      {items.length === 0 ? (
        <p className="none">None recorded</p>
      ) : (
        <ul className="plain stack">
          {items.map((r) => (
            <ReferralCard key={r.id} referral={r} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}

function GapBlockCard({ item: g, onChanged }: { item: GapBlock; onChanged: () => void }) {
  const [result, escalate] = useTypedMutation(EscalateGapBlockDocument);
  const [outcome, setOutcome] = useState('');
  const refused = refusalOf(result.error);
  const open = g.status !== 'RESOLVED' && (g.level ?? 4) < 4;
  return (
    <li className="card" aria-labelledby={`gap-${g.id}`}>
      <p id={`gap-${g.id}`}>
        <strong>Level {g.level}</strong> ({label(g.status)}), about {g.concerningAgency?.name}:{' '}
        {g.issue}
      </p>
      <p className="meta">Raised {formatTime(g.raisedAt)}</p>
      {open && (
        <div className="inline-form">
          <TextInput
            label={`What was tried at level ${g.level}`}
            value={outcome}
            onChange={setOutcome}
            error={refused?.fields.outcome}
          />
          <Button
            className="button secondary"
            isDisabled={!outcome.trim()}
            onPress={() =>
              void escalate({ input: { gapBlockId: g.id, outcome } }).then(
                (x) => !x.error && onChanged(),
              )
            }
          >
            Escalate to level {(g.level ?? 0) + 1}
          </Button>
        </div>
      )}
      <FormMessage
        error={refused && !Object.keys(refused.fields).length ? refused.message : undefined}
      />
    </li>
  );
}

/** Gaps and Blocks: persistent lack of engagement, escalated by level (1 to 4). */
export function GapsAndBlocks({
  items,
  onChanged,
}: {
  items: Case['gapsAndBlocks'];
  onChanged: () => void;
}) {
  const list = listOf(items);
  return (
    <section aria-labelledby="gaps-and-blocks">
      <h2 id="gaps-and-blocks">Gaps and Blocks</h2>
      {list.length === 0 ? (
        <p className="none">None recorded</p>
      ) : (
        <ul className="plain stack">
          {list.map((g) => (
            <GapBlockCard key={g.id} item={g} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}
