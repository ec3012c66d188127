import { DEMO } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import { nodesOf } from './support/connections';
import type { Json } from './support/json';

const JAMIE_CASE = DEMO.cases.jamie;

const PLAN_QUERY = /* GraphQL */ `
  query Plan($id: UUID!) {
    case(id: $id) {
      serviceUser {
        pseudonym
        givenName
        familyName
      }
      carePlan {
        actions {
          responsibleAgency {
            code
          }
          delivery {
            agencyCode
            status
            progressNotes {
              edges {
                node {
                  body
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** An agency's notes on the plan, or null when withheld. */
const notesOf = (data: Json, agencyCode: string): Json[] | null => {
  const notes = data.case.carePlan.actions.find(
    (a: Json) => a.responsibleAgency.code === agencyCode,
  ).delivery.progressNotes;
  return notes === null ? null : nodesOf(notes);
};

describe('consent enforcement, end to end through the gateway', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('lets the holding agency read its own protected records', async () => {
    const r = await f.query({ agency: 'HSEM' }, PLAN_QUERY, { id: JAMIE_CASE });
    const hsemNotes = notesOf(r.body.data, 'HSEM');
    expect(hsemNotes).toEqual([{ body: expect.stringContaining('methadone') }]);
    // HSEM holds a full-copy consent, so the other agencies' notes and Jamie's name are readable too.
    expect(r.body.data.case.serviceUser.givenName).toBe('Jamie');
    expect(r.body.errors).toBeUndefined();
  });

  it("lets an agency with consent read another agency's protected records", async () => {
    const r = await f.query({ agency: 'CDAS' }, PLAN_QUERY, { id: JAMIE_CASE });
    expect(notesOf(r.body.data, 'PROB')).toEqual([
      { body: expect.stringContaining('community service') },
    ]);
    expect(notesOf(r.body.data, 'HSEM')).toEqual([{ body: expect.stringContaining('methadone') }]);
  });

  it('hides identity and substance-use notes from an agency without that consent, in both subgraphs', async () => {
    f.resetStatements();
    const r = await f.query({ agency: 'PROB' }, PLAN_QUERY, { id: JAMIE_CASE });
    const su = r.body.data.case.serviceUser;
    expect(su.pseudonym).toBe('SU-1001');
    expect(su.givenName).toBeNull();
    expect(su.familyName).toBeNull();
    expect(notesOf(r.body.data, 'HSEM')).toBeNull();
    expect(notesOf(r.body.data, 'CDAS')).toBeNull();
    expect(notesOf(r.body.data, 'PROB')).toHaveLength(1); // its own
    const denied = r.body.errors!.filter((e) => e.extensions?.code === 'CONSENT_REQUIRED');
    expect(denied.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        ['case', 'serviceUser', 'givenName'],
        ['case', 'serviceUser', 'familyName'],
        ['case', 'carePlan', 'actions', 0, 'delivery', 'progressNotes'],
        ['case', 'carePlan', 'actions', 2, 'delivery', 'progressNotes'],
      ]),
    );
    expect(denied.every((e) => e.extensions?.category)).toBe(true);
  });

  it('never runs the resolver or database read of a denied field', async () => {
    f.resetStatements();
    await f.query({ agency: 'PROB' }, PLAN_QUERY, { id: JAMIE_CASE });
    expect(f.statements('case-management').some((s) => s.includes('service_user_identity'))).toBe(
      false,
    );
    expect(f.statements('HSEM').some((s) => s.includes('progress_note'))).toBe(false);
    expect(f.statements('CDAS').some((s) => s.includes('progress_note'))).toBe(false);
    // ... while the agency's own notes were read from its own database.
    expect(f.statements('PROB').some((s) => s.includes('progress_note'))).toBe(true);
  });

  it('grants and withdraws consent, and withdrawal takes effect for the next request', async () => {
    const aoife = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER' as const] };
    const grant = await f.query(
      aoife,
      `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id status categories } }`,
      {
        input: {
          serviceUserId: DEMO.serviceUsers.jamie.id,
          recipientAgencyCode: 'PROB',
          categories: ['IDENTITY', 'SUBSTANCE_USE'],
          purpose: 'CARE_COORDINATION',
          evidenceRef: 'FORM-TEST-1',
        },
      },
    );
    expect(grant.body.errors).toBeUndefined();
    const consentId = grant.body.data.grantConsent.id;

    const granted = await f.query({ agency: 'PROB' }, PLAN_QUERY, { id: JAMIE_CASE });
    expect(granted.body.data.case.serviceUser.givenName).toBe('Jamie');
    expect(notesOf(granted.body.data, 'HSEM')).toHaveLength(1);

    const withdrawn = await f.query(
      aoife,
      `mutation($id: UUID!) { withdrawConsent(id: $id) { status withdrawnAt } }`,
      {
        id: consentId,
      },
    );
    expect(withdrawn.body.data.withdrawConsent.status).toBe('WITHDRAWN');

    const after = await f.query({ agency: 'PROB' }, PLAN_QUERY, { id: JAMIE_CASE });
    expect(after.body.data.case.serviceUser.givenName).toBeNull();
    expect(notesOf(after.body.data, 'HSEM')).toBeNull();
    expect(codes(after)).toContain('CONSENT_REQUIRED');
  });

  it('refuses consent recorded by an agency that does not hold the service user', async () => {
    const r = await f.query(
      { agency: 'PROB', roles: ['CASE_MANAGER'] },
      `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
      {
        input: {
          serviceUserId: DEMO.serviceUsers.jamie.id,
          recipientAgencyCode: 'PROB',
          categories: ['IDENTITY'],
          purpose: 'CARE_COORDINATION',
        },
      },
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.body.data).toBeNull();
  });
});

describe('consent decisions when case-management cannot be reached', () => {
  let f: TestFederation;
  beforeAll(async () => {
    // HSEM's instance is pointed at a port where nothing listens.
    f = await TestFederation.start({
      caseManagementUrlFor: { HSEM: 'http://127.0.0.1:9/graphql' },
    });
  });
  afterAll(() => f.close());

  it('denies every other agency (default deny) while the holder still reads its own records', async () => {
    const cdas = await f.query({ agency: 'CDAS' }, PLAN_QUERY, { id: JAMIE_CASE });
    expect(notesOf(cdas.body.data, 'HSEM')).toBeNull();
    expect(cdas.body.errors).toEqual([
      expect.objectContaining({
        path: ['case', 'carePlan', 'actions', 2, 'delivery', 'status'],
        extensions: {
          code: 'CONSENT_REQUIRED',
          category: 'CARE_PLAN_SUMMARY',
          reason: 'CONSENT_SERVICE_UNAVAILABLE',
        },
      }),
      expect.objectContaining({
        path: ['case', 'carePlan', 'actions', 2, 'delivery', 'progressNotes'],
        extensions: {
          code: 'CONSENT_REQUIRED',
          category: 'SUBSTANCE_USE',
          reason: 'CONSENT_SERVICE_UNAVAILABLE',
        },
      }),
    ]);
    const hsem = await f.query({ agency: 'HSEM' }, PLAN_QUERY, { id: JAMIE_CASE });
    expect(notesOf(hsem.body.data, 'HSEM')).toHaveLength(1);
  });
});
