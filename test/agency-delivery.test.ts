import { DEMO, type Role } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { AOIFE, createCaseWithPlan, inDays } from './support/plan-factory';
import { nodesOf } from './support/connections';
import type { Json } from './support/json';

type As = { agency: string; user: string; roles: Role[] };
const staff = (agency: string, user: string, role: Role): As => ({ agency, user, roles: [role] });
const SEAN = staff('CDAS', DEMO.staff.sean.id, 'SUPERVISOR');
const DECLAN = staff('PROB', DEMO.staff.declan.id, 'KEY_WORKER');
const GRAINNE = staff('PROB', DEMO.staff.grainne.id, 'SUPERVISOR');
const NIAMH = staff('HSEM', DEMO.staff.niamh.id, 'KEY_WORKER');
const PADRAIG = staff('HSEM', DEMO.staff.padraig.id, 'SUPERVISOR');

const DELIVERY = /* GraphQL */ `
  fragment D on ActionDelivery {
    agencyCode
    actionId
    status
    acceptedAt
    declinedReason
    outcome
    outcomeRecordedAt
    statusNote
    version
    keyWorker {
      id
      name
    }
  }
`;
const ACCEPT = `mutation($a: UUID!, $k: ID, $n: String) { acceptAction(actionId: $a, keyWorkerId: $k, note: $n) { ...D } } ${DELIVERY}`;
const DECLINE = `mutation($a: UUID!, $r: String!) { declineAction(actionId: $a, reason: $r) { ...D } } ${DELIVERY}`;
const ASSIGN = `mutation($a: UUID!, $k: ID!) { assignActionKeyWorker(actionId: $a, keyWorkerId: $k) { ...D } } ${DELIVERY}`;
const STATUS = `mutation($a: UUID!, $s: DeliveryStatus!, $n: String) { updateDeliveryStatus(actionId: $a, status: $s, note: $n) { ...D } } ${DELIVERY}`;
const OUTCOME = `mutation($a: UUID!, $o: String!, $y: Boolean!) { recordActionOutcome(actionId: $a, outcome: $o, achieved: $y) { ...D } } ${DELIVERY}`;
const NOTE = `mutation($a: UUID!, $b: String!) { recordProgressNote(actionId: $a, body: $b) { body writtenBy { id } } }`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;

const PLAN_VIEW = /* GraphQL */ `
  query Plan($id: UUID!) {
    case(id: $id) {
      carePlan {
        actions {
          id
          domain
          responsibleAgency {
            code
          }
          delivery {
            status
            statusNote
            outcome
            keyWorker {
              agencyCode
              name
            }
            progressNotes {
              edges {
                node {
                  body
                  writtenBy {
                    name
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

/** The data of a response that must have succeeded, or the errors in the failure message. */
function ok<T>(r: GraphQLResponse<T>): T {
  expect(r.body.errors).toBeUndefined();
  return r.body.data as T;
}

/** The one error of a refused operation. */
function refused(r: GraphQLResponse) {
  expect(r.body.errors).toHaveLength(1);
  return r.body.errors![0]!;
}

/** Records the service user's consent for one agency, as the case manager. */
async function grant(
  f: TestFederation,
  serviceUserId: string,
  recipientAgencyCode: string,
  categories: string[],
) {
  ok(
    await f.query(AOIFE, GRANT, {
      input: {
        serviceUserId,
        recipientAgencyCode,
        categories,
        purpose: 'CARE_COORDINATION',
        evidenceRef: 'FORM-DELIVERY-TEST',
      },
    }),
  );
}

/** Adds one action to a plan through a revision; returns its id. */
async function addAction(
  f: TestFederation,
  caseId: string,
  action: { description: string; domain: string; responsibleAgencyCode: string },
): Promise<string> {
  const current = ok(
    await f.query(AOIFE, `query($id: UUID!) { case(id: $id) { carePlan { id version } } }`, {
      id: caseId,
    }),
  ).case.carePlan;
  const revised = ok(
    await f.query(
      AOIFE,
      `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { actions { id description } } }`,
      {
        input: {
          planId: current.id,
          expectedVersion: current.version,
          changeSummary: `Added: ${action.description}`,
          addActions: [{ ...action, dueOn: inDays(30), reviewEveryWeeks: 4 }],
        },
      },
    ),
  );
  return revised.reviseCarePlan.actions.find((a: Json) => a.description === action.description).id;
}

/** The plan's actions, each delivery's notes as a plain list (null when withheld). */
const actionsOf = (r: GraphQLResponse) => {
  const actions = r.body.data.case.carePlan.actions as Json[];
  for (const a of actions) {
    const notes = a.delivery?.progressNotes;
    if (notes && !Array.isArray(notes)) a.delivery.progressNotes = nodesOf(notes);
  }
  return actions;
};
const byAgency = (r: GraphQLResponse, code: string) =>
  actionsOf(r).find((a) => a.responsibleAgency.code === code);

describe('three agencies deliver their actions on one plan', () => {
  let f: TestFederation;
  let plan: Awaited<ReturnType<typeof createCaseWithPlan>>;
  let action: Record<'CDAS' | 'PROB' | 'HSEM', string>;
  beforeAll(async () => {
    f = await TestFederation.start();
    plan = await createCaseWithPlan(f, ['CDAS', 'PROB', 'HSEM']);
    // Actions come back by due date, which the factory sets in the order of the agencies.
    action = { CDAS: plan.actionIds[0]!, PROB: plan.actionIds[1]!, HSEM: plan.actionIds[2]! };
    // The case manager reads the other agencies' deliveries under the service user's consent.
    await grant(f, plan.serviceUserId, 'CDAS', ['CARE_PLAN_SUMMARY', 'HOUSING_AND_SOCIAL']);
  });
  afterAll(() => f.close());

  it('shows every action as PENDING until its agency accepts it', async () => {
    const r = await f.query(AOIFE, PLAN_VIEW, { id: plan.caseId });
    ok(r);
    expect(actionsOf(r).map((a) => [a.responsibleAgency.code, a.delivery.status])).toEqual([
      ['CDAS', 'PENDING'],
      ['PROB', 'PENDING'],
      ['HSEM', 'PENDING'],
    ]);
  });

  it('lets each agency accept its own action and name its key worker', async () => {
    const cdas = ok(
      await f.query(SEAN, ACCEPT, { a: action.CDAS, k: 'cdas-aoife', n: 'Taken on at intake' }),
    ).acceptAction;
    expect(cdas).toMatchObject({
      agencyCode: 'CDAS',
      actionId: action.CDAS,
      status: 'ACCEPTED',
      statusNote: 'Taken on at intake',
      version: 1,
      keyWorker: { id: 'cdas-aoife', name: 'Aoife Byrne' },
    });
    expect(Date.parse(cdas.acceptedAt)).not.toBeNaN();

    // Without a key worker named, the caller (staff of the agency) becomes it.
    const prob = ok(await f.query(DECLAN, ACCEPT, { a: action.PROB })).acceptAction;
    expect(prob).toMatchObject({ status: 'ACCEPTED', keyWorker: { id: 'prob-declan' } });

    ok(await f.query(PADRAIG, ACCEPT, { a: action.HSEM }));
    const hsem = ok(
      await f.query(PADRAIG, ASSIGN, { a: action.HSEM, k: 'hsem-niamh' }),
    ).assignActionKeyWorker;
    expect(hsem).toMatchObject({
      status: 'ACCEPTED',
      version: 2,
      keyWorker: { id: 'hsem-niamh', name: 'Niamh O’Brien' },
    });
  });

  it('moves each delivery through its work, with notes, to an outcome', async () => {
    ok(await f.query(AOIFE, STATUS, { a: action.CDAS, s: 'IN_PROGRESS' }));
    ok(await f.query(AOIFE, NOTE, { a: action.CDAS, b: 'Viewed two flats with Sam.' }));
    const cdas = ok(
      await f.query(AOIFE, OUTCOME, { a: action.CDAS, o: 'Tenancy signed', y: true }),
    ).recordActionOutcome;
    expect(cdas).toMatchObject({ status: 'COMPLETED', outcome: 'Tenancy signed', version: 3 });
    expect(Date.parse(cdas.outcomeRecordedAt)).not.toBeNaN();

    ok(await f.query(DECLAN, STATUS, { a: action.PROB, s: 'IN_PROGRESS' }));
    ok(await f.query(DECLAN, NOTE, { a: action.PROB, b: 'Supported the housing application.' }));
    const blocked = ok(
      await f.query(DECLAN, STATUS, {
        a: action.PROB,
        s: 'BLOCKED',
        n: 'Waiting for the council',
      }),
    ).updateDeliveryStatus;
    expect(blocked).toMatchObject({ status: 'BLOCKED', statusNote: 'Waiting for the council' });
    const resumed = ok(
      await f.query(DECLAN, STATUS, { a: action.PROB, s: 'IN_PROGRESS' }),
    ).updateDeliveryStatus;
    expect(resumed).toMatchObject({ status: 'IN_PROGRESS', statusNote: null });
    ok(await f.query(DECLAN, OUTCOME, { a: action.PROB, o: 'Council approved', y: true }));

    ok(await f.query(NIAMH, STATUS, { a: action.HSEM, s: 'IN_PROGRESS' }));
    ok(await f.query(NIAMH, NOTE, { a: action.HSEM, b: 'Missed two clinic appointments.' }));
    ok(await f.query(NIAMH, STATUS, { a: action.HSEM, s: 'BLOCKED', n: 'Not attending' }));
    const hsem = ok(
      await f.query(NIAMH, OUTCOME, { a: action.HSEM, o: 'Disengaged from clinic', y: false }),
    ).recordActionOutcome;
    expect(hsem).toMatchObject({ status: 'NOT_COMPLETED', outcome: 'Disengaged from clinic' });
  });

  it("gives the case manager the plan with every agency's status, key worker, outcome and notes", async () => {
    const r = await f.query(AOIFE, PLAN_VIEW, { id: plan.caseId });
    ok(r);
    expect(actionsOf(r).map((a) => ({ code: a.responsibleAgency.code, ...a.delivery }))).toEqual([
      {
        code: 'CDAS',
        status: 'COMPLETED',
        statusNote: null,
        outcome: 'Tenancy signed',
        keyWorker: { agencyCode: 'CDAS', name: 'Aoife Byrne' },
        progressNotes: [{ body: 'Viewed two flats with Sam.', writtenBy: { name: 'Aoife Byrne' } }],
      },
      {
        code: 'PROB',
        status: 'COMPLETED',
        statusNote: null,
        outcome: 'Council approved',
        keyWorker: { agencyCode: 'PROB', name: 'Declan Walsh' },
        progressNotes: [
          { body: 'Supported the housing application.', writtenBy: { name: 'Declan Walsh' } },
        ],
      },
      {
        code: 'HSEM',
        status: 'NOT_COMPLETED',
        statusNote: null,
        outcome: 'Disengaged from clinic',
        keyWorker: { agencyCode: 'HSEM', name: 'Niamh O’Brien' },
        progressNotes: [
          { body: 'Missed two clinic appointments.', writtenBy: { name: 'Niamh O’Brien' } },
        ],
      },
    ]);
  });

  describe('refusals', () => {
    let next: Awaited<ReturnType<typeof createCaseWithPlan>>;
    beforeAll(async () => {
      next = await createCaseWithPlan(f, ['CDAS', 'PROB', 'HSEM']);
    });

    it('refuses a status an action cannot reach from where it is with INVALID_TRANSITION', async () => {
      const fromPending = refused(
        await f.query(DECLAN, STATUS, { a: next.actionIds[1], s: 'IN_PROGRESS' }),
      );
      expect(fromPending.extensions).toEqual({
        code: 'INVALID_TRANSITION',
        entity: 'delivery',
        from: 'PENDING',
        to: 'IN_PROGRESS',
      });
      const reopened = refused(await f.query(AOIFE, STATUS, { a: action.CDAS, s: 'IN_PROGRESS' }));
      expect(reopened.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'COMPLETED' });

      ok(await f.query(DECLAN, ACCEPT, { a: next.actionIds[1] }));
      ok(await f.query(DECLAN, STATUS, { a: next.actionIds[1], s: 'BLOCKED' }));
      const blockedToDone = refused(
        await f.query(DECLAN, OUTCOME, { a: next.actionIds[1], o: 'Done', y: true }),
      );
      expect(blockedToDone.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        from: 'BLOCKED',
        to: 'COMPLETED',
      });
    });

    it('sends declining and ending to the mutations that ask why', async () => {
      for (const s of ['DECLINED', 'COMPLETED', 'NOT_COMPLETED']) {
        const r = await f.query(DECLAN, STATUS, { a: next.actionIds[1], s });
        expect(refused(r).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
      }
    });

    it('refuses to decline without a reason, and keeps a declined action declined', async () => {
      const blank = refused(await f.query(NIAMH, DECLINE, { a: next.actionIds[2], r: '   ' }));
      expect(blank.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });

      const declined = ok(
        await f.query(NIAMH, DECLINE, { a: next.actionIds[2], r: 'No prescriber until March' }),
      ).declineAction;
      expect(declined).toMatchObject({
        status: 'DECLINED',
        declinedReason: 'No prescriber until March',
        keyWorker: null,
      });
      expect(codes(await f.query(NIAMH, ACCEPT, { a: next.actionIds[2] }))).toEqual([
        'INVALID_TRANSITION',
      ]);
      const reassigned = refused(
        await f.query(PADRAIG, ASSIGN, { a: next.actionIds[2], k: 'hsem-niamh' }),
      );
      expect(reassigned.extensions).toEqual({ code: 'CONFLICT', reason: 'DELIVERY_CLOSED' });
    });

    it("refuses writes to another agency's action with FORBIDDEN, and writes nothing", async () => {
      const writes: [string, Record<string, unknown>][] = [
        [ACCEPT, { a: next.actionIds[0] }],
        [DECLINE, { a: next.actionIds[0], r: 'Not ours' }],
        [ASSIGN, { a: next.actionIds[0], k: 'prob-declan' }],
        [STATUS, { a: action.HSEM, s: 'IN_PROGRESS' }],
        [OUTCOME, { a: action.CDAS, o: 'Done', y: true }],
        [NOTE, { a: next.actionIds[0], b: 'Not my action' }],
        [ACCEPT, { a: crypto.randomUUID() }],
      ];
      for (const [query, vars] of writes) {
        const r = await f.query(DECLAN, query, vars);
        expect(refused(r).extensions?.code).toBe('FORBIDDEN');
        expect(r.body.data).toBeNull();
      }
      const view = await f.query(AOIFE, PLAN_VIEW, { id: next.caseId });
      expect(byAgency(view, 'CDAS').delivery).toMatchObject({ status: 'PENDING', keyWorker: null });
      expect(codes(await f.query(DECLAN, ACCEPT, { a: 'not-a-uuid' }))).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a key worker who is not staff of the agency with NOT_FOUND', async () => {
      const unknown = refused(
        await f.query(AOIFE, ASSIGN, { a: next.actionIds[0], k: 'cdas-nobody' }),
      );
      expect(unknown.extensions).toEqual({
        code: 'NOT_FOUND',
        entity: 'KeyWorker',
        id: 'cdas-nobody',
      });
      // Another agency's staff are not this agency's key workers.
      expect(
        codes(await f.query(AOIFE, ASSIGN, { a: next.actionIds[0], k: 'prob-declan' })),
      ).toEqual(['NOT_FOUND']);
      expect(
        codes(await f.query(AOIFE, ACCEPT, { a: next.actionIds[0], k: 'cdas-nobody' })),
      ).toEqual(['NOT_FOUND']);
      expect(codes(await f.query(AOIFE, ASSIGN, { a: next.actionIds[0], k: ' ' }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });

    it('refuses staff without a key worker, case manager or supervisor role with FORBIDDEN', async () => {
      for (const roles of [[], ['REHAB_COORDINATOR']] as Role[][]) {
        const as = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles };
        expect(codes(await f.query(as, ACCEPT, { a: next.actionIds[0] }))).toEqual(['FORBIDDEN']);
        expect(codes(await f.query(as, NOTE, { a: next.actionIds[0], b: 'x' }))).toEqual([
          'FORBIDDEN',
        ]);
        expect(
          codes(
            await f.query(as, `{ myCaseload { openActions { edges { node { actionId } } } } }`),
          ),
        ).toEqual(['FORBIDDEN']);
      }
    });

    it('lets only one of two simultaneous acceptances of the same action win', async () => {
      const [a, b] = await Promise.all([
        f.query(AOIFE, ACCEPT, { a: next.actionIds[0] }),
        f.query(SEAN, ACCEPT, { a: next.actionIds[0] }),
      ]);
      const outcomes = [a, b].map((r) => codes(r)[0] ?? 'OK').sort();
      expect(outcomes[1]).toBe('OK');
      expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(outcomes[0]);
    });
  });

  describe("progress notes are data of their action's domain", () => {
    let caseId: string;
    let serviceUserId: string;
    let psychological: string;
    beforeAll(async () => {
      const p = await createCaseWithPlan(f, ['HSEM']);
      caseId = p.caseId;
      serviceUserId = p.serviceUserId;
      psychological = await addAction(f, caseId, {
        description: 'Attend the anger-management programme',
        domain: 'PSYCHOLOGICAL',
        responsibleAgencyCode: 'PROB',
      });
      await grant(f, p.serviceUserId, 'HSEM', ['CARE_PLAN_SUMMARY']);
      ok(await f.query(DECLAN, ACCEPT, { a: psychological }));
      ok(await f.query(DECLAN, NOTE, { a: psychological, b: 'Talked through triggers of anger.' }));
      ok(
        await f.query(DECLAN, STATUS, {
          a: psychological,
          s: 'BLOCKED',
          n: 'Low mood; group paused',
        }),
      );
    });

    it('withholds the notes of a psychological action from an agency with only plan-summary consent, as MENTAL_HEALTH', async () => {
      const r = await f.query(NIAMH, PLAN_VIEW, { id: caseId });
      const prob = byAgency(r, 'PROB');
      expect(prob.domain).toBe('PSYCHOLOGICAL');
      expect(prob.delivery).toMatchObject({
        status: 'BLOCKED',
        keyWorker: { name: 'Declan Walsh' },
        statusNote: null,
        progressNotes: null,
      });
      const index = actionsOf(r).indexOf(prob);
      const denied = r.body.errors!.filter((e) => e.extensions?.code === 'CONSENT_REQUIRED');
      expect(denied.map((e) => [e.path, e.extensions?.category])).toEqual(
        expect.arrayContaining([
          [['case', 'carePlan', 'actions', index, 'delivery', 'statusNote'], 'MENTAL_HEALTH'],
          [['case', 'carePlan', 'actions', index, 'delivery', 'progressNotes'], 'MENTAL_HEALTH'],
        ]),
      );
      expect(denied).toHaveLength(2);
      // HSEM reads its own (social) action's delivery as its holder.
      expect(byAgency(r, 'HSEM').delivery.status).toBe('PENDING');
    });

    it('shows them to an agency with MENTAL_HEALTH consent', async () => {
      await grant(f, serviceUserId, 'HSEM', ['MENTAL_HEALTH']);
      const r = await f.query(NIAMH, PLAN_VIEW, { id: caseId });
      ok(r);
      expect(byAgency(r, 'PROB').delivery).toMatchObject({
        statusNote: 'Low mood; group paused',
        progressNotes: [
          { body: 'Talked through triggers of anger.', writtenBy: { name: 'Declan Walsh' } },
        ],
      });
    });
  });
});

describe("a key worker's caseload", () => {
  let f: TestFederation;
  const CASELOAD = /* GraphQL */ `
    query Caseload($k: ID) {
      myCaseload(keyWorkerId: $k) {
        keyWorker {
          id
          supervisor {
            id
          }
        }
        serviceUsers {
          edges {
            node {
              id
              pseudonym
            }
          }
        }
        openActions {
          edges {
            node {
              actionId
              description
              dueOn
              overdue
              serviceUser {
                pseudonym
              }
              delivery {
                status
              }
            }
          }
        }
        attention {
          edges {
            node {
              kind
              actionId
              dueOn
              daysOverdue
              serviceUser {
                pseudonym
              }
            }
          }
        }
      }
    }
  `;
  const ASSIGN_SU = `mutation($s: UUID!, $k: ID!) { assignKeyWorkerToServiceUser(serviceUserId: $s, keyWorkerId: $k) { id endedAt serviceUser { pseudonym } keyWorker { id } } }`;
  const END_SU = `mutation($s: UUID!, $k: ID!) { endKeyWorkerAssignment(serviceUserId: $s, keyWorkerId: $k) { id endedAt } }`;
  const { jamie, chloe } = DEMO.serviceUsers;
  /** The caseload with its lists as plain lists (one page holds each here). */
  const caseloadOf = (data: Json) => {
    const c = data.myCaseload;
    return {
      ...c,
      serviceUsers: nodesOf(c.serviceUsers),
      openActions: nodesOf(c.openActions),
      attention: nodesOf(c.attention),
    };
  };
  const A = DEMO.actions;

  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('lists only deliveries the agency holds, not actions it has never touched', async () => {
    // The plan names Aoife for Chloe's housing action, but CDAS has not accepted it yet.
    const c = caseloadOf(ok(await f.query(AOIFE, CASELOAD)));
    expect(c.keyWorker).toEqual({ id: 'cdas-aoife', supervisor: { id: 'cdas-sean' } });
    expect(c.serviceUsers).toEqual([{ id: jamie.id, pseudonym: 'SU-1001' }]);
    expect(c.openActions.map((a: Json) => a.actionId)).toEqual([A.jamieRelapsePrevention]);
    expect(c.attention).toEqual([]);
  });

  it("lists a key worker's service users and open actions, soonest first, and flags overdue ones", async () => {
    const accepted = ok(await f.query(AOIFE, ACCEPT, { a: A.chloeHousing })).acceptAction;
    expect(accepted.keyWorker.id).toBe('cdas-aoife'); // the key worker the plan names
    const first = ok(await f.query(AOIFE, ASSIGN_SU, { s: chloe.id, k: 'cdas-aoife' }));
    expect(first.assignKeyWorkerToServiceUser).toMatchObject({
      endedAt: null,
      serviceUser: { pseudonym: 'SU-1002' },
      keyWorker: { id: 'cdas-aoife' },
    });
    const again = ok(await f.query(AOIFE, ASSIGN_SU, { s: chloe.id, k: 'cdas-aoife' }));
    expect(again.assignKeyWorkerToServiceUser.id).toBe(first.assignKeyWorkerToServiceUser.id);

    const c = caseloadOf(ok(await f.query(AOIFE, CASELOAD)));
    expect(c.serviceUsers.map((s: Json) => s.pseudonym)).toEqual(['SU-1001', 'SU-1002']);
    expect(
      c.openActions.map((a: Json) => [
        a.actionId,
        a.delivery.status,
        a.overdue,
        a.serviceUser.pseudonym,
      ]),
    ).toEqual([
      [A.chloeHousing, 'ACCEPTED', true, 'SU-1002'],
      [A.jamieRelapsePrevention, 'IN_PROGRESS', false, 'SU-1001'],
    ]);
    expect(c.openActions[0].description).toMatch(/housing needs assessment/);
    // The seeded upcoming review of Chloe's plan is there too, as an unanswered invitation.
    expect(c.attention.map((a: Json) => a.kind)).toEqual(['OVERDUE_ACTION', 'MEETING_INVITATION']);
    expect(c.attention[0]).toMatchObject({
      kind: 'OVERDUE_ACTION',
      actionId: A.chloeHousing,
      dueOn: c.openActions[0].dueOn,
      serviceUser: { pseudonym: 'SU-1002' },
    });
    // Seeded three days before its due date in UTC; Irish time may be a day ahead.
    expect(c.attention[0].daysOverdue).toBeGreaterThanOrEqual(3);
    expect(c.attention[0].daysOverdue).toBeLessThanOrEqual(4);
  });

  it("lets a supervisor read a key worker's caseload, and nobody else", async () => {
    const own = caseloadOf(ok(await f.query(AOIFE, CASELOAD)));
    const bySupervisor = caseloadOf(ok(await f.query(SEAN, CASELOAD, { k: 'cdas-aoife' })));
    expect(bySupervisor).toEqual(own);

    const other = await f.query(DECLAN, CASELOAD, { k: 'prob-grainne' });
    expect(codes(other)).toEqual(['FORBIDDEN']);
    expect(other.body.data).toBeNull();
    expect(codes(await f.query(SEAN, CASELOAD, { k: 'cdas-nobody' }))).toEqual(['NOT_FOUND']);
    // A supervisor of another agency reaches only their own agency's key workers.
    expect(codes(await f.query(GRAINNE, CASELOAD, { k: 'cdas-aoife' }))).toEqual(['NOT_FOUND']);
  });

  it('resolves the service users in case-management, where consent applies to the reader', async () => {
    const r = await f.query(
      GRAINNE,
      `query($k: ID) { myCaseload(keyWorkerId: $k) {
        serviceUsers { edges { node { pseudonym givenName } } }
        openActions { edges { node { actionId } } } } }`,
      { k: 'prob-declan' },
    );
    expect(caseloadOf(r.body.data)).toEqual({
      serviceUsers: [{ pseudonym: 'SU-1001', givenName: null }],
      openActions: [{ actionId: A.jamieProbationSupervision }],
      attention: [],
    });
    expect(r.body.errors!.map((e) => [e.path, e.extensions?.code, e.extensions?.category])).toEqual(
      [
        [
          ['myCaseload', 'serviceUsers', 'edges', 0, 'node', 'givenName'],
          'CONSENT_REQUIRED',
          'IDENTITY',
        ],
      ],
    );
  });

  it("pages a delivery's notes, newest first, and the caseload's lists with first and after", async () => {
    const action = A.jamieRelapsePrevention; // CDAS's, Aoife's
    for (const b of ['First of three', 'Second of three', 'Third of three']) {
      ok(await f.query(AOIFE, NOTE, { a: action, b }));
    }
    const NOTES = `query($id: UUID!, $first: Int!, $after: String) { case(id: $id) { carePlan {
      actions { id delivery { progressNotes(first: $first, after: $after) {
        edges { cursor node { id body writtenAt } } pageInfo { hasNextPage endCursor } } } } } } }`;
    type Notes = {
      edges: { cursor: string; node: Json }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    const notes = async (first: number, after: string | null = null): Promise<Notes> => {
      const data = ok(await f.query(AOIFE, NOTES, { id: DEMO.cases.jamie, first, after }));
      return data.case.carePlan.actions.find((a: Json) => a.id === action).delivery.progressNotes;
    };
    const all = await notes(100);
    expect(all.pageInfo.hasNextPage).toBe(false);
    const bodies = all.edges.map((e) => e.node.body as string);
    expect(bodies).toEqual(expect.arrayContaining(['First of three', 'Third of three']));
    const at = all.edges.map((e) => e.node.writtenAt as string);
    expect(at).toEqual([...at].sort().reverse()); // newest first
    // One at a time, following the cursor: every note once, in the same order.
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i += 1) {
      const page: Notes = await notes(1, after);
      expect(page.edges.length).toBeLessThanOrEqual(1);
      walked.push(...page.edges.map((e) => e.node.body as string));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(bodies);
    // The same pages of this one delivery through its action (planAction), as the web app's
    // "Load more" asks for them.
    const ONE = `query($a: UUID!, $first: Int!, $after: String) { planAction(id: $a) { id delivery {
      progressNotes(first: $first, after: $after) {
        edges { cursor node { id body writtenAt } } pageInfo { hasNextPage endCursor } } } } }`;
    const viaAction: string[] = [];
    after = null;
    for (let i = 0; i < 20; i += 1) {
      const data = ok(await f.query(AOIFE, ONE, { a: action, first: 2, after }));
      const page = data.planAction.delivery.progressNotes as Notes;
      viaAction.push(...page.edges.map((e) => e.node.body as string));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(viaAction).toEqual(bodies);
    // Probation reads the action as it reads Jamie's plan (its summary, under his consent), and
    // not its notes (mental health, which he did not consent to share with probation).
    const declan = await f.query(
      DECLAN,
      `query($a: UUID!) { planAction(id: $a) { description delivery { status
        progressNotes(first: 5) { edges { node { body } } } } } }`,
      { a: action },
    );
    expect(declan.body.data).toEqual({
      planAction: {
        description: expect.any(String),
        delivery: { status: 'IN_PROGRESS', progressNotes: null },
      },
    });
    expect(codes(declan)).toEqual(['CONSENT_REQUIRED']);
    const bad = await f.query(AOIFE, NOTES, { id: DEMO.cases.jamie, first: 1, after: 'nope' });
    expect(codes(bad)).toContain('BAD_USER_INPUT');

    // The caseload's lists page the same way (Aoife has two open actions by now).
    const OPEN = `query($after: String) { myCaseload { openActions(first: 1, after: $after) {
      edges { node { actionId } } pageInfo { hasNextPage endCursor } } } }`;
    const whole = caseloadOf(ok(await f.query(AOIFE, CASELOAD))).openActions.map(
      (a: Json) => a.actionId,
    );
    expect(whole.length).toBeGreaterThan(1);
    const open: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const page: Json = ok(await f.query(AOIFE, OPEN, { after: cursor })).myCaseload.openActions;
      open.push(...page.edges.map((e: Json) => e.node.actionId as string));
      if (!page.pageInfo.hasNextPage) break;
      cursor = page.pageInfo.endCursor;
    }
    expect(open).toEqual(whole);
  });

  it('drops an ended assignment and a completed action from the caseload', async () => {
    const ended = ok(await f.query(AOIFE, END_SU, { s: chloe.id, k: 'cdas-aoife' }));
    expect(Date.parse(ended.endKeyWorkerAssignment.endedAt)).not.toBeNaN();
    expect(codes(await f.query(AOIFE, END_SU, { s: chloe.id, k: 'cdas-aoife' }))).toEqual([
      'NOT_FOUND',
    ]);
    ok(await f.query(AOIFE, OUTCOME, { a: A.chloeHousing, o: 'Assessment done', y: true }));
    const c = caseloadOf(ok(await f.query(AOIFE, CASELOAD)));
    expect(c.serviceUsers.map((s: Json) => s.pseudonym)).toEqual(['SU-1001']);
    expect(c.openActions.map((a: Json) => a.actionId)).toEqual([A.jamieRelapsePrevention]);
    expect(c.attention).toEqual([]);
  });
});
