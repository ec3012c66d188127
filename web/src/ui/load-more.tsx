import { Button } from 'react-aria-components';
import type { Paged } from '../graphql/paging';
import { refusalOf } from '../graphql/problems';
import { FormMessage } from './form';

/** The "Load more" button under a paged list (usePaged), while the connection has more. */
export function LoadMore({ paged, what }: { paged: Paged<{ id: string }>; what: string }) {
  if (!paged.hasMore && !paged.error) return null;
  return (
    <div className="load-more">
      {paged.hasMore && (
        <Button
          className="button secondary"
          isDisabled={paged.loading}
          aria-label={`Load more ${what}`}
          onPress={paged.loadMore}
        >
          {paged.loading ? 'Loading…' : 'Load more'}
        </Button>
      )}
      <FormMessage error={refusalOf(paged.error)?.message} />
    </div>
  );
}
