import { Link, useParams } from 'react-router';
import { AppConsentsDocument } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { listOf } from '../graphql/lists';
import { QueryState } from '../ui/query-state';
import { ConsentCard } from './consent-card';
import { ConsentPreview } from './consent-preview';
import { GrantConsentForm } from './grant-consent-form';

/** The consent register of one person: what they agreed to share, with whom; and changing it. */
export function ConsentsPage() {
  const { serviceUserId = '' } = useParams();
  const [{ data, fetching, error }, reload] = useTypedQuery(AppConsentsDocument, { serviceUserId });
  const su = data?.serviceUser;
  const agencies = data?.agencies ?? [];
  const consents = listOf(su?.consents);
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      <h1>Consents of {su?.pseudonym ?? 'this person'}</h1>
      <p>
        <Link to={`/people/${serviceUserId}/disclosures`}>Who saw this person's data</Link>
      </p>
      <section aria-labelledby="register-title">
        <h2 id="register-title">Register</h2>
        {consents.length === 0 ? (
          <p className="none">No consents recorded.</p>
        ) : (
          <ul className="plain stack">
            {consents.map((c) => (
              <ConsentCard key={c.id} consent={c} onChanged={() => reload()} />
            ))}
          </ul>
        )}
      </section>
      <div className="two-columns">
        <GrantConsentForm
          serviceUserId={serviceUserId}
          agencies={agencies}
          onGranted={() => reload()}
        />
        <ConsentPreview serviceUserId={serviceUserId} agencies={agencies} />
      </div>
    </QueryState>
  );
}
