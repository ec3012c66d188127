import { DEMO, STAFF_STATUS_PATH, importKey, signUserToken, type Role } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { AOIFE, inDays, smartGoal } from './support/plan-factory';
import type { Json } from './support/json';
import { nodesOf } from './support/connections';

/**
 * Agencies manage their own staff (ADR 0035): a first sign-in provisions the user's record from
 * their token, the agency administrator adds, updates and deactivates staff, and a plan action
 * may name only an active key worker of the responsible agency, as that agency's own server says.
 */

const ME = `{ myStaffRecord { id name role active provisionedBy } }`;
const STAFF = `fragment S on KeyWorker { id name role active deactivatedAt provisionedBy supervisor { id } }`;
const ADD = `mutation($input: AddStaffMemberInput!) { addStaffMember(input: $input) { ...S } } ${STAFF}`;
const UPDATE = `mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { ...S } } ${STAFF}`;
const DEACTIVATE = `mutation($id: ID!) { deactivateStaffMember(id: $id) { ...S } } ${STAFF}`;
const REACTIVATE = `mutation($id: ID!) { reactivateStaffMember(id: $id) { ...S } } ${STAFF}`;
const LIST = `query($all: Boolean) { keyWorkers(includeInactive: $all) { id active } }`;
const CREATE_PLAN = `mutation($input: CreateCarePlanInput!) { createCarePlan(input: $input) { id version actions { id keyWorker { id } } } }`;
const REVISE = `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { version } }`;
const TO_REASSIGN = `{ caseManagerWorklist { actionsToReassign(first: 100) { edges { node { id description keyWorker { id name active } } } } } }`;

const PROB_ADMIN = { agency: 'PROB', user: 'prob-admin', roles: ['AGENCY_ADMIN' as const] };

const first = (r: GraphQLResponse) => r.body.errors?.[0]?.extensions ?? {};

describe('agencies manage their own staff', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  /** A token as the agency's identity provider issues it, with a `name` claim when given. */
  const tokenFor = async (agencyCode: string, userId: string, roles: Role[], name?: string) =>
    signUserToken(
      { agencyCode, userId, roles, ...(name ? { name } : {}) },
      await importKey(f.agencyKeys.get(agencyCode)!),
    );

  const staffRows = async (agencyCode: string, id: string) =>
    f.agencies
      .get(agencyCode)!
      .db.dataSource.query<Json[]>(`SELECT id, name, role, active FROM key_worker WHERE id = $1`, [
        id,
      ]);

  /** A new service user with a case led by Aoife (CDAS) and the intake consent, no plan yet. */
  async function openCase(): Promise<{ serviceUserId: string; caseId: string }> {
    const su = await f.query(
      AOIFE,
      `mutation { registerServiceUser(input: { givenName: "Staff", familyName: "Test", confirmNotDuplicate: true }) { id } }`,
    );
    const serviceUserId = su.body.data.registerServiceUser.id as string;
    const c = await f.query(
      AOIFE,
      `mutation($id: UUID!) { openCase(input: { serviceUserId: $id }) { id } }`,
      { id: serviceUserId },
    );
    const caseId = c.body.data.openCase.id as string;
    const consent = await f.query(
      AOIFE,
      `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
      {
        input: {
          serviceUserId,
          recipientAgencyCode: 'CDAS',
          categories: ['CARE_PLAN_SUMMARY'],
          purpose: 'CASE_MANAGEMENT',
        },
      },
    );
    expect(consent.body.errors).toBeUndefined();
    return { serviceUserId, caseId };
  }

  const planInput = (caseId: string, actions: { agency: string; keyWorkerId?: string }[]) => {
    const goalId = crypto.randomUUID();
    return {
      caseId,
      nextReviewOn: inDays(60),
      goals: [{ id: goalId, ...smartGoal() }],
      actions: actions.map((a, i) => ({
        goalId,
        description: `Action ${i} for ${a.agency}`,
        domain: 'SOCIAL',
        responsibleAgencyCode: a.agency,
        dueOn: inDays(20 + i),
        ...(a.keyWorkerId ? { keyWorkerId: a.keyWorkerId } : {}),
      })),
    };
  };

  const plansOf = async (caseId: string) =>
    (
      await f.cm.db.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM care_plan WHERE case_id = $1`,
        [caseId],
      )
    )[0]!.n;

  describe('a first sign-in provisions the staff record from the token', () => {
    it("makes the record from the token's name and most senior role, once, however many first requests race", async () => {
      const token = await tokenFor(
        'PROB',
        'prob-ciaran',
        ['KEY_WORKER', 'SUPERVISOR'],
        'Ciarán Ó Dónaill',
      );
      // Racing first requests is a PostgreSQL matter (several connections); embedded PGlite
      // serves one connection at a time, so there they come one after the other.
      const answers = process.env.TEST_DATABASE_URL
        ? await Promise.all([1, 2, 3, 4].map(() => f.query({ token }, ME)))
        : [await f.query({ token }, ME), await f.query({ token }, ME)];
      for (const r of answers) {
        expect(r.body.errors).toBeUndefined();
        expect(r.body.data.myStaffRecord).toEqual({
          id: 'prob-ciaran',
          name: 'Ciarán Ó Dónaill',
          role: 'SUPERVISOR',
          active: true,
          provisionedBy: 'SIGN_IN',
        });
      }
      expect(await staffRows('PROB', 'prob-ciaran')).toHaveLength(1);
      // Only in the user's own agency.
      expect(await staffRows('CDAS', 'prob-ciaran')).toHaveLength(0);

      // A later sign-in with other claims changes nothing: the administrator manages it now.
      const renamed = await tokenFor('PROB', 'prob-ciaran', ['KEY_WORKER'], 'Someone Else');
      expect((await f.query({ token: renamed }, ME)).body.data.myStaffRecord).toMatchObject({
        name: 'Ciarán Ó Dónaill',
        role: 'SUPERVISOR',
      });
    });

    it('uses the user id when the token has no name, and provisions on any request to the agency', async () => {
      const r = await f.query({ agency: 'HSEM', user: 'hsem-new', roles: ['KEY_WORKER'] }, LIST);
      expect(r.body.errors).toBeUndefined();
      expect(await staffRows('HSEM', 'hsem-new')).toEqual([
        { id: 'hsem-new', name: 'hsem-new', role: 'KEY_WORKER', active: true },
      ]);
    });

    it('does not provision a user whose token carries no role', async () => {
      const token = await tokenFor('PROB', 'prob-nobody', [], 'No Role');
      expect((await f.query({ token }, ME)).body.data.myStaffRecord).toBeNull();
      expect(await staffRows('PROB', 'prob-nobody')).toHaveLength(0);
    });
  });

  describe("the agency administrator manages the agency's staff", () => {
    it('adds, updates, deactivates and reactivates a key worker; keyWorkers hides the deactivated', async () => {
      const added = await f.query(PROB_ADMIN, ADD, {
        input: {
          id: 'prob-orla',
          name: ' Orla Mac Giolla ',
          role: 'KEY_WORKER',
          supervisorId: DEMO.staff.grainne.id,
          email: 'orla@prob.example.ie',
        },
      });
      expect(added.body.errors).toBeUndefined();
      expect(added.body.data.addStaffMember).toEqual({
        id: 'prob-orla',
        name: 'Orla Mac Giolla',
        role: 'KEY_WORKER',
        active: true,
        deactivatedAt: null,
        provisionedBy: 'ADMIN',
        supervisor: { id: DEMO.staff.grainne.id },
      });
      const again = await f.query(PROB_ADMIN, ADD, {
        input: { id: 'prob-orla', name: 'Orla', role: 'KEY_WORKER' },
      });
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(first(again).reason).toBe('STAFF_EXISTS');

      const updated = await f.query(PROB_ADMIN, UPDATE, {
        input: { id: 'prob-orla', role: 'SUPERVISOR', name: 'Orla Mac Giolla Phádraig' },
      });
      expect(updated.body.data.updateStaffMember).toMatchObject({
        name: 'Orla Mac Giolla Phádraig',
        role: 'SUPERVISOR',
        supervisor: { id: DEMO.staff.grainne.id },
      });
      // No one supervises themself, even through someone else.
      const own = await f.query(PROB_ADMIN, UPDATE, {
        input: { id: 'prob-orla', supervisorId: 'prob-orla' },
      });
      expect(codes(own)).toEqual(['BAD_USER_INPUT']);
      expect(first(own).field).toBe('supervisorId');
      const loop = await f.query(PROB_ADMIN, UPDATE, {
        input: { id: DEMO.staff.grainne.id, supervisorId: 'prob-orla' },
      });
      expect(codes(loop)).toEqual(['BAD_USER_INPUT']);

      const off = await f.query(PROB_ADMIN, DEACTIVATE, { id: 'prob-orla' });
      expect(off.body.data.deactivateStaffMember).toMatchObject({ active: false });
      expect(off.body.data.deactivateStaffMember.deactivatedAt).toEqual(expect.any(String));
      expect(codes(await f.query(PROB_ADMIN, DEACTIVATE, { id: 'prob-orla' }))).toEqual([
        'CONFLICT',
      ]);
      const active = await f.query(PROB_ADMIN, LIST, {});
      expect(active.body.data.keyWorkers.map((k: Json) => k.id)).not.toContain('prob-orla');
      const all = await f.query(PROB_ADMIN, LIST, { all: true });
      expect(all.body.data.keyWorkers).toContainEqual({ id: 'prob-orla', active: false });

      const on = await f.query(PROB_ADMIN, REACTIVATE, { id: 'prob-orla' });
      expect(on.body.data.reactivateStaffMember).toMatchObject({
        active: true,
        deactivatedAt: null,
      });
      expect(codes(await f.query(PROB_ADMIN, DEACTIVATE, { id: 'nobody-here' }))).toEqual([
        'NOT_FOUND',
      ]);
    });

    it('refuses everyone but an administrator of the agency, writing nothing', async () => {
      const input = { id: 'prob-sneaky', name: 'Sneaky', role: 'SUPERVISOR' };
      for (const as of [
        { agency: 'PROB', user: DEMO.staff.grainne.id, roles: ['SUPERVISOR' as const] },
        { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER' as const] },
        AOIFE,
      ]) {
        const r = await f.query(as, ADD, { input });
        expect(codes(r)).toEqual(['FORBIDDEN']);
        expect(r.body.data).toBeNull();
      }
      const r = await f.query(
        { agency: 'PROB', user: DEMO.staff.grainne.id, roles: ['SUPERVISOR'] },
        DEACTIVATE,
        { id: DEMO.staff.declan.id },
      );
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(first(r).reason).toBe('NOT_AGENCY_ADMIN');
      expect(await staffRows('PROB', 'prob-sneaky')).toHaveLength(0);
      expect(await staffRows('PROB', DEMO.staff.declan.id)).toEqual([
        expect.objectContaining({ active: true }),
      ]);
      // An administrator manages their own agency only: the gateway sends it to their own.
      const cdasAdmin = { agency: 'CDAS', user: 'cdas-admin', roles: ['AGENCY_ADMIN' as const] };
      const other = await f.query(cdasAdmin, DEACTIVATE, { id: DEMO.staff.declan.id });
      expect(codes(other)).toEqual(['NOT_FOUND']);
      expect(await staffRows('PROB', DEMO.staff.declan.id)).toEqual([
        expect.objectContaining({ active: true }),
      ]);
    });

    it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
      const blank = await f.query(PROB_ADMIN, ADD, {
        input: { id: '  ', name: 'Someone', role: 'KEY_WORKER' },
      });
      expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
      expect(first(blank).field).toBe('id');
      const long = await f.query(PROB_ADMIN, ADD, {
        input: { id: 'prob-long', name: 'x'.repeat(201), role: 'KEY_WORKER' },
      });
      expect(codes(long)).toEqual(['BAD_USER_INPUT']);
      const noSupervisor = await f.query(PROB_ADMIN, ADD, {
        input: { id: 'prob-x', name: 'X', role: 'KEY_WORKER', supervisorId: 'nobody' },
      });
      expect(codes(noSupervisor)).toEqual(['BAD_USER_INPUT']);
      expect(first(noSupervisor).field).toBe('supervisorId');
      expect(await staffRows('PROB', 'prob-x')).toHaveLength(0);
    });
  });

  describe('a plan action names only an active key worker of the responsible agency, as it says', () => {
    it('accepts an active key worker, and refuses an unknown or deactivated one with nothing written', async () => {
      await f.query(PROB_ADMIN, ADD, {
        input: { id: 'prob-left', name: 'Leaving Soon', role: 'KEY_WORKER' },
      });
      await f.query(PROB_ADMIN, DEACTIVATE, { id: 'prob-left' });

      // The agency itself gives a deactivated member no new work either.
      const assign = await f.query(
        { agency: 'PROB', user: DEMO.staff.grainne.id, roles: ['SUPERVISOR'] },
        `mutation($s: UUID!, $k: ID!) { assignKeyWorkerToServiceUser(serviceUserId: $s, keyWorkerId: $k) { id } }`,
        { s: DEMO.serviceUsers.jamie.id, k: 'prob-left' },
      );
      expect(codes(assign)).toEqual(['BAD_USER_INPUT']);
      expect(first(assign)).toMatchObject({ field: 'keyWorkerId', reason: 'KEY_WORKER_INACTIVE' });

      const { caseId } = await openCase();
      const unknown = await f.query(AOIFE, CREATE_PLAN, {
        input: planInput(caseId, [
          { agency: 'CDAS' },
          { agency: 'PROB', keyWorkerId: 'prob-nobody-at-all' },
        ]),
      });
      expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
      expect(first(unknown)).toMatchObject({
        field: 'actions.keyWorkerId',
        reason: 'KEY_WORKER_UNKNOWN',
        agencyCode: 'PROB',
      });
      expect(unknown.body.data).toBeNull();
      expect(await plansOf(caseId)).toBe(0);

      const inactive = await f.query(AOIFE, CREATE_PLAN, {
        input: planInput(caseId, [{ agency: 'PROB', keyWorkerId: 'prob-left' }]),
      });
      expect(codes(inactive)).toEqual(['BAD_USER_INPUT']);
      expect(first(inactive)).toMatchObject({
        field: 'actions.keyWorkerId',
        reason: 'KEY_WORKER_INACTIVE',
      });
      expect(await plansOf(caseId)).toBe(0);

      // A key worker of another agency is not one of the responsible agency's.
      const elsewhere = await f.query(AOIFE, CREATE_PLAN, {
        input: planInput(caseId, [{ agency: 'HSEM', keyWorkerId: DEMO.staff.declan.id }]),
      });
      expect(first(elsewhere).reason).toBe('KEY_WORKER_UNKNOWN');
      expect(await plansOf(caseId)).toBe(0);

      const ok = await f.query(AOIFE, CREATE_PLAN, {
        input: planInput(caseId, [
          { agency: 'PROB', keyWorkerId: DEMO.staff.declan.id },
          { agency: 'CDAS' },
        ]),
      });
      expect(ok.body.errors).toBeUndefined();
      const plan = ok.body.data.createCarePlan;
      expect(plan.actions.map((a: Json) => a.keyWorker?.id ?? null)).toEqual([
        DEMO.staff.declan.id,
        null,
      ]);

      // A revision that names a deactivated key worker changes nothing either.
      const revised = await f.query(AOIFE, REVISE, {
        input: {
          planId: plan.id,
          expectedVersion: plan.version,
          changeSummary: 'Handing over',
          updateActions: [{ id: plan.actions[0].id, keyWorkerId: 'prob-left' }],
        },
      });
      expect(codes(revised)).toEqual(['BAD_USER_INPUT']);
      expect(first(revised)).toMatchObject({
        field: 'updateActions.keyWorkerId',
        reason: 'KEY_WORKER_INACTIVE',
      });
      const [row] = await f.cm.db.dataSource.query<Json[]>(
        `SELECT p.version, a.key_worker_id FROM care_plan p JOIN plan_action a ON a.plan_id = p.id
          WHERE p.id = $1 AND a.id = $2`,
        [plan.id, plan.actions[0].id],
      );
      expect(row).toEqual({ version: plan.version, key_worker_id: DEMO.staff.declan.id });
    });

    it('asks no agency, and so cannot be refused, for who is not the case manager', async () => {
      const { caseId } = await openCase();
      const r = await f.query(
        { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['CASE_MANAGER'] },
        CREATE_PLAN,
        { input: planInput(caseId, [{ agency: 'PROB', keyWorkerId: 'prob-nobody-at-all' }]) },
      );
      expect(codes(r)).toEqual(['FORBIDDEN']);
    });

    it('refuses with AGENCY_UNAVAILABLE, writing nothing, when the agency cannot be asked', async () => {
      const { caseId } = await openCase();
      const hsemUrl = f.agencies.get('HSEM')!.url;
      f.setAgencyUrl('HSEM', 'http://127.0.0.1:9/graphql');
      try {
        const r = await f.query(AOIFE, CREATE_PLAN, {
          input: planInput(caseId, [{ agency: 'HSEM', keyWorkerId: DEMO.staff.niamh.id }]),
        });
        expect(codes(r)).toEqual(['AGENCY_UNAVAILABLE']);
        expect(first(r)).toMatchObject({
          agencyCode: 'HSEM',
          field: 'actions.keyWorkerId',
          reason: 'KEY_WORKER_UNCONFIRMED',
        });
        expect(r.text).not.toContain('127.0.0.1');
        expect(await plansOf(caseId)).toBe(0);
        // Without a key worker named, no agency is asked.
        const without = await f.query(AOIFE, CREATE_PLAN, {
          input: planInput(caseId, [{ agency: 'HSEM' }]),
        });
        expect(without.body.errors).toBeUndefined();
      } finally {
        f.setAgencyUrl('HSEM', hsemUrl);
      }
    });

    it('the agency answers only calls signed by case-management', async () => {
      const url = new URL(STAFF_STATUS_PATH, f.agencies.get('PROB')!.url);
      const body = JSON.stringify({ staffIds: [DEMO.staff.declan.id] });
      const unsigned = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(unsigned.status).toBe(401);
      // A user's token, or any agency's, is not case-management's.
      const user = await f.token('PROB', DEMO.staff.declan.id);
      const asUser = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${user}` },
        body,
      });
      expect(asUser.status).toBe(401);
      expect(await asUser.text()).not.toContain('Declan');
    });
  });

  describe("a deactivated key worker's actions reach the case manager's worklist", () => {
    it('lists them for reassignment until the plan names an active key worker', async () => {
      await f.query(PROB_ADMIN, ADD, {
        input: { id: 'prob-eoin', name: 'Eoin Byrne', role: 'KEY_WORKER' },
      });
      const { caseId } = await openCase();
      const created = await f.query(AOIFE, CREATE_PLAN, {
        input: planInput(caseId, [
          { agency: 'PROB', keyWorkerId: 'prob-eoin' },
          { agency: 'PROB', keyWorkerId: DEMO.staff.declan.id },
        ]),
      });
      expect(created.body.errors).toBeUndefined();
      const plan = created.body.data.createCarePlan;
      const eoinsAction = plan.actions[0].id as string;
      const listed = async () =>
        nodesOf(
          (await f.query(AOIFE, TO_REASSIGN)).body.data.caseManagerWorklist.actionsToReassign,
        ).map((a) => a.id) as string[];
      expect(await listed()).not.toContain(eoinsAction);

      await f.query(PROB_ADMIN, DEACTIVATE, { id: 'prob-eoin' });
      const w = await f.query(AOIFE, TO_REASSIGN);
      expect(w.body.errors).toBeUndefined();
      const item = nodesOf(w.body.data.caseManagerWorklist.actionsToReassign).find(
        (a) => a.id === eoinsAction,
      );
      expect(item).toEqual({
        id: eoinsAction,
        description: 'Action 0 for PROB',
        keyWorker: { id: 'prob-eoin', name: 'Eoin Byrne', active: false },
      });
      expect(await listed()).not.toContain(plan.actions[1].id);

      const reassigned = await f.query(AOIFE, REVISE, {
        input: {
          planId: plan.id,
          expectedVersion: plan.version,
          changeSummary: 'Eoin has left probation; Declan takes over',
          updateActions: [{ id: eoinsAction, keyWorkerId: DEMO.staff.declan.id }],
        },
      });
      expect(reassigned.body.errors).toBeUndefined();
      expect(await listed()).not.toContain(eoinsAction);
    });

    it('still answers, without that agency, when an agency cannot be asked', async () => {
      const probUrl = f.agencies.get('PROB')!.url;
      f.setAgencyUrl('PROB', 'http://127.0.0.1:9/graphql');
      try {
        const w = await f.query(
          AOIFE,
          `{ caseManagerWorklist { actionsToReassign { edges { node { id } } } overdueReviews { edges { node { id } } } } }`,
        );
        expect(w.body.errors).toBeUndefined();
        expect(nodesOf(w.body.data.caseManagerWorklist.actionsToReassign)).toEqual([]);
      } finally {
        f.setAgencyUrl('PROB', probUrl);
      }
    });
  });
});
