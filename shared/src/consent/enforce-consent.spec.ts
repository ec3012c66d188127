import { execute, parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  CONSENT_CATEGORY_ENUM_SDL,
  CONSENT_DIRECTIVE_SDL,
  CONSENT_SPEC_URL,
} from './consent-directive';
import { ConsentGuard } from './consent-guard';
import { enforceConsent } from './enforce-consent';

const SU = '11111111-1111-4111-8111-111111111111';

function schema(fieldType = 'String', directive = '@consent(category: MENTAL_HEALTH)') {
  return buildSubgraphSchema({
    typeDefs: parse(`
      extend schema
        @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@composeDirective"])
        @link(url: "${CONSENT_SPEC_URL}", import: ["@consent"])
        @composeDirective(name: "@consent")
      ${CONSENT_DIRECTIVE_SDL}
      ${CONSENT_CATEGORY_ENUM_SDL}
      type Person { id: ID! notes: ${fieldType} ${directive} summary: String @consent(category: CARE_PLAN_SUMMARY) }
      type Query { person: Person }
    `),
    resolvers: {
      Query: { person: () => ({ id: SU }) },
      Person: {
        summary: () => 'summary',
        notes: () => {
          calls.push('notes');
          return 'sensitive';
        },
      },
    },
  });
}
let calls: string[] = [];

const contextFor = (agencyCode: string, grants: string[] = []) => ({
  identity: { agencyCode, userId: 'u', roles: [], requestId: 'r' },
  consent: new ConsentGuard(
    { agencyCode, userId: 'u', roles: [], requestId: 'r' },
    {
      decide: async (_r, ids) =>
        ids.map((id) => ({
          serviceUserId: id,
          grants: new Map(grants.map((g) => [g, ['c-1']])) as never,
        })),
    },
  ),
});

describe('enforceConsent', () => {
  beforeEach(() => (calls = []));

  it('returns null with CONSENT_REQUIRED at the field path, and never calls the resolver', async () => {
    const s = schema();
    enforceConsent(s, {
      Person: (p: { id: string }) => ({ serviceUserId: p.id, holderAgencyCode: 'CDAS' }),
    });
    const result = await execute({
      schema: s,
      document: parse('{ person { id notes } }'),
      contextValue: contextFor('PROB', ['CARE_PLAN_SUMMARY']),
    });
    expect(result.data).toEqual({ person: { id: SU, notes: null } });
    expect(result.errors?.map((e) => [e.path, e.extensions.code, e.extensions.category])).toEqual([
      [['person', 'notes'], 'CONSENT_REQUIRED', 'MENTAL_HEALTH'],
    ]);
    expect(calls).toEqual([]);
  });

  it('resolves the field under consent and records the disclosure', async () => {
    const s = schema();
    enforceConsent(s, {
      Person: (p: { id: string }) => ({ serviceUserId: p.id, holderAgencyCode: 'CDAS' }),
    });
    const ctx = contextFor('PROB', ['MENTAL_HEALTH']);
    const result = await execute({
      schema: s,
      document: parse('{ person { notes } }'),
      contextValue: ctx,
    });
    expect(result).toEqual({ data: { person: { notes: 'sensitive' } } });
    expect(ctx.consent.disclosures).toEqual([
      {
        serviceUserId: SU,
        category: 'MENTAL_HEALTH',
        field: 'Person.notes',
        basis: 'CONSENT',
        consentIds: ['c-1'],
      },
    ]);
  });

  it("applies the record's own category when the field names none, and denies an uncategorised record", async () => {
    const s = schema('String', '@consent');
    let category: string | undefined = 'MENTAL_HEALTH';
    enforceConsent(s, {
      Person: (p: { id: string }) => ({
        serviceUserId: p.id,
        holderAgencyCode: 'CDAS',
        category: category as never,
      }),
    });
    const run = (grants: string[]) =>
      execute({
        schema: s,
        document: parse('{ person { notes } }'),
        contextValue: contextFor('PROB', [...grants, 'CARE_PLAN_SUMMARY']),
      });
    expect((await run(['MENTAL_HEALTH'])).data).toEqual({ person: { notes: 'sensitive' } });
    expect((await run(['SUBSTANCE_USE'])).errors?.[0]?.extensions.category).toBe('MENTAL_HEALTH');
    category = undefined;
    expect((await run(['MENTAL_HEALTH', 'SUBSTANCE_USE'])).errors?.[0]?.extensions.code).toBe(
      'CONSENT_REQUIRED',
    );
    expect(calls).toEqual(['notes']);
  });

  it('answers a record of which nothing may be read as no record: null, no error (ADR 0026)', async () => {
    const s = schema();
    enforceConsent(s, {
      Person: (p: { id: string }) => ({ serviceUserId: p.id, holderAgencyCode: 'CDAS' }),
    });
    const run = (agency: string, grants: string[]) =>
      execute({
        schema: s,
        document: parse('{ person { id notes summary } }'),
        contextValue: contextFor(agency, grants),
      });
    expect(await run('PROB', [])).toEqual({ data: { person: null } });
    expect(await run('PROB', ['SUBSTANCE_USE'])).toEqual({ data: { person: null } });
    expect((await run('PROB', ['MENTAL_HEALTH'])).data).toEqual({
      person: { id: SU, notes: 'sensitive', summary: null },
    });
    expect((await run('CDAS', [])).data).toEqual({
      person: { id: SU, notes: 'sensitive', summary: 'summary' },
    });
    expect(calls).toEqual(['notes', 'notes']);
  });

  it('keeps the record when the consent service is unreachable, so its fields say so', async () => {
    const s = schema();
    enforceConsent(s, {
      Person: (p: { id: string }) => ({ serviceUserId: p.id, holderAgencyCode: 'CDAS' }),
    });
    const identity = { agencyCode: 'PROB', userId: 'u', roles: [], requestId: 'r' };
    const result = await execute({
      schema: s,
      document: parse('{ person { id notes } }'),
      contextValue: {
        identity,
        consent: new ConsentGuard(identity, {
          decide: () => Promise.reject(new Error('down')),
        }),
      },
    });
    expect(result.data).toEqual({ person: { id: SU, notes: null } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'CONSENT_REQUIRED',
      reason: 'CONSENT_SERVICE_UNAVAILABLE',
    });
  });

  it('refuses at start-up a protected field that is non-null, or a type with no subject resolver', () => {
    expect(() =>
      enforceConsent(schema('String!'), {
        Person: () => ({ serviceUserId: SU, holderAgencyCode: null }),
      }),
    ).toThrow(/Person.notes carries @consent and must be nullable/);
    expect(() => enforceConsent(schema(), {})).toThrow(
      /Person has @consent fields but no consent subject resolver/,
    );
  });
});
