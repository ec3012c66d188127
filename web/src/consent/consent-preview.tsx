import { useState } from 'react';
import { AppConsentPreviewDocument } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { Choice } from '../ui/form';
import { capitalised, categoryLabel } from '../ui/labels';
import { QueryState } from '../ui/query-state';

/** What a chosen agency would see of this person now, category by category. */
export function ConsentPreview({
  serviceUserId,
  agencies,
}: {
  serviceUserId: string;
  agencies: { code: string; name: string }[];
}) {
  const [agencyCode, setAgencyCode] = useState<string | null>(null);
  const [{ data, fetching, error }] = useTypedQuery(
    AppConsentPreviewDocument,
    { serviceUserId, agencyCode: agencyCode ?? '' },
    !agencyCode,
  );
  const preview = data?.consentPreview;
  return (
    <section aria-labelledby="preview-title" className="card stack">
      <h2 id="preview-title">What would an agency see?</h2>
      <Choice
        label="Agency"
        value={agencyCode}
        onChange={setAgencyCode}
        options={agencies.map((a) => ({ id: a.code, name: a.name }))}
      />
      {agencyCode && (
        <QueryState fetching={fetching} error={error} hasData={!!data}>
          {preview?.holdsRecord && (
            <p>{preview.agency?.name} holds this person's record: it sees everything.</p>
          )}
          <table>
            <caption>What {preview?.agency?.name} would see now</caption>
            <thead>
              <tr>
                <th scope="col">Information</th>
                <th scope="col">Shared</th>
              </tr>
            </thead>
            <tbody>
              {(preview?.categories ?? []).map((c) => (
                <tr key={c.category}>
                  <th scope="row">{capitalised(categoryLabel(c.category))}</th>
                  <td>
                    {c.visible
                      ? 'Shared'
                      : c.referralOnly
                        ? 'Only what its referral needs'
                        : c.denied
                          ? 'Refused by the person'
                          : 'Not shared'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </QueryState>
      )}
    </section>
  );
}
