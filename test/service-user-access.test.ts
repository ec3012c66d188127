import type { Bundle, CarePlan, OperationOutcome, Resource, Task } from '@medplum/fhirtypes';
import { DEMO, type Role } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { bundleErrors } from './support/fhir-validator';
import type { Json } from './support/json';

/**
 * A service user's own access (ADR 0049, issue 16 point 5, issue 17 point 1), through the real
 * federation: a SERVICE_USER token issued by the agency leading their open case, bound to their
 * id, reads their own plan with each agency's delivery, their consent register, who saw their
 * data (their own reads among it, as theirs), and acknowledges their copy of the plan; nothing of
 * anyone else, no staff list, no other mutation. A token from any other agency sees nothing.
 */
const JAMIE = DEMO.serviceUsers.jamie.id;
const CHLOE = DEMO.serviceUsers.chloe.id;
const AOIFE = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER'] as Role[] };
/** Jamie's account at CDAS's identity provider (the token's subject). */
const JAMIE_ACCOUNT = 'cdas-su-1001';

const OWN_PLAN = /* GraphQL */ `
  query MyPlan {
    myOwnRecord {
      id
      pseudonym
      givenName
      currentCase {
        id
        status
        leadAgency {
          code
        }
        carePlan {
          id
          version
          needs {
            domain
            description
          }
          goals {
            statement
          }
          actions {
            id
            description
            responsibleAgency {
              code
            }
            delivery {
              agencyCode
              status
              progressNotes(first: 10) {
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
  }
`;

interface OwnPlan {
  myOwnRecord: {
    id: string;
    givenName: string | null;
    currentCase: {
      leadAgency: { code: string };
      carePlan: {
        id: string;
        needs: { domain: string; description: string | null }[];
        goals: { statement: string | null }[];
        actions: {
          id: string;
          responsibleAgency: { code: string };
          delivery: {
            agencyCode: string;
            status: string | null;
            progressNotes: { edges: { node: { body: string } }[] } | null;
          } | null;
        }[];
      };
    };
  } | null;
}

describe('a service user sees their own plan, and nothing else', () => {
  let f: TestFederation;
  let jamie: string;
  beforeAll(async () => {
    f = await TestFederation.start();
    jamie = await f.serviceUserToken('CDAS', JAMIE, { userId: JAMIE_ACCOUNT });
  });
  afterAll(() => f.close());

  const asJamie = <T = Json>(query: string, variables: Record<string, unknown> = {}) =>
    f.query<T>({ token: jamie }, query, variables);

  const noErrors = (r: GraphQLResponse<unknown>) => {
    expect({ status: r.status, errors: r.body.errors ?? [] }).toEqual({ status: 200, errors: [] });
  };

  it('reads their own plan, with each responsible agency’s delivery and progress notes', async () => {
    const r = await asJamie<OwnPlan>(OWN_PLAN);
    noErrors(r);
    const me = r.body.data!.myOwnRecord!;
    expect(me.id).toBe(JAMIE);
    expect(me.givenName).toEqual(expect.any(String));
    expect(me.currentCase.leadAgency.code).toBe('CDAS');
    const plan = me.currentCase.carePlan;
    expect(plan.id).toBe(DEMO.plans.jamie);
    expect(plan.needs.length).toBeGreaterThan(0);
    for (const n of plan.needs) expect(n.description).toEqual(expect.any(String));
    expect(plan.goals.length).toBeGreaterThan(0);
    const agencies = plan.actions.map((a) => a.delivery?.agencyCode).sort();
    expect(agencies).toEqual(['CDAS', 'HSEM', 'PROB']);
    for (const a of plan.actions) {
      expect(a.delivery!.status).toEqual(expect.any(String));
      expect(a.delivery!.progressNotes!.edges.length).toBeGreaterThan(0);
    }
  });

  it('reads their consent register, every consent of theirs', async () => {
    const r = await asJamie<{
      myOwnRecord: { consents: { edges: { node: { id: string; status: string } }[] } };
    }>(/* GraphQL */ `
      query MyConsents {
        myOwnRecord {
          consents(first: 50) {
            edges {
              node {
                id
                status
                categories
                recipientAgency {
                  code
                }
              }
            }
          }
        }
      }
    `);
    noErrors(r);
    const mine = r.body.data!.myOwnRecord.consents.edges.map((e) => e.node.id).sort();
    const staff = await f.query<{
      serviceUser: { consents: { edges: { node: { id: string } }[] } };
    }>(
      AOIFE,
      `query { serviceUser(id: "${JAMIE}") { consents(first: 50) { edges { node { id } } } } }`,
    );
    const all = staff.body.data!.serviceUser.consents.edges.map((e) => e.node.id).sort();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).toEqual(all);
  });

  it('lists who saw their data, their own reads among it as theirs (basis SUBJECT)', async () => {
    await asJamie(OWN_PLAN);
    const r = await asJamie<{
      myOwnRecord: {
        disclosureLog: {
          entries: {
            edges: {
              node: {
                readerAgency: string;
                readerUser: string;
                bases: string[];
                operationName: string | null;
              };
            }[];
          };
          agencies: {
            agencyCode: string;
            entries: { edges: { node: { readerUser: string; bases: string[] } }[] } | null;
          }[];
        };
      };
    }>(/* GraphQL */ `
      query WhoSawMyData {
        myOwnRecord {
          disclosureLog {
            entries(first: 100) {
              edges {
                node {
                  readerAgency
                  readerUser
                  bases
                  operationName
                }
              }
            }
            agencies {
              agencyCode
              entries(first: 100) {
                edges {
                  node {
                    readerUser
                    bases
                  }
                }
              }
            }
          }
        }
      }
    `);
    noErrors(r);
    const log = r.body.data!.myOwnRecord.disclosureLog;
    const own = log.entries.edges.map((e) => e.node).filter((n) => n.readerUser === JAMIE_ACCOUNT);
    expect(own.length).toBeGreaterThan(0);
    for (const n of own) {
      expect(n.readerAgency).toBe('CDAS');
      expect(n.bases).toEqual(['SUBJECT']);
    }
    expect(own.map((n) => n.operationName)).toContain('MyPlan');
    // Each agency's own server recorded his reads of its delivery as his, too.
    const prob = log.agencies.find((a) => a.agencyCode === 'PROB')!;
    const probOwn = prob.entries!.edges.filter((e) => e.node.readerUser === JAMIE_ACCOUNT);
    expect(probOwn.length).toBeGreaterThan(0);
    expect(probOwn[0]!.node.bases).toEqual(['SUBJECT']);
  });

  it('acknowledges their own copy of the plan, and no one else’s', async () => {
    const issued = await f.query<{ issuePlanCopy: { id: string } }>(
      AOIFE,
      `mutation { issuePlanCopy(planId: "${DEMO.plans.jamie}", recipient: SERVICE_USER) { id } }`,
    );
    expect(codes(issued)).toEqual([]);
    const copyId = issued.body.data!.issuePlanCopy.id;
    const agencyCopy = await f.query<{ issuePlanCopy: { id: string } }>(
      AOIFE,
      `mutation { issuePlanCopy(planId: "${DEMO.plans.jamie}", recipient: AGENCY, agencyCode: "PROB") { id } }`,
    );
    expect(codes(agencyCopy)).toEqual([]);

    const ack = `mutation Ack($id: UUID!) { acknowledgePlanCopy(copyId: $id) { id acknowledgedAt recipientKind } }`;
    const r = await asJamie<{
      acknowledgePlanCopy: { id: string; acknowledgedAt: string; recipientKind: string };
    }>(ack, { id: copyId });
    noErrors(r);
    expect(r.body.data!.acknowledgePlanCopy).toMatchObject({
      id: copyId,
      recipientKind: 'SERVICE_USER',
      acknowledgedAt: expect.any(String),
    });
    // Idempotent: the first acknowledgement is kept.
    const again = await asJamie<{ acknowledgePlanCopy: { acknowledgedAt: string } }>(ack, {
      id: copyId,
    });
    expect(again.body.data!.acknowledgePlanCopy.acknowledgedAt).toBe(
      r.body.data!.acknowledgePlanCopy.acknowledgedAt,
    );
    // The copy and its acknowledgement show among their plan's copies.
    const copies = await asJamie<{
      myOwnRecord: {
        currentCase: { carePlan: { copies: { id: string; acknowledgedAt: string | null }[] } };
      };
    }>(`query { myOwnRecord { currentCase { carePlan { copies { id acknowledgedAt } } } } }`);
    noErrors(copies);
    expect(copies.body.data!.myOwnRecord.currentCase.carePlan.copies).toContainEqual({
      id: copyId,
      acknowledgedAt: r.body.data!.acknowledgePlanCopy.acknowledgedAt,
    });
    // An agency's copy is not theirs to acknowledge; staff acknowledge nothing.
    const agencys = await asJamie(ack, { id: agencyCopy.body.data!.issuePlanCopy.id });
    expect(codes(agencys)).toEqual(['NOT_FOUND']);
    const staff = await f.query(AOIFE, ack, { id: copyId });
    expect(codes(staff)).toEqual(['FORBIDDEN']);
  });

  it('reads nothing of another person by id: null, as for no such record', async () => {
    const r = await asJamie<Record<string, unknown>>(/* GraphQL */ `
      query Others {
        serviceUser(id: "${CHLOE}") { id givenName }
        case(id: "${DEMO.cases.chloe}") { id status }
        carePlan(id: "${DEMO.plans.chloe}") { id version }
      }
    `);
    noErrors(r);
    expect(r.body.data).toEqual({ serviceUser: null, case: null, carePlan: null });
    // Their own by id is theirs.
    const own = await asJamie<{ case: { id: string } | null }>(
      `query { case(id: "${DEMO.cases.jamie}") { id status } }`,
    );
    noErrors(own);
    expect(own.body.data!.case!.id).toBe(DEMO.cases.jamie);
  });

  it.each([
    ['myCases', `query { myCases { __typename } }`],
    ['caseManagerWorklist', `query { caseManagerWorklist { __typename } }`],
    ['myCaseload', `query { myCaseload { __typename } }`],
    [
      'searchServiceUsers',
      `query { searchServiceUsers(input: { pseudonym: "SU-1002" }) { __typename } }`,
    ],
    ['keyWorkers', `query { keyWorkers { id } }`],
    ['myNotifications', `query { myNotifications { __typename } }`],
    ['attendanceRequestsToDecide', `query { attendanceRequestsToDecide { __typename } }`],
  ])('is refused the staff list %s (FORBIDDEN)', async (_name, query) => {
    const r = await asJamie(query);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.body.data ?? null).toBeNull();
  });

  it('may make no mutation but their acknowledgement (FORBIDDEN)', async () => {
    const consents = await asJamie<{
      myOwnRecord: { consents: { edges: { node: { id: string } }[] } };
    }>(`query { myOwnRecord { consents(first: 1) { edges { node { id } } } } }`);
    const consentId = consents.body.data!.myOwnRecord.consents.edges[0]!.node.id;
    for (const m of [
      `mutation { withdrawConsent(id: "${consentId}") { id } }`,
      `mutation { issuePlanCopy(planId: "${DEMO.plans.jamie}", recipient: SERVICE_USER) { id } }`,
      `mutation { recordProgressNote(actionId: "${DEMO.actions.jamieRelapsePrevention}", body: "I did it") { id } }`,
    ]) {
      const r = await asJamie(m);
      expect({ m, codes: codes(r) }).toEqual({ m, codes: ['FORBIDDEN'] });
    }
    const still = await f.query<{ consent: { status: string } }>(
      AOIFE,
      `query { consent(id: "${consentId}") { status } }`,
    );
    expect(still.body.data!.consent.status).not.toBe('WITHDRAWN');
  });

  it('sees nothing with a SERVICE_USER token from an agency that does not lead their case', async () => {
    const prob = await f.serviceUserToken('PROB', JAMIE);
    const r = await f.query<Record<string, unknown>>(
      { token: prob },
      `query { myOwnRecord { id } serviceUser(id: "${JAMIE}") { id } case(id: "${DEMO.cases.jamie}") { id } }`,
    );
    noErrors(r);
    expect(r.body.data).toEqual({ myOwnRecord: null, serviceUser: null, case: null });
  });

  it('refuses a token mixing SERVICE_USER with a staff role, or unbound (401)', async () => {
    const mixed = await f.serviceUserToken('CDAS', JAMIE, { extraRoles: ['CASE_MANAGER'] });
    const r = await f.query({ token: mixed }, `query { myOwnRecord { id } }`);
    expect(r.status).toBe(401);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    const unbound = await f.token('CDAS', JAMIE_ACCOUNT, ['SERVICE_USER']);
    const u = await f.query({ token: unbound }, `query { myOwnRecord { id } }`);
    expect(u.status).toBe(401);
  });

  describe('FHIR export', () => {
    const exportAs = async (token: string, planId: string) => {
      const res = await fetch(new URL(`/fhir/CarePlan/${planId}/$export`, f.url), {
        headers: { authorization: `Bearer ${token}` },
      });
      return { status: res.status, body: (await res.json()) as Bundle | OperationOutcome };
    };
    const resources = <T extends Resource>(b: Bundle, type: T['resourceType']): T[] =>
      (b.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);

    it('exports their own plan as a valid FHIR R4 Bundle', async () => {
      const r = await exportAs(jamie, DEMO.plans.jamie);
      expect(r.status).toBe(200);
      const bundle = r.body as Bundle;
      expect(bundleErrors(bundle)).toEqual([]);
      expect(resources<CarePlan>(bundle, 'CarePlan')[0]!.id).toBe(DEMO.plans.jamie);
      expect(resources<Task>(bundle, 'Task').length).toBe(3);
    });

    it('exports nothing of another person’s plan', async () => {
      const r = await exportAs(jamie, DEMO.plans.chloe);
      expect({ status: r.status, body: r.body.resourceType }).toEqual({
        status: 404,
        body: 'OperationOutcome',
      });
      const outcome = r.body as OperationOutcome;
      expect(outcome.issue?.[0]?.code).toBe('not-found');
    });
  });
});
