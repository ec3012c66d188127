import { randomUUID } from 'node:crypto';
import { CONSENT_CATEGORIES, DEMO, type Role } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { AOIFE, createCaseWithPlan, inDays } from './support/plan-factory';
import { nodesOf } from './support/connections';
import type { Json } from './support/json';

/**
 * Deny provisions (issue 12, point 6; ADR 0028): a consent's exceptions refuse categories to its
 * recipient, winning over every permit for the same agency while both are in force, in
 * case-management and in the agency subgraphs (the deny travels in the decisions they ask for).
 */

type As = { agency: string; user: string; roles: Role[] };
const DECLAN: As = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER'] };
const NIAMH: As = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['KEY_WORKER'] };
const ALL = [...CONSENT_CATEGORIES];

const GRANT = `mutation($input: GrantConsentInput!) {
  grantConsent(input: $input) {
    id version categories exceptions { categories validFrom validUntil inForce }
  }
}`;
const AMEND = `mutation($input: AmendConsentInput!) {
  amendConsent(input: $input) { version exceptions { categories } }
}`;
const WITHDRAW = `mutation($id: UUID!) { withdrawConsent(id: $id) { id status } }`;

/** What probation reads of the person: identity, needs, and each action's delivery and notes. */
const VIEW = `query($case: UUID!) {
  case(id: $case) {
    serviceUser { givenName }
    carePlan {
      needs { domain description }
      actions { id domain delivery { status progressNotes { edges { node { body } } } } }
    }
  }
}`;

const PREVIEW = `query($su: UUID!, $agency: ID!) {
  consentPreview(serviceUserId: $su, agencyCode: $agency) {
    categories { category visible denied consents { id } deniedBy { id evidenceRef } }
  }
}`;

function ok<T>(r: GraphQLResponse<T>, what: string): T {
  if (r.status !== 200 || r.body.errors) {
    throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body.errors ?? r.text)}`);
  }
  return r.body.data as T;
}

const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

describe('deny provisions (consent exceptions), through the gateway', () => {
  let f: TestFederation;
  let serviceUserId: string;
  let caseId: string;
  /** The psychological action, delivered by HSEM, with a progress note. */
  let mhAction: string;

  const grant = async (input: Record<string, unknown>) =>
    ok(
      await f.query(AOIFE, GRANT, {
        input: { serviceUserId, purpose: 'CARE_COORDINATION', evidenceRef: 'FORM-DENY', ...input },
      }),
      'grant',
    ).grantConsent;
  const withdraw = async (id: string) => ok(await f.query(AOIFE, WITHDRAW, { id }), 'withdraw');

  /** Probation's view, with what it shows of mental health. */
  async function probationView() {
    const r = await f.query(DECLAN, VIEW, { case: caseId });
    expect(r.status).toBe(200);
    const plan = r.body.data?.case?.carePlan;
    const index = (plan?.actions ?? []).findIndex((a: Json) => a.id === mhAction);
    const mh = index >= 0 ? plan.actions[index] : null;
    const notesError = (r.body.errors ?? []).find(
      (e) =>
        e.path?.join('.') === `case.carePlan.actions.${index}.delivery.progressNotes` &&
        e.extensions?.code === 'CONSENT_REQUIRED',
    );
    return {
      r,
      name: (r.body.data?.case?.serviceUser?.givenName ?? null) as string | null,
      needDomains: ((plan?.needs ?? []) as Json[]).map((n) => n.domain).sort(),
      mhStatus: mh?.delivery?.status as string | null,
      mhNotes: mh?.delivery?.progressNotes ? nodesOf(mh.delivery.progressNotes) : null,
      mhNotesCategory: notesError?.extensions?.category,
    };
  }

  /** Probation reads mental health (the psychological need and HSEM's notes). */
  async function expectMentalHealthShown() {
    const v = await probationView();
    expect(v.needDomains).toContain('PSYCHOLOGICAL');
    expect(v.mhNotes).toEqual([{ body: 'Anxiety easing with weekly CBT' }]);
  }

  /** Probation reads everything else but not mental health: null with CONSENT_REQUIRED. */
  async function expectMentalHealthDenied() {
    const v = await probationView();
    expect(v.name).toBe('Sam');
    expect(v.mhStatus).toBe('IN_PROGRESS');
    expect(v.needDomains).not.toContain('PSYCHOLOGICAL');
    expect(v.mhNotes).toBeNull();
    expect(v.mhNotesCategory).toBe('MENTAL_HEALTH');
  }

  beforeAll(async () => {
    f = await TestFederation.start({
      agencies: [{ code: 'CDAS' }, { code: 'PROB' }, { code: 'HSEM' }, { code: 'GPX', kind: 'GP' }],
    });
    const p = await createCaseWithPlan(f, ['PROB']);
    serviceUserId = p.serviceUserId;
    caseId = p.caseId;
    const plan = ok(
      await f.query(AOIFE, `query($id: UUID!) { carePlan(id: $id) { version } }`, { id: p.planId }),
      'plan',
    ).carePlan;
    const revised = ok(
      await f.query(
        AOIFE,
        `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { actions { id domain } } }`,
        {
          input: {
            planId: p.planId,
            expectedVersion: plan.version,
            changeSummary: 'Mental health added after assessment',
            addNeeds: [
              { id: randomUUID(), domain: 'PSYCHOLOGICAL', description: 'Anxiety, poor sleep' },
            ],
            addActions: [
              {
                description: 'Weekly counselling',
                domain: 'PSYCHOLOGICAL',
                responsibleAgencyCode: 'HSEM',
                dueOn: inDays(30),
                reviewEveryWeeks: 4,
              },
            ],
          },
        },
      ),
      'revise',
    );
    mhAction = revised.reviseCarePlan.actions.find((a: Json) => a.domain === 'PSYCHOLOGICAL').id;
    ok(
      await f.query(NIAMH, `mutation($a: UUID!) { acceptAction(actionId: $a) { status } }`, {
        a: mhAction,
      }),
      'accept',
    );
    ok(
      await f.query(
        NIAMH,
        `mutation($a: UUID!) { updateDeliveryStatus(actionId: $a, status: IN_PROGRESS) { status } }`,
        { a: mhAction },
      ),
      'in progress',
    );
    ok(
      await f.query(
        NIAMH,
        `mutation($a: UUID!, $b: String!) { recordProgressNote(actionId: $a, body: $b) { body } }`,
        { a: mhAction, b: 'Anxiety easing with weekly CBT' },
      ),
      'note',
    );
  }, 120_000);
  afterAll(() => f?.close());

  it('shares every category with probation except mental health, in both subgraphs', async () => {
    // Nothing consented yet: nothing of the person's is read.
    expect((await probationView()).name).toBeNull();
    const c = await grant({
      recipientAgencyCode: 'PROB',
      categories: ALL,
      exceptions: [{ categories: ['MENTAL_HEALTH'] }],
    });
    expect(c.exceptions).toEqual([
      { categories: ['MENTAL_HEALTH'], validFrom: null, validUntil: null, inForce: true },
    ]);
    await expectMentalHealthDenied();
    const v = await probationView();
    // Other categories are read: identity, the social need, the plan summary.
    expect(v.needDomains).toEqual(['SOCIAL']);
    // The only refusals are of mental health.
    const refused = (v.r.body.errors ?? []).map((e) => [
      e.extensions?.code,
      e.extensions?.category,
    ]);
    expect(refused).toEqual([['CONSENT_REQUIRED', 'MENTAL_HEALTH']]);
    // The agency's decision carries the deny (as case-management sends it to agencies).
    const [decision] = await f.cm.services.decider.decide(
      { agencyCode: 'PROB', userId: null },
      [serviceUserId],
      new Date(),
    );
    expect(decision!.grants.has('MENTAL_HEALTH')).toBe(false);
    expect(decision!.grants.has('IDENTITY')).toBe(true);
    expect([...decision!.denials!]).toEqual([['MENTAL_HEALTH', [c.id]]]);
    // Withdrawing it leaves nothing.
    await withdraw(c.id);
    expect((await probationView()).name).toBeNull();
  });

  it('lets a deny in one consent override a permit in another for the same agency and time', async () => {
    const permit = await grant({
      recipientAgencyCode: 'PROB',
      categories: ['IDENTITY', 'CARE_PLAN_SUMMARY', 'HOUSING_AND_SOCIAL', 'MENTAL_HEALTH'],
    });
    await expectMentalHealthShown();
    // A second consent, about something else, refuses mental health: it wins at once (the
    // agency's cached decision is not used after the grant's answer).
    const deny = await grant({
      recipientAgencyCode: 'PROB',
      categories: ['LEGAL_AND_JUSTICE'],
      exceptions: [{ categories: ['MENTAL_HEALTH'] }],
      evidenceRef: 'FORM-DENY-MH',
    });
    await expectMentalHealthDenied();

    // The preview shows the refusal and which consent makes it.
    const preview = ok(
      await f.query(AOIFE, PREVIEW, { su: serviceUserId, agency: 'PROB' }),
      'preview',
    );
    const byCategory = new Map<string, Json>(
      preview.consentPreview.categories.map((c: Json) => [c.category, c]),
    );
    expect(byCategory.get('MENTAL_HEALTH')).toEqual({
      category: 'MENTAL_HEALTH',
      visible: false,
      denied: true,
      consents: [],
      deniedBy: [{ id: deny.id, evidenceRef: 'FORM-DENY-MH' }],
    });
    expect(byCategory.get('IDENTITY')).toMatchObject({
      visible: true,
      denied: false,
      consents: [{ id: permit.id }],
      deniedBy: [],
    });
    expect(byCategory.get('LEGAL_AND_JUSTICE')).toMatchObject({ visible: true, denied: false });
    // Another agency's preview is untouched by probation's deny.
    const gpPreview = ok(
      await f.query(AOIFE, PREVIEW, { su: serviceUserId, agency: 'GPX' }),
      'GP preview',
    );
    expect(
      gpPreview.consentPreview.categories.find((c: Json) => c.category === 'MENTAL_HEALTH'),
    ).toMatchObject({ denied: false, deniedBy: [] });

    // Withdrawing the denying consent restores the permit for the very next request.
    await withdraw(deny.id);
    await expectMentalHealthShown();
    await withdraw(permit.id);
  });

  it('does not override a permit for another period or another agency', async () => {
    const permit = await grant({
      recipientAgencyCode: 'PROB',
      categories: ['IDENTITY', 'CARE_PLAN_SUMMARY', 'HOUSING_AND_SOCIAL', 'MENTAL_HEALTH'],
    });
    // Another period: a consent not yet in force, and an exception whose own period is over.
    const future = await grant({
      recipientAgencyCode: 'PROB',
      categories: ['LEGAL_AND_JUSTICE'],
      validFrom: daysFromNow(2),
      exceptions: [{ categories: ['MENTAL_HEALTH'] }],
    });
    const past = await grant({
      recipientAgencyCode: 'PROB',
      categories: ['LEGAL_AND_JUSTICE'],
      validFrom: daysFromNow(-30),
      exceptions: [
        { categories: ['MENTAL_HEALTH'], validFrom: daysFromNow(-20), validUntil: daysFromNow(-1) },
      ],
    });
    expect(past.exceptions[0].inForce).toBe(false);
    // Another agency: a GP practice (by kind), and HSEM (by code).
    const gp = await grant({
      recipientAgencyKind: 'GP',
      categories: ['PHYSICAL_HEALTH'],
      exceptions: [{ categories: ['MENTAL_HEALTH'] }],
    });
    const hsem = await grant({
      recipientAgencyCode: 'HSEM',
      categories: ['CARE_PLAN_SUMMARY'],
      exceptions: [{ categories: ['MENTAL_HEALTH'] }],
    });
    await expectMentalHealthShown();
    // A deny that is not in force yet tells agencies when their cached decision goes stale.
    const [decision] = await f.cm.services.decider.decide(
      { agencyCode: 'PROB', userId: null },
      [serviceUserId],
      new Date(),
    );
    expect(decision!.denials!.size).toBe(0);
    expect(decision!.expiresAt!.getTime()).toBeLessThanOrEqual(Date.parse(daysFromNow(2)));
    expect(decision!.expiresAt!.getTime()).toBeGreaterThan(Date.parse(daysFromNow(1.9)));

    // A deny to every agency of probation's kind is a deny to probation.
    const kind = await grant({
      recipientAgencyKind: 'PROBATION',
      categories: ['CARE_PLAN_SUMMARY'],
      exceptions: [{ categories: ['MENTAL_HEALTH'] }],
    });
    await expectMentalHealthDenied();
    await withdraw(kind.id);
    await expectMentalHealthShown();
    for (const c of [permit, future, past, gp, hsem]) await withdraw(c.id);
  });

  it('wins over a full copy, and keeps exceptions in the versions of an amended consent', async () => {
    // The methadone clinic's full copy lets it read another agency's mental-health notes...
    const full = await grant({ recipientAgencyCode: 'HSEM', fullCopy: true });
    const NEEDS = `query($case: UUID!) { case(id: $case) { carePlan { needs { domain } } } }`;
    const hsemNeeds = async () =>
      ((await f.query(NIAMH, NEEDS, { case: caseId })).body.data?.case?.carePlan?.needs ?? []).map(
        (n: Json) => n.domain,
      );
    expect(await hsemNeeds()).toContain('PSYCHOLOGICAL');
    // ...until an amendment of another consent to it refuses mental health.
    const other = await grant({ recipientAgencyCode: 'HSEM', categories: ['IDENTITY'] });
    const amended = ok(
      await f.query(AOIFE, AMEND, {
        input: {
          id: other.id,
          expectedVersion: 1,
          exceptions: [{ categories: ['MENTAL_HEALTH'] }],
          evidenceRef: 'FORM-DENY-2',
          reason: 'Does not want the clinic to see counselling records',
        },
      }),
      'amend',
    ).amendConsent;
    expect(amended).toEqual({ version: 2, exceptions: [{ categories: ['MENTAL_HEALTH'] }] });
    expect(await hsemNeeds()).not.toContain('PSYCHOLOGICAL');
    expect(await hsemNeeds()).toContain('SOCIAL');
    // Each version's terms say what the exceptions were then.
    const versions = ok(
      await f.query(
        AOIFE,
        `query($id: UUID!) { consent(id: $id) { versions { version terms { exceptions { categories } } } } }`,
        { id: other.id },
      ),
      'versions',
    ).consent.versions;
    expect(versions).toEqual([
      { version: 1, terms: { exceptions: [] } },
      { version: 2, terms: { exceptions: [{ categories: ['MENTAL_HEALTH'] }] } },
    ]);
    // [] removes them.
    ok(
      await f.query(AOIFE, AMEND, {
        input: {
          id: other.id,
          expectedVersion: 2,
          exceptions: [],
          evidenceRef: 'FORM-DENY-3',
          reason: 'Changed her mind at review',
        },
      }),
      'amend back',
    );
    expect(await hsemNeeds()).toContain('PSYCHOLOGICAL');
    await withdraw(other.id);
    await withdraw(full.id);
  });

  it('refuses exceptions that cannot hold, with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await f.cm.db.dataSource.query(
      `SELECT count(*)::int AS n FROM consent WHERE service_user_id = $1`,
      [serviceUserId],
    );
    const refused = async (input: Record<string, unknown>) => {
      const r = await f.query(AOIFE, GRANT, {
        input: { serviceUserId, purpose: 'CARE_COORDINATION', ...input },
      });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      return r.body.errors![0]!.extensions!.field;
    };
    expect(
      await refused({
        recipientAgencyCode: 'HSEM',
        fullCopy: true,
        exceptions: [{ categories: ['MENTAL_HEALTH'] }],
      }),
    ).toBe('exceptions');
    expect(
      await refused({
        recipientAgencyCode: 'PROB',
        categories: ['IDENTITY'],
        exceptions: [{ categories: [] }],
      }),
    ).toBe('exceptions.categories');
    expect(
      await refused({
        recipientAgencyCode: 'PROB',
        categories: ['IDENTITY'],
        exceptions: [{ categories: ['MENTAL_HEALTH', 'MENTAL_HEALTH'] }],
      }),
    ).toBe('exceptions.categories');
    expect(
      await refused({
        recipientAgencyCode: 'PROB',
        categories: ['IDENTITY'],
        validFrom: daysFromNow(-1),
        exceptions: [{ categories: ['MENTAL_HEALTH'], validFrom: daysFromNow(-2) }],
      }),
    ).toBe('exceptions.validFrom');
    expect(
      await refused({
        recipientAgencyCode: 'PROB',
        categories: ['IDENTITY'],
        validUntil: daysFromNow(10),
        exceptions: [{ categories: ['MENTAL_HEALTH'], validUntil: daysFromNow(11) }],
      }),
    ).toBe('exceptions.validUntil');
    expect(
      await refused({
        recipientAgencyCode: 'PROB',
        categories: ['IDENTITY'],
        exceptions: [
          {
            categories: ['MENTAL_HEALTH'],
            validFrom: daysFromNow(5),
            validUntil: daysFromNow(4),
          },
        ],
      }),
    ).toBe('exceptions.validUntil');
    expect(
      await refused({
        recipientAgencyCode: 'PROB',
        categories: ['IDENTITY'],
        exceptions: Array.from({ length: 21 }, () => ({ categories: ['MENTAL_HEALTH'] })),
      }),
    ).toBe('exceptions');
    const after = await f.cm.db.dataSource.query(
      `SELECT count(*)::int AS n FROM consent WHERE service_user_id = $1`,
      [serviceUserId],
    );
    expect(after).toEqual(before);
  });
});
