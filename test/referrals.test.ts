import { randomUUID } from 'node:crypto';
import { DEMO, type Role } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import type { Json } from './support/json';
import { nodesOf } from './support/connections';

const JAMIE = { serviceUserId: DEMO.serviceUsers.jamie.id, caseId: DEMO.cases.jamie };
const CHLOE = { serviceUserId: DEMO.serviceUsers.chloe.id, caseId: DEMO.cases.chloe };

interface Caller {
  agency: string;
  user: string;
  roles: Role[];
}

const aoife: Caller = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER'] };
const sean: Caller = { agency: 'CDAS', user: DEMO.staff.sean.id, roles: ['SUPERVISOR'] };
const declan: Caller = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER'] };
const niamh: Caller = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['KEY_WORKER'] };

/** A date `n` days from now, as YYYY-MM-DD; far enough from midnight for any time zone. */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const REFERRAL_FIELDS = /* GraphQL */ `
  id
  status
  reason
  followUpOn
  interimPlan
  consentId
  toAgency {
    code
  }
  case {
    id
  }
  events {
    status
    note
    by {
      agencyCode
      id
    }
  }
`;

const CREATE = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { ${REFERRAL_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateReferralStatusInput!) { updateReferralStatus(input: $input) { ${REFERRAL_FIELDS} } }`;
const FOLLOW_UP = `mutation($input: RecordReferralFollowUpInput!) { recordReferralFollowUp(input: $input) { ${REFERRAL_FIELDS} } }`;
const DISENGAGED = `mutation($input: ReportDisengagementAfterReferralInput!) { reportDisengagementAfterReferral(input: $input) { id status } }`;
const MY_NOTIFICATIONS = `query($all: Boolean, $first: Int = 100, $after: String) {
  myNotifications(includeAcknowledged: $all, first: $first, after: $after) {
    edges { cursor node { id kind message acknowledgedAt case { id } } }
    pageInfo { hasNextPage endCursor } } }`;
const ACKNOWLEDGE = `mutation($id: UUID!) { acknowledgeNotification(id: $id) { id acknowledgedAt } }`;

describe('referrals, through the gateway', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  const ok = <T>(r: GraphQLResponse<T>): T => {
    expect(r.body.errors).toBeUndefined();
    return r.body.data as T;
  };

  /** A consent recorded by the case manager, as the service user gave it. */
  async function grantConsent(
    recipientAgencyCode: string,
    o: { serviceUserId?: string; purpose?: string; categories?: string[] } = {},
  ): Promise<string> {
    const r = await f.query(
      aoife,
      `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
      {
        input: {
          serviceUserId: o.serviceUserId ?? JAMIE.serviceUserId,
          recipientAgencyCode,
          categories: o.categories ?? ['CARE_PLAN_SUMMARY'],
          purpose: o.purpose ?? 'REFERRAL',
          evidenceRef: `FORM-REF-${randomUUID().slice(0, 8)}`,
        },
      },
    );
    return ok(r).grantConsent.id;
  }

  /**
   * A new service user with a case led by CDAS and managed by Aoife, with no consents at all, set
   * up directly in the database (registering and closing cases belong to another feature).
   */
  async function newCase(status: 'ACTIVE' | 'CLOSED' = 'ACTIVE') {
    const serviceUserId = randomUUID();
    const caseId = randomUUID();
    const ds = f.cm.db.dataSource;
    await ds.query(
      `INSERT INTO service_user (id, pseudonym, registered_by_agency) VALUES ($1, $2, 'CDAS')`,
      [serviceUserId, `SU-T-${serviceUserId.slice(0, 8)}`],
    );
    await ds.query(
      `INSERT INTO care_case (id, service_user_id, lead_agency_code, case_manager_id, status, opened_at, closed_at)
       VALUES ($1, $2, 'CDAS', $3, $4, now() - interval '60 days', CASE WHEN $4 = 'CLOSED' THEN now() END)`,
      [caseId, serviceUserId, aoife.user, status],
    );
    return { serviceUserId, caseId };
  }

  const create = (as: Caller, input: Record<string, unknown>) => f.query(as, CREATE, { input });

  /** A PLANNED referral of Jamie to PROB under a fresh REFERRAL consent. */
  async function plannedReferral(extra: Record<string, unknown> = {}): Promise<string> {
    const consentId = await grantConsent('PROB');
    const r = await create(aoife, {
      caseId: JAMIE.caseId,
      toAgencyCode: 'PROB',
      reason: `Probation-linked employment programme ${randomUUID().slice(0, 8)}`,
      consentId,
      ...extra,
    });
    return ok(r).createReferral.id;
  }

  const setStatus = (as: Caller, referralId: string, status: string, note?: string) =>
    f.query(as, UPDATE, { input: { referralId, status, ...(note ? { note } : {}) } });

  async function sentReferral(): Promise<string> {
    const id = await plannedReferral();
    ok(await setStatus(aoife, id, 'SENT'));
    return id;
  }

  it('takes a referral from planned through sent, waiting and accepted to completed, recording every step', async () => {
    const consentId = await grantConsent('PROB');
    const created = ok(
      await create(aoife, {
        caseId: JAMIE.caseId,
        toAgencyCode: 'PROB',
        reason: 'Needs a community employment placement as part of the probation order',
        consentId,
      }),
    ).createReferral;
    expect(created).toMatchObject({
      status: 'PLANNED',
      consentId,
      toAgency: { code: 'PROB' },
      case: { id: JAMIE.caseId },
      followUpOn: null,
      interimPlan: null,
      events: [{ status: 'PLANNED', note: null, by: { agencyCode: 'CDAS', id: aoife.user } }],
    });
    const id = created.id;

    expect(
      ok(await setStatus(aoife, id, 'SENT', 'Referral form emailed')).updateReferralStatus.status,
    ).toBe('SENT');
    expect(
      ok(await setStatus(declan, id, 'WAITING', 'Placement waiting list is about ten weeks'))
        .updateReferralStatus.status,
    ).toBe('WAITING');

    const followedUp = ok(
      await f.query(aoife, FOLLOW_UP, {
        input: {
          referralId: id,
          followUpOn: inDays(21),
          interimPlan: 'Weekly check-in with the key worker and the CDAS drop-in job club',
        },
      }),
    ).recordReferralFollowUp;
    expect(followedUp).toMatchObject({
      status: 'WAITING',
      followUpOn: inDays(21),
      interimPlan: 'Weekly check-in with the key worker and the CDAS drop-in job club',
    });

    expect(ok(await setStatus(declan, id, 'ACCEPTED')).updateReferralStatus.status).toBe(
      'ACCEPTED',
    );
    const completed = ok(
      await setStatus(declan, id, 'COMPLETED', 'Placement finished'),
    ).updateReferralStatus;
    expect(completed.status).toBe('COMPLETED');
    expect(completed.followUpOn).toBe(inDays(21));
    expect(completed.events).toEqual([
      { status: 'PLANNED', note: null, by: { agencyCode: 'CDAS', id: aoife.user } },
      { status: 'SENT', note: 'Referral form emailed', by: { agencyCode: 'CDAS', id: aoife.user } },
      {
        status: 'WAITING',
        note: 'Placement waiting list is about ten weeks',
        by: { agencyCode: 'PROB', id: declan.user },
      },
      {
        status: 'WAITING',
        note: expect.stringContaining(`Follow-up on ${inDays(21)}`),
        by: { agencyCode: 'CDAS', id: aoife.user },
      },
      { status: 'ACCEPTED', note: null, by: { agencyCode: 'PROB', id: declan.user } },
      {
        status: 'COMPLETED',
        note: 'Placement finished',
        by: { agencyCode: 'PROB', id: declan.user },
      },
    ]);

    // The referral is on the case, and readable by id.
    const onCase = ok(
      await f.query(aoife, `query($id: UUID!) { case(id: $id) { referrals { id status } } }`, {
        id: JAMIE.caseId,
      }),
    );
    expect(onCase.case.referrals).toContainEqual({ id, status: 'COMPLETED' });
    const byId = ok(
      await f.query(aoife, `query($id: UUID!) { referral(id: $id) { id status } }`, { id }),
    );
    expect(byId.referral).toEqual({ id, status: 'COMPLETED' });
  });

  it('answers null for a referral that does not exist', async () => {
    const r = await f.query(aoife, `query($id: UUID!) { referral(id: $id) { id } }`, {
      id: randomUUID(),
    });
    expect(r.body).toEqual({ data: { referral: null } });
  });

  it('lets only the case manager make a referral', async () => {
    const consentId = await grantConsent('PROB');
    const input = { caseId: JAMIE.caseId, toAgencyCode: 'PROB', reason: 'Employment', consentId };
    for (const someoneElse of [
      sean,
      declan,
      { ...aoife, roles: ['KEY_WORKER'] as Role[] },
      { agency: 'PROB', user: aoife.user, roles: ['CASE_MANAGER'] as Role[] },
    ]) {
      const r = await create(someoneElse, input);
      expect({ someoneElse, codes: codes(r) }).toEqual({ someoneElse, codes: ['FORBIDDEN'] });
      expect(r.body.data).toBeNull();
    }
  });

  it('refuses a referral without a consent that allows it, with CONSENT_REQUIRED', async () => {
    const withdrawn = await grantConsent('PROB');
    ok(
      await f.query(aoife, `mutation($id: UUID!) { withdrawConsent(id: $id) { id } }`, {
        id: withdrawn,
      }),
    );
    const expired = await (async () => {
      const r = await f.query(
        aoife,
        `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
        {
          input: {
            serviceUserId: JAMIE.serviceUserId,
            recipientAgencyCode: 'PROB',
            categories: ['CARE_PLAN_SUMMARY'],
            purpose: 'REFERRAL',
            validFrom: new Date(Date.now() - 10 * 86_400_000).toISOString(),
            validUntil: new Date(Date.now() - 86_400_000).toISOString(),
          },
        },
      );
      return ok(r).grantConsent.id as string;
    })();
    const refusals: [string, string][] = [
      ['no consent at all', randomUUID()],
      ['a withdrawn consent', withdrawn],
      ['an expired consent', expired],
      ['a consent naming another agency', await grantConsent('HSEM')],
      [
        'a consent for case management only',
        await grantConsent('PROB', { purpose: 'CASE_MANAGEMENT' }),
      ],
      [
        "another service user's consent",
        await grantConsent('PROB', { serviceUserId: CHLOE.serviceUserId }),
      ],
    ];
    for (const [what, consentId] of refusals) {
      const r = await create(aoife, {
        caseId: JAMIE.caseId,
        toAgencyCode: 'PROB',
        reason: 'Employment',
        consentId,
      });
      expect({ what, codes: codes(r) }).toEqual({ what, codes: ['CONSENT_REQUIRED'] });
      expect(r.body.errors![0]!.extensions!.reason).toBe('REFERRAL_CONSENT');
    }
    // A care-coordination consent naming the agency is enough.
    const coordination = await grantConsent('PROB', { purpose: 'CARE_COORDINATION' });
    const r = await create(aoife, {
      caseId: JAMIE.caseId,
      toAgencyCode: 'PROB',
      reason: 'Employment',
      consentId: coordination,
    });
    expect(ok(r).createReferral.status).toBe('PLANNED');
  });

  it('refuses a referral on a closed case with CONFLICT', async () => {
    const { serviceUserId, caseId } = await newCase('CLOSED');
    const consentId = await grantConsent('PROB', { serviceUserId });
    const r = await create(aoife, {
      caseId,
      toAgencyCode: 'PROB',
      reason: 'Employment',
      consentId,
    });
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.body.errors![0]!.extensions!.reason).toBe('CASE_CLOSED');
  });

  it('refuses bad input with BAD_USER_INPUT and writes nothing', async () => {
    const consentId = await grantConsent('PROB');
    const base = { caseId: JAMIE.caseId, toAgencyCode: 'PROB', reason: 'Employment', consentId };
    const count = async () =>
      (await f.cm.db.dataSource.query(`SELECT count(*)::int AS n FROM referral`))[0].n as number;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      // Malformed dates and ids are refused by the gateway before planning, naming the path in
      // the variable; what needs the case or the clock is refused by case-management.
      [{ ...base, followUpOn: '2025-02-30' }, 'input.followUpOn'],
      [{ ...base, followUpOn: 'next week' }, 'input.followUpOn'],
      [{ ...base, followUpOn: inDays(-3) }, 'followUpOn'],
      [{ ...base, reason: '   ' }, 'reason'],
      [{ ...base, interimPlan: '' }, 'interimPlan'],
      [{ ...base, toAgencyCode: 'NOPE' }, 'toAgencyCode'],
      [{ ...base, toAgencyCode: 'CDAS' }, 'toAgencyCode'],
      [{ ...base, caseId: 'not-a-uuid' }, 'input.caseId'],
      [{ ...base, consentId: 'not-a-uuid' }, 'input.consentId'],
    ];
    for (const [input, field] of cases) {
      const r = await create(aoife, input);
      expect({ input, codes: codes(r), field: r.body.errors?.[0]?.extensions?.field }).toEqual({
        input,
        codes: ['BAD_USER_INPUT'],
        field,
      });
    }
    expect(await count()).toBe(before);

    const id = await sentReferral();
    const r = await f.query(aoife, FOLLOW_UP, {
      input: { referralId: id, followUpOn: '2025-13-01' },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a status change the protocol does not allow with INVALID_TRANSITION', async () => {
    const id = await plannedReferral();
    const skip = await setStatus(aoife, id, 'ACCEPTED');
    expect(codes(skip)).toEqual(['INVALID_TRANSITION']);
    expect(skip.body.errors![0]!.extensions).toMatchObject({ from: 'PLANNED', to: 'ACCEPTED' });

    ok(await setStatus(aoife, id, 'SENT'));
    ok(await setStatus(declan, id, 'DECLINED', 'Not eligible: order ends too soon'));
    for (const status of ['ACCEPTED', 'WAITING', 'COMPLETED', 'PLANNED', 'SENT', 'DECLINED']) {
      const r = await setStatus(aoife, id, status);
      expect({ status, codes: codes(r) }).toEqual({ status, codes: ['INVALID_TRANSITION'] });
    }
    // Nothing left to follow up on a declined referral.
    const r = await f.query(aoife, FOLLOW_UP, { input: { referralId: id, followUpOn: inDays(7) } });
    expect(codes(r)).toEqual(['CONFLICT']);
  });

  it('lets the agency referred to record the outcome, but only the case manager send, and nobody else change it', async () => {
    const id = await plannedReferral();
    expect(codes(await setStatus(declan, id, 'SENT'))).toEqual(['FORBIDDEN']);
    expect(codes(await setStatus(niamh, id, 'SENT'))).toEqual(['FORBIDDEN']);
    expect(codes(await setStatus(sean, id, 'SENT'))).toEqual(['FORBIDDEN']);
    ok(await setStatus(aoife, id, 'SENT'));
    expect(codes(await setStatus(niamh, id, 'ACCEPTED'))).toEqual(['FORBIDDEN']);
    const accepted = ok(
      await setStatus(declan, id, 'ACCEPTED', 'Starts Monday'),
    ).updateReferralStatus;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.events.at(-1)).toEqual({
      status: 'ACCEPTED',
      note: 'Starts Monday',
      by: { agencyCode: 'PROB', id: declan.user },
    });
    // The follow-up and interim plan are the case manager's.
    const r = await f.query(declan, FOLLOW_UP, {
      input: { referralId: id, followUpOn: inDays(7) },
    });
    expect(codes(r)).toEqual(['FORBIDDEN']);
  });

  it('lets only one of two concurrent outcomes through', async () => {
    const id = await sentReferral();
    const [a, b] = await Promise.all([
      setStatus(declan, id, 'ACCEPTED'),
      setStatus(aoife, id, 'DECLINED'),
    ]);
    const outcomes = [a, b].map((r) => (r.body.errors ? codes(r)[0] : 'OK')).sort();
    expect(outcomes[1]).toBe('OK');
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(outcomes[0]);
    const events = ok(
      await f.query(aoife, `query($id: UUID!) { referral(id: $id) { events { status } } }`, { id }),
    ).referral.events;
    expect(events.map((e: Json) => e.status)).toHaveLength(3);
  });

  it('tells the case manager when the service user disengages after referral, until they acknowledge it', async () => {
    const id = await sentReferral();
    expect(
      codes(await f.query(niamh, DISENGAGED, { input: { referralId: id, note: 'x' } })),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(await f.query(aoife, DISENGAGED, { input: { referralId: id, note: 'x' } })),
    ).toEqual(['FORBIDDEN']);
    const note = `Missed three appointments since ${inDays(-14)} ${randomUUID().slice(0, 8)}`;
    ok(await f.query(declan, DISENGAGED, { input: { referralId: id, note } }));

    const mine = nodesOf(ok(await f.query(aoife, MY_NOTIFICATIONS)).myNotifications);
    const n = mine.find((x) => x.message.includes(note))!;
    expect(n).toMatchObject({
      kind: 'DISENGAGED_AFTER_REFERRAL',
      acknowledgedAt: null,
      case: { id: JAMIE.caseId },
    });
    // Newest first.
    expect(mine[0]!.id).toBe(n.id);
    // A page at a time: the next page starts after the cursor, with no record twice.
    const one = ok(await f.query(aoife, MY_NOTIFICATIONS, { first: 1 })).myNotifications;
    expect(nodesOf(one).map((x) => x.id)).toEqual([n.id]);
    expect(one.pageInfo).toEqual({ hasNextPage: mine.length > 1, endCursor: one.edges[0].cursor });
    const next = ok(
      await f.query(aoife, MY_NOTIFICATIONS, { first: 100, after: one.pageInfo.endCursor }),
    ).myNotifications;
    expect(nodesOf(next).map((x) => x.id)).toEqual(mine.slice(1).map((x) => x.id));
    // At most 100 a page.
    expect(codes(await f.query(aoife, MY_NOTIFICATIONS, { first: 101 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    // Addressed to the case manager only.
    const declans = nodesOf(
      ok(await f.query(declan, MY_NOTIFICATIONS, { all: true })).myNotifications,
    );
    expect(declans.map((x) => x.id)).not.toContain(n.id);
    expect(codes(await f.query(declan, ACKNOWLEDGE, { id: n.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await f.query(sean, ACKNOWLEDGE, { id: n.id }))).toEqual(['FORBIDDEN']);

    const acked = ok(await f.query(aoife, ACKNOWLEDGE, { id: n.id })).acknowledgeNotification;
    expect(acked.acknowledgedAt).toEqual(expect.any(String));
    expect(codes(await f.query(aoife, ACKNOWLEDGE, { id: n.id }))).toEqual(['CONFLICT']);
    expect(codes(await f.query(aoife, ACKNOWLEDGE, { id: randomUUID() }))).toEqual(['NOT_FOUND']);

    const open = nodesOf(ok(await f.query(aoife, MY_NOTIFICATIONS)).myNotifications);
    expect(open.map((x) => x.id)).not.toContain(n.id);
    const all = nodesOf(ok(await f.query(aoife, MY_NOTIFICATIONS, { all: true })).myNotifications);
    expect(all.map((x) => x.id)).toContain(n.id);

    const history = ok(
      await f.query(
        aoife,
        `query($id: UUID!) { referral(id: $id) { status events { status note } } }`,
        {
          id,
        },
      ),
    ).referral;
    expect(history.status).toBe('SENT');
    expect(history.events.at(-1)).toEqual({ status: 'SENT', note: expect.stringContaining(note) });

    // Once the referral is over, there is nothing to report on it.
    ok(await setStatus(declan, id, 'DECLINED'));
    const late = await f.query(declan, DISENGAGED, { input: { referralId: id, note: 'late' } });
    expect(codes(late)).toEqual(['CONFLICT']);
  });

  it("withholds a case's referrals from an agency without consent, as if there were none", async () => {
    // A service user who consents to a referral to PROB sharing legal information only.
    const { serviceUserId, caseId } = await newCase();
    const consentId = await grantConsent('PROB', {
      serviceUserId,
      categories: ['LEGAL_AND_JUSTICE'],
    });
    const id = ok(
      await create(aoife, {
        caseId,
        toAgencyCode: 'PROB',
        reason: 'Court-ordered supervision assessment',
        consentId,
      }),
    ).createReferral.id;

    const q = `query($caseId: UUID!, $id: UUID!) {
      case(id: $caseId) { id referrals { id reason } }
      referral(id: $id) { id reason status events { status } }
    }`;
    for (const reader of [niamh, declan]) {
      // Neither may read anything of the case or the referral: both read as records that do not
      // exist (ADR 0026), with no error to tell them apart.
      const r = await f.query(reader, q, { caseId, id });
      expect(r.body.data).toEqual({ case: null, referral: null });
      expect(r.body.errors).toBeUndefined();
    }
    // The lead agency holds the record and reads it.
    const lead = ok(await f.query(aoife, q, { caseId, id }));
    expect(lead.case.referrals).toEqual([{ id, reason: 'Court-ordered supervision assessment' }]);
  });

  it('reads the referrals and their histories of many cases in one query each', async () => {
    await plannedReferral();
    f.resetStatements();
    const r = await f.query(
      aoife,
      `query($a: UUID!, $b: UUID!) {
        a: case(id: $a) { referrals { id events { status } } }
        b: case(id: $b) { referrals { id events { status } } }
      }`,
      { a: JAMIE.caseId, b: CHLOE.caseId },
    );
    expect(ok(r).a.referrals.length).toBeGreaterThan(0);
    const sql = f.statements('case-management');
    expect(sql.filter((s) => /FROM "referral"/.test(s))).toHaveLength(1);
    expect(sql.filter((s) => /FROM "referral_event"/.test(s))).toHaveLength(1);
  });

  it("lists the referrals awaiting the case manager's follow-up", async () => {
    const due = await sentReferral();
    ok(await f.query(aoife, FOLLOW_UP, { input: { referralId: due, followUpOn: inDays(3) } }));
    const later = await sentReferral();
    ok(await f.query(aoife, FOLLOW_UP, { input: { referralId: later, followUpOn: inDays(60) } }));
    const unscheduled = await sentReferral();
    ok(await setStatus(declan, unscheduled, 'WAITING'));
    const done = await sentReferral();
    ok(await f.query(aoife, FOLLOW_UP, { input: { referralId: done, followUpOn: inDays(1) } }));
    ok(await setStatus(declan, done, 'DECLINED'));

    const list = await f.cm.services.referrals.awaitingFollowUp([JAMIE.caseId], inDays(10));
    const ids = list.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([due, unscheduled]));
    expect(ids).not.toContain(later);
    expect(ids).not.toContain(done);
    expect(ids.indexOf(unscheduled)).toBeLessThan(ids.indexOf(due));
    expect(await f.cm.services.referrals.awaitingFollowUp([], inDays(10))).toEqual([]);
  });
});
