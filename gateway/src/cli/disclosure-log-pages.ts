/**
 * Reads the whole of "who saw my data" (ServiceUser.disclosureLog) for `disclosures:export`,
 * following every part's cursor to its last page (ADR 0045): case-management's disclosures and
 * denied attempts, and each agency's. One request answers the first page of every part; only the
 * parts with more are then paged on, one part at a time, for the period of the first answer (so
 * that every page is of the same period). A part that fails on any page is missing as a whole,
 * never cut short: an export is never incomplete without saying so.
 */
import type { DisclosureLogData, ExportedDeniedAttempt, ExportedEntry } from './disclosure-export';

/** The records of a part in the first request (its cost stays well under the gateway's limit). */
export const FIRST_PAGE = 50;
/** The records of each further page of one part: the most a page holds. */
export const NEXT_PAGE = 100;

type Kind = 'entries' | 'deniedAttempts';

const ENTRY_PAGE = /* GraphQL */ `
  fragment ExportEntryPage on DisclosureEntryConnection {
    edges {
      node {
        at
        readerAgency
        readerUser
        categories
        fields
        consentIds
        bases
        operationName
        requestId
        position
        hash
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`;

const DENIED_PAGE = /* GraphQL */ `
  fragment ExportDeniedPage on DeniedAttemptConnection {
    edges {
      node {
        at
        readerAgency
        readerUser
        category
        field
        purposeOfUse
        reason
        operationName
        requestId
        position
        hash
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`;

export const DISCLOSURE_LOG_QUERY = /* GraphQL */ `
  query DisclosureExport($id: UUID!, $from: DateTime, $to: DateTime, $first: Int!) {
    serviceUser(id: $id) {
      pseudonym
      disclosureLog(from: $from, to: $to) {
        from
        to
        entries(first: $first) {
          ...ExportEntryPage
        }
        deniedAttempts(first: $first) {
          ...ExportDeniedPage
        }
        agencies {
          agencyCode
          entries(first: $first) {
            ...ExportEntryPage
          }
          deniedAttempts(first: $first) {
            ...ExportDeniedPage
          }
        }
      }
    }
  }
  ${ENTRY_PAGE}
  ${DENIED_PAGE}
`;

const FRAGMENT_OF: Record<Kind, { name: string; text: string }> = {
  entries: { name: 'ExportEntryPage', text: ENTRY_PAGE },
  deniedAttempts: { name: 'ExportDeniedPage', text: DENIED_PAGE },
};

/** The query of the next page of one part: case-management's own, or one agency's. */
export function nextPageQuery(kind: Kind, agency: boolean): string {
  const page = `${kind}(first: $first, after: $after) { ...${FRAGMENT_OF[kind].name} }`;
  const name = `DisclosureExport${agency ? 'Agency' : ''}${kind === 'entries' ? 'Entries' : 'DeniedAttempts'}`;
  const agencyVar = agency ? ', $agencyCode: String!' : '';
  const body = agency ? `agencies(agencyCode: $agencyCode) { agencyCode ${page} }` : page;
  return `query ${name}($id: UUID!, $from: DateTime, $to: DateTime, $first: Int!, $after: String!${agencyVar}) {
    serviceUser(id: $id) { disclosureLog(from: $from, to: $to) { ${body} } }
  }
  ${FRAGMENT_OF[kind].text}`;
}

interface Connection<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface LogAnswer {
  from: string | null;
  to: string | null;
  entries?: Connection<ExportedEntry> | null;
  deniedAttempts?: Connection<ExportedDeniedAttempt> | null;
  agencies:
    | ({
        agencyCode: string;
        entries?: Connection<ExportedEntry> | null;
        deniedAttempts?: Connection<ExportedDeniedAttempt> | null;
      } | null)[]
    | null;
}

/** A GraphQL answer as the gateway gives it. */
export interface GraphQLAnswer {
  status: number;
  body: {
    data?: { serviceUser: { disclosureLog: LogAnswer | null } | null } | null;
    errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[];
  };
}

/** Posts one operation to the gateway. */
export type PostOperation = (
  query: string,
  operationName: string,
  variables: Record<string, unknown>,
) => Promise<GraphQLAnswer>;

/** Every record of one part, or null when a page of it is missing. */
async function wholePart<T>(
  first: Connection<T> | null | undefined,
  next: (after: string) => Promise<Connection<T> | null | undefined>,
): Promise<T[] | null> {
  if (!first) return null;
  const items = first.edges.map((e) => e.node);
  let page: Connection<T> = first;
  while (page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
    const more = await next(page.pageInfo.endCursor);
    if (!more) return null;
    items.push(...more.edges.map((e) => e.node));
    page = more;
  }
  return items;
}

/**
 * The whole log of a service user in a period (`from`, `to`: ISO instants or null), as the
 * export flattens it; null when the gateway gave none (refused, or failed: the errors are passed
 * to `onError`, with the HTTP status of the first request).
 */
export async function readDisclosureLog(
  post: PostOperation,
  id: string,
  period: { from: string | null; to: string | null },
  onError: (e: { message: string; path?: unknown[]; extensions?: { code?: string } }) => void,
): Promise<{ log: DisclosureLogData | null; status: number }> {
  const opening = await post(DISCLOSURE_LOG_QUERY, 'DisclosureExport', {
    id,
    from: period.from,
    to: period.to,
    first: FIRST_PAGE,
  });
  for (const e of opening.body.errors ?? []) onError(e);
  const log = opening.body.data?.serviceUser?.disclosureLog;
  if (opening.status !== 200 || !log) return { log: null, status: opening.status };

  // Every later page is of the period of the first answer.
  const fixed = { id, from: log.from ?? period.from, to: log.to ?? period.to, first: NEXT_PAGE };
  const pageOf = async <T>(kind: Kind, agencyCode: string | null, after: string) => {
    const query = nextPageQuery(kind, agencyCode !== null);
    const name = /query (\w+)/.exec(query)![1]!;
    const r = await post(query, name, { ...fixed, after, ...(agencyCode ? { agencyCode } : {}) });
    for (const e of r.body.errors ?? []) onError(e);
    const answer = r.body.data?.serviceUser?.disclosureLog;
    const part = agencyCode ? answer?.agencies?.find((a) => a?.agencyCode === agencyCode) : answer;
    return (part?.[kind] ?? null) as Connection<T> | null;
  };

  const [entries, deniedAttempts, agencies] = await Promise.all([
    wholePart(log.entries, (after) => pageOf<ExportedEntry>('entries', null, after)),
    wholePart(log.deniedAttempts, (after) =>
      pageOf<ExportedDeniedAttempt>('deniedAttempts', null, after),
    ),
    log.agencies === null
      ? null
      : Promise.all(
          log.agencies
            .filter((a): a is NonNullable<typeof a> => a !== null)
            .map(async (a) => ({
              agencyCode: a.agencyCode,
              entries: await wholePart(a.entries, (after) =>
                pageOf<ExportedEntry>('entries', a.agencyCode, after),
              ),
              deniedAttempts: await wholePart(a.deniedAttempts, (after) =>
                pageOf<ExportedDeniedAttempt>('deniedAttempts', a.agencyCode, after),
              ),
            })),
        ),
  ]);
  return { log: { entries, deniedAttempts, agencies }, status: opening.status };
}
