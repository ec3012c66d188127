import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import {
  DISCLOSURE_LOG_QUERY,
  FIRST_PAGE,
  NEXT_PAGE,
  nextPageQuery,
  readDisclosureLog,
  type GraphQLAnswer,
  type PostOperation,
} from './disclosure-log-pages';

const SU = '11111111-1111-4111-8111-111111111111';
const FROM = '1970-01-01T00:00:00.000Z';
const TO = '2026-12-03T09:00:00.000Z';

const entry = (position: number) => ({
  at: TO,
  readerAgency: 'PROB',
  readerUser: 'prob-declan',
  categories: ['CARE_PLAN_SUMMARY'],
  fields: ['Case.carePlan'],
  consentIds: [],
  bases: ['CONSENT'],
  operationName: null,
  requestId: `req-${position}`,
  position,
  hash: 'a'.repeat(64),
});
const attempt = (position: number) => ({
  at: TO,
  readerAgency: 'PROB',
  readerUser: 'prob-declan',
  category: 'IDENTITY',
  field: 'ServiceUser.givenName',
  purposeOfUse: 'CARE_COORDINATION',
  reason: 'NO_CONSENT',
  operationName: null,
  requestId: `req-${position}`,
  position,
  hash: 'b'.repeat(64),
});

/** A chain of `n` records, newest first, served `first` at a time after a position cursor. */
function chain<T>(n: number, of: (position: number) => T) {
  const all = Array.from({ length: n }, (_, i) => of(n - i));
  return (first: number, after?: string) => {
    const rest = after ? all.slice(all.findIndex((_, i) => `c${n - i}` === after) + 1) : all;
    const shown = rest.slice(0, first);
    return {
      edges: shown.map((node) => ({ node })),
      pageInfo: {
        hasNextPage: rest.length > first,
        endCursor: shown.length ? `c${(shown.at(-1) as { position: number }).position}` : null,
      },
    };
  };
}

describe('reading the whole disclosure log, page by page (disclosures:export)', () => {
  it('asks operations that validate against the API schema', () => {
    const api = buildSchema(
      readFileSync(join(__dirname, '..', '..', 'api-schema.graphql'), 'utf8'),
    );
    for (const q of [
      DISCLOSURE_LOG_QUERY,
      nextPageQuery('entries', false),
      nextPageQuery('deniedAttempts', false),
      nextPageQuery('entries', true),
      nextPageQuery('deniedAttempts', true),
    ]) {
      expect(validate(api, parse(q)).map((e) => e.message)).toEqual([]);
    }
  });

  it('follows every part to its last page, for the period of the first answer', async () => {
    const own = chain(FIRST_PAGE + NEXT_PAGE + 3, entry);
    const ownDenied = chain(2, attempt);
    const prob = chain(FIRST_PAGE + 1, entry);
    const probDenied = chain(FIRST_PAGE * 3, attempt);
    const calls: { name: string; variables: Record<string, unknown> }[] = [];
    const post: PostOperation = async (_q, name, variables) => {
      calls.push({ name, variables });
      const v = variables as { first: number; after?: string; agencyCode?: string };
      const log =
        name === 'DisclosureExport'
          ? {
              from: FROM,
              to: TO,
              entries: own(v.first),
              deniedAttempts: ownDenied(v.first),
              agencies: [
                {
                  agencyCode: 'PROB',
                  entries: prob(v.first),
                  deniedAttempts: probDenied(v.first),
                },
                { agencyCode: 'HSEM', entries: chain(0, entry)(v.first), deniedAttempts: null },
              ],
            }
          : name === 'DisclosureExportEntries'
            ? { entries: own(v.first, v.after) }
            : name === 'DisclosureExportAgencyEntries'
              ? { agencies: [{ agencyCode: v.agencyCode, entries: prob(v.first, v.after) }] }
              : {
                  agencies: [
                    { agencyCode: v.agencyCode, deniedAttempts: probDenied(v.first, v.after) },
                  ],
                };
      return {
        status: 200,
        body: { data: { serviceUser: { disclosureLog: log } } },
      } as GraphQLAnswer;
    };

    const { log } = await readDisclosureLog(post, SU, { from: null, to: null }, () => {});
    const positions = (items: { position: number }[] | null | undefined) =>
      items?.map((e) => e.position);
    expect(positions(log!.entries)).toEqual(
      Array.from({ length: FIRST_PAGE + NEXT_PAGE + 3 }, (_, i) => FIRST_PAGE + NEXT_PAGE + 3 - i),
    );
    expect(positions(log!.deniedAttempts)).toEqual([2, 1]);
    const [probPart, hsem] = log!.agencies!;
    expect(probPart!.entries).toHaveLength(FIRST_PAGE + 1);
    expect(probPart!.deniedAttempts).toHaveLength(FIRST_PAGE * 3);
    // HSEM's denied attempts were withheld: missing as a whole, its (empty) entries kept.
    expect(hsem).toEqual({ agencyCode: 'HSEM', entries: [], deniedAttempts: null });

    expect(calls[0]).toEqual({
      name: 'DisclosureExport',
      variables: { id: SU, from: null, to: null, first: FIRST_PAGE },
    });
    const later = calls.slice(1);
    expect(later.map((c) => c.name).sort()).toEqual([
      'DisclosureExportAgencyDeniedAttempts',
      'DisclosureExportAgencyEntries',
      'DisclosureExportEntries',
      'DisclosureExportEntries',
    ]);
    for (const c of later)
      expect(c.variables).toMatchObject({ from: FROM, to: TO, first: NEXT_PAGE });
  });

  it('counts a part missing when a later page of it fails, and passes the errors on', async () => {
    const own = chain(FIRST_PAGE + 1, entry);
    const errors: string[] = [];
    const post: PostOperation = async (_q, name, v) =>
      name === 'DisclosureExport'
        ? {
            status: 200,
            body: {
              data: {
                serviceUser: {
                  disclosureLog: {
                    from: FROM,
                    to: TO,
                    entries: own(v.first as number),
                    deniedAttempts: chain(0, attempt)(1),
                    agencies: [],
                  },
                },
              },
            },
          }
        : {
            status: 200,
            body: {
              data: { serviceUser: { disclosureLog: null } },
              errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
            },
          };
    const { log } = await readDisclosureLog(post, SU, { from: null, to: null }, (e) =>
      errors.push(e.extensions!.code!),
    );
    expect(log).toEqual({ entries: null, deniedAttempts: [], agencies: [] });
    expect(errors).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('gives no log when the first answer has none', async () => {
    const post: PostOperation = async () => ({
      status: 200,
      body: {
        data: { serviceUser: { disclosureLog: null } },
        errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
      },
    });
    const codes: string[] = [];
    const r = await readDisclosureLog(post, SU, { from: null, to: null }, (e) =>
      codes.push(e.extensions!.code!),
    );
    expect(r).toEqual({ log: null, status: 200 });
    expect(codes).toEqual(['FORBIDDEN']);
  });
});
