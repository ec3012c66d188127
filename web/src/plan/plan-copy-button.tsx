import { useState } from 'react';
import { Button } from 'react-aria-components';
import { IssuePlanCopyDocument, type CopyRecipientKind } from '../graphql/generated/graphql';
import { useTypedMutation } from '../graphql/hooks';
import { refusalOf } from '../graphql/problems';
import { Choice, FormMessage } from '../ui/form';
import { saveFile } from '../ui/save-file';

/**
 * Issues a copy of the plan, recorded (to whom, which version, under which consent), and
 * downloads it: the service user's whole plan, or an agency's part (with its consent).
 */
export function PlanCopies({
  planId,
  agencies,
}: {
  planId: string;
  agencies: { code: string; name: string }[];
}) {
  const [result, issue] = useTypedMutation(IssuePlanCopyDocument);
  const [to, setTo] = useState<string>('SERVICE_USER');
  const [issued, setIssued] = useState<string>();
  const refused = refusalOf(result.error);
  const options = [
    { id: 'SERVICE_USER', name: 'The service user' },
    ...agencies.map((a) => ({ id: a.code, name: a.name })),
  ];
  return (
    <section aria-labelledby="copies-title">
      <h2 id="copies-title">Plan copies</h2>
      <div className="inline-form">
        <Choice label="Copy for" value={to} onChange={setTo} options={options} />
        <Button
          className="button secondary"
          onPress={() => {
            const recipient: CopyRecipientKind = to === 'SERVICE_USER' ? 'SERVICE_USER' : 'AGENCY';
            void issue({
              planId,
              recipient,
              ...(recipient === 'AGENCY' ? { agencyCode: to } : {}),
            }).then((r) => {
              const copy = r.data?.issuePlanCopy;
              if (!copy?.html) return;
              saveFile(copy.fileName ?? 'care-plan.html', 'text/html', copy.html);
              setIssued(`Copy of version ${copy.version} issued and downloaded.`);
            });
          }}
        >
          Issue and download a copy
        </Button>
      </div>
      <FormMessage error={refused?.message} ok={refused ? undefined : issued} />
    </section>
  );
}
