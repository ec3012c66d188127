import { Navigate } from 'react-router';
import { AppMeDocument } from '../graphql/generated/graphql';
import { useTypedQuery } from '../graphql/hooks';
import { QueryState } from '../ui/query-state';

/** Case managers start at their worklist, service users at their own plan, others at their caseload. */
export function HomePage() {
  const [{ data, fetching, error }] = useTypedQuery(AppMeDocument, {});
  return (
    <QueryState fetching={fetching} error={error} hasData={!!data}>
      <Navigate
        to={
          data?.myOwnRecord
            ? '/me'
            : data?.myStaffRecord?.role === 'CASE_MANAGER'
              ? '/worklist'
              : '/caseload'
        }
        replace
      />
    </QueryState>
  );
}
