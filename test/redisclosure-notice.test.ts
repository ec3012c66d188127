import { DEMO, REDISCLOSURE_NOTICE_TEXT } from '@icp/shared';
import { TestFederation, type GraphQLResponse } from './support/test-federation';
import { nodesOf } from './support/connections';
import type { Json } from './support/json';

const JAMIE_CASE = DEMO.cases.jamie;

const NOTES_QUERY = /* GraphQL */ `
  query Notes($id: UUID!) {
    case(id: $id) {
      carePlan {
        actions {
          responsibleAgency {
            code
          }
          delivery {
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

const NON_SUBSTANCE_QUERY = /* GraphQL */ `
  query Summary($id: UUID!) {
    case(id: $id) {
      serviceUser {
        pseudonym
        givenName
      }
      carePlan {
        nextReviewOn
        actions {
          description
          delivery {
            status
          }
        }
      }
    }
  }
`;

const NEEDS_QUERY = /* GraphQL */ `
  query Needs($id: UUID!) {
    case(id: $id) {
      carePlan {
        needs {
          domain
          description
        }
      }
    }
  }
`;

const NOTICE = {
  code: '42_CFR_PART_2',
  categories: ['SUBSTANCE_USE'],
  text: REDISCLOSURE_NOTICE_TEXT,
};

/** An agency's notes on the plan, or null when withheld. */
const notesOf = (r: GraphQLResponse, agencyCode: string): Json[] | null => {
  const notes = r.body.data.case.carePlan.actions.find(
    (a: Json) => a.responsibleAgency.code === agencyCode,
  ).delivery.progressNotes;
  return notes === null ? null : nodesOf(notes);
};

describe('re-disclosure notice (42 CFR Part 2 §2.32) in response extensions', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it("is on a response carrying HSEM's methadone notes, read by HSEM itself as holder", async () => {
    const r = await f.query({ agency: 'HSEM' }, NOTES_QUERY, { id: JAMIE_CASE });
    expect(notesOf(r, 'HSEM')).toEqual([{ body: expect.stringContaining('methadone') }]);
    expect(r.body.extensions).toEqual({ redisclosureNotice: NOTICE });
    expect(r.body.extensions!.redisclosureNotice.text).toMatch(
      /^This information has been disclosed to you from records protected by .*You are prohibited from making any further disclosure .*without the written consent of the person it concerns/,
    );
  });

  it('is on a response carrying them to another agency under consent, merged across agency instances', async () => {
    const r = await f.query({ agency: 'CDAS' }, NOTES_QUERY, { id: JAMIE_CASE });
    expect(notesOf(r, 'HSEM')).toEqual([{ body: expect.stringContaining('methadone') }]);
    expect(notesOf(r, 'PROB')).toHaveLength(1);
    expect(r.body.errors).toBeUndefined();
    // Only the notice reaches the client: no subgraph extension (disclosedCategories) leaks.
    expect(r.body.extensions).toEqual({ redisclosureNotice: NOTICE });
    expect(r.text).not.toContain('disclosedCategories');
  });

  it('is on a response carrying a substance-use need from case-management', async () => {
    const r = await f.query({ agency: 'CDAS' }, NEEDS_QUERY, { id: JAMIE_CASE });
    const needs = r.body.data.case.carePlan.needs;
    expect(needs.some((n: Json) => n.domain === 'SUBSTANCE_USE' && n.description)).toBe(true);
    expect(r.body.extensions).toEqual({ redisclosureNotice: NOTICE });
  });

  it('is on the answer to a mutation that returns a substance-use note to its holder', async () => {
    const r = await f.query(
      { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['KEY_WORKER'] },
      `mutation($a: UUID!, $b: String!) { recordProgressNote(actionId: $a, body: $b) { id body } }`,
      { a: DEMO.actions.jamieMethadone, b: 'Dose stable at 60 mg; attended every clinic day.' },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.recordProgressNote.body).toContain('60 mg');
    expect(r.body.extensions).toEqual({ redisclosureNotice: NOTICE });
  });

  it('is not on a response that reads only non-substance fields', async () => {
    const r = await f.query({ agency: 'CDAS' }, NON_SUBSTANCE_QUERY, { id: JAMIE_CASE });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.case.serviceUser.givenName).toBe('Jamie');
    expect(r.body.data.case.carePlan.actions).toHaveLength(3);
    expect(r.body.extensions).toBeUndefined();
  });

  it('is not on a response where the substance-use fields were denied for want of consent', async () => {
    // Jamie shares only the plan summary and legal information with probation.
    const r = await f.query({ agency: 'PROB' }, NOTES_QUERY, { id: JAMIE_CASE });
    expect(notesOf(r, 'HSEM')).toBeNull();
    expect(notesOf(r, 'PROB')).toHaveLength(1); // its own, LEGAL_AND_JUSTICE
    const denied = r.body.errors!.filter((e) => e.extensions?.code === 'CONSENT_REQUIRED');
    expect(denied.map((e) => e.extensions?.category)).toContain('SUBSTANCE_USE');
    expect(r.body.extensions).toBeUndefined();

    // The substance-use need is left out of probation's list altogether (ADR 0017): no notice.
    const needs = await f.query({ agency: 'PROB' }, NEEDS_QUERY, { id: JAMIE_CASE });
    expect(needs.body.errors).toBeUndefined();
    expect(needs.body.extensions).toBeUndefined();
  });
});
