import { DEMO } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import { AOIFE, createCaseWithPlan, inDays } from './support/plan-factory';
import { nodesOf } from './support/connections';

const RECORD = `mutation($input: ServiceDeliveryChangeInput!) {
  recordServiceDeliveryChange(input: $input) { id what why effectiveFrom } }`;

describe("an agency's changes to its service delivery reach the case manager", () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it("is recorded on the agency, shown on the case manager's worklist and acknowledged once", async () => {
    const { caseId, actionIds } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const declan = { agency: 'PROB', user: DEMO.staff.declan.id };
    const r = await f.query(declan, RECORD, {
      input: {
        actionId: actionIds[1],
        what: 'Appointments move to monthly',
        why: 'Officer caseload reallocated',
        effectiveFrom: inDays(7),
      },
    });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.recordServiceDeliveryChange).toMatchObject({
      what: 'Appointments move to monthly',
      effectiveFrom: inDays(7),
    });

    const worklist = await f.query(
      AOIFE,
      `{ caseManagerWorklist { serviceDeliveryChanges(first: 100) { edges { node { id what why agency { code } action { id } case { id } } } } } }`,
    );
    const change = nodesOf(worklist.body.data.caseManagerWorklist.serviceDeliveryChanges).find(
      (c) => c.case.id === caseId,
    )!;
    expect(change).toMatchObject({
      what: 'Appointments move to monthly',
      agency: { code: 'PROB' },
      action: { id: actionIds[1] },
    });

    const ack = `mutation($id: UUID!) { acknowledgeServiceDeliveryChange(id: $id) { acknowledgedAt } }`;
    expect(
      codes(await f.query({ agency: 'PROB', roles: ['CASE_MANAGER'] }, ack, { id: change.id })),
    ).toEqual(['FORBIDDEN']);
    expect((await f.query(AOIFE, ack, { id: change.id })).body.errors).toBeUndefined();
    expect(codes(await f.query(AOIFE, ack, { id: change.id }))).toEqual(['CONFLICT']);
    const after = await f.query(
      AOIFE,
      `{ caseManagerWorklist { serviceDeliveryChanges(first: 100) { edges { node { id } } } } }`,
    );
    expect(
      nodesOf(after.body.data.caseManagerWorklist.serviceDeliveryChanges).map((c) => c.id),
    ).not.toContain(change.id);
  });

  it("also reaches the case manager's notifications, once however often it is retried", async () => {
    const { caseId, actionIds } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const declan = { agency: 'PROB', user: DEMO.staff.declan.id };
    const input = {
      id: crypto.randomUUID(),
      actionId: actionIds[1],
      what: 'Group sessions replace one-to-one',
      why: 'Service redesign',
      effectiveFrom: inDays(14),
    };
    expect((await f.query(declan, RECORD, { input })).body.errors).toBeUndefined();
    expect((await f.query(declan, RECORD, { input })).body.errors).toBeUndefined();
    const MINE = `{ myNotifications(first: 100) { edges { node { id kind message case { id } } } } }`;
    const mine = await f.query(AOIFE, MINE);
    expect(mine.body.errors).toBeUndefined();
    const about = nodesOf(mine.body.data.myNotifications).filter(
      (n) => n.kind === 'SERVICE_DELIVERY_CHANGE' && n.case?.id === caseId,
    );
    expect(about).toEqual([
      {
        id: expect.any(String),
        kind: 'SERVICE_DELIVERY_CHANGE',
        message: `PROB changes its service delivery from ${inDays(14)}: Group sessions replace one-to-one`,
        case: { id: caseId },
      },
    ]);
    // Addressed to the case manager, not to the agency that made the change.
    const theirs = await f.query(declan, MINE);
    expect(
      nodesOf(theirs.body.data.myNotifications).filter((n) => n.kind === 'SERVICE_DELIVERY_CHANGE'),
    ).toEqual([]);
    const ack = await f.query(
      AOIFE,
      `mutation($id: UUID!) { acknowledgeNotification(id: $id) { acknowledgedAt } }`,
      { id: about[0]!.id },
    );
    expect(ack.body.errors).toBeUndefined();
  });

  it("refuses a change to another agency's action, and bad input", async () => {
    const { actionIds } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const hsem = { agency: 'HSEM', user: DEMO.staff.niamh.id };
    expect(
      codes(
        await f.query(hsem, RECORD, {
          input: { actionId: actionIds[1], what: 'x', why: 'y', effectiveFrom: inDays(1) },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const declan = { agency: 'PROB', user: DEMO.staff.declan.id };
    expect(
      codes(
        await f.query(declan, RECORD, {
          input: { actionId: actionIds[1], what: ' ', why: 'y', effectiveFrom: inDays(1) },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await f.query(declan, RECORD, {
          input: { actionId: actionIds[1], what: 'x', why: 'y', effectiveFrom: 'soon' },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe("service-delivery changes are recorded once and never reveal another agency's change", () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('records a retried change once, refuses an id in use by another agency, and an impossible date', async () => {
    const { actionIds } = await createCaseWithPlan(f, ['CDAS', 'PROB', 'HSEM']);
    const id = crypto.randomUUID();
    const declan = { agency: 'PROB', user: DEMO.staff.declan.id };
    const input = {
      id,
      actionId: actionIds[1],
      what: 'Monthly',
      why: 'Reallocated',
      effectiveFrom: inDays(3),
    };
    expect((await f.query(declan, RECORD, { input })).body.errors).toBeUndefined();
    expect(
      (await f.query(declan, RECORD, { input })).body.data.recordServiceDeliveryChange.id,
    ).toBe(id);
    const w = await f.query(
      AOIFE,
      `{ caseManagerWorklist { serviceDeliveryChanges(first: 100) { edges { node { id } } } } }`,
    );
    expect(
      nodesOf(w.body.data.caseManagerWorklist.serviceDeliveryChanges).filter((c) => c.id === id),
    ).toHaveLength(1);

    const niamh = { agency: 'HSEM', user: DEMO.staff.niamh.id };
    const reused = await f.query(niamh, RECORD, { input: { ...input, actionId: actionIds[2] } });
    expect(codes(reused)).toEqual(['CONFLICT']);
    expect(reused.text).not.toContain(actionIds[1]);
    const impossible = await f.query(declan, RECORD, {
      input: { ...input, id: crypto.randomUUID(), effectiveFrom: '2026-02-30' },
    });
    expect(codes(impossible)).toEqual(['BAD_USER_INPUT']);
  });
});
