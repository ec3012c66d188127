import { DEMO, type Role } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import type { Json } from './support/json';
import { nodesOf } from './support/connections';

const JAMIE = DEMO.serviceUsers.jamie.id;
const aoife = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER' as Role] };
const declan = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER' as Role] };

const GRANT = `mutation($input: GrantConsentInput!) {
  grantConsent(input: $input) { id version status inForce categories fullCopy recipientAgencyKind }
}`;
const NAME = `query($id: UUID!) { serviceUser(id: $id) { givenName } }`;
const NOTES = `query($id: UUID!) {
  case(id: $id) { carePlan { actions { responsibleAgency { code }
    delivery { progressNotes { edges { node { body } } } } } } }
}`;
/** HSEM's progress notes, or null when they are withheld. */
const hsemNotes = (r: GraphQLResponse): Json[] | null => {
  const notes = r.body.data.case.carePlan.actions.find(
    (a: Json) => a.responsibleAgency.code === 'HSEM',
  ).delivery.progressNotes;
  return notes === null ? null : nodesOf(notes);
};

describe('the consent model', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start({
      agencies: [
        { code: 'CDAS' },
        // Probation breaks the glass below: by default only health and care services may, so the
        // operator allows it in its directory entry (ADR 0027).
        { code: 'PROB', emergencyAccess: true },
        { code: 'HSEM' },
        { code: 'GPX', kind: 'GP' },
      ],
    });
  });
  afterAll(() => f.close());

  const grant = (input: Record<string, unknown>) =>
    f.query(aoife, GRANT, {
      input: { serviceUserId: JAMIE, purpose: 'CARE_COORDINATION', ...input },
    });

  it('lets a consent name a kind of agency: every agency of that kind reads, no other', async () => {
    // The demo consent lets any GP practice read Jamie's identity and physical health.
    const gp = await f.query({ agency: 'GPX' }, NAME, { id: JAMIE });
    expect(gp.body.data.serviceUser.givenName).toBe('Jamie');
    const notes = await f.query({ agency: 'GPX' }, NOTES, { id: DEMO.cases.jamie });
    // No CARE_PLAN_SUMMARY for GPs: nothing of the case may be read, so it reads as no case.
    expect(notes.body.data.case).toBeNull();
    expect(notes.body.errors).toBeUndefined();
    // Probation is not a GP practice.
    const prob = await f.query(declan, NAME, { id: JAMIE });
    expect(prob.body.data.serviceUser.givenName).toBeNull();
  });

  it('refuses a consent naming both an agency and a kind, or neither', async () => {
    expect(
      codes(
        await grant({
          recipientAgencyCode: 'PROB',
          recipientAgencyKind: 'GP',
          categories: ['IDENTITY'],
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await grant({ categories: ['IDENTITY'] }))).toEqual(['BAD_USER_INPUT']);
  });

  it('gives a full copy only to an HSE methadone service, covering every category', async () => {
    const refused = await grant({ recipientAgencyCode: 'PROB', fullCopy: true });
    expect(refused.body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fullCopy',
    });
    const ok = await grant({ recipientAgencyKind: 'HSE_METHADONE', fullCopy: true });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.grantConsent).toMatchObject({
      fullCopy: true,
      recipientAgencyKind: 'HSE_METHADONE',
    });
    expect(ok.body.data.grantConsent.categories).toHaveLength(8);
    await f.query(aoife, `mutation($id: UUID!) { withdrawConsent(id: $id) { id } }`, {
      id: ok.body.data.grantConsent.id,
    });
  });

  it('keeps every change as a version; narrowing applies to the next request; stale edits conflict', async () => {
    const g = await grant({
      recipientAgencyCode: 'PROB',
      categories: ['IDENTITY', 'SUBSTANCE_USE'],
      evidenceRef: 'FORM-PROB-9',
      evidenceSignedOn: '2026-11-01',
    });
    const id = g.body.data.grantConsent.id;
    expect(g.body.data.grantConsent).toMatchObject({ version: 1, status: 'ACTIVE', inForce: true });
    expect(hsemNotes(await f.query(declan, NOTES, { id: DEMO.cases.jamie }))).toHaveLength(1);

    const AMEND = `mutation($input: AmendConsentInput!) { amendConsent(input: $input) { version categories } }`;
    const amended = await f.query(aoife, AMEND, {
      input: {
        id,
        expectedVersion: 1,
        categories: ['IDENTITY'],
        evidenceRef: 'FORM-PROB-9a',
        reason: 'Jamie no longer wants probation to see treatment notes',
      },
    });
    expect(amended.body.errors).toBeUndefined();
    expect(amended.body.data.amendConsent).toEqual({ version: 2, categories: ['IDENTITY'] });
    // Substance-use notes are withheld from the very next request; identity still shared.
    expect(hsemNotes(await f.query(declan, NOTES, { id: DEMO.cases.jamie }))).toBeNull();
    expect((await f.query(declan, NAME, { id: JAMIE })).body.data.serviceUser.givenName).toBe(
      'Jamie',
    );

    const stale = await f.query(aoife, AMEND, {
      input: {
        id,
        expectedVersion: 1,
        categories: ['IDENTITY', 'MENTAL_HEALTH'],
        evidenceRef: 'X',
        reason: 'again',
      },
    });
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);

    await f.query(
      aoife,
      `mutation($id: UUID!) { withdrawConsent(id: $id, reason: "Asked at review") { id } }`,
      { id },
    );
    const history = await f.query(
      aoife,
      `query($id: UUID!) { consent(id: $id) { status version versions { version change reason terms { categories status } changedBy { id } } } }`,
      { id },
    );
    expect(history.body.data.consent).toMatchObject({ status: 'WITHDRAWN', version: 3 });
    expect(history.body.data.consent.versions).toEqual([
      {
        version: 1,
        change: 'GRANTED',
        reason: null,
        terms: { categories: ['IDENTITY', 'SUBSTANCE_USE'], status: 'ACTIVE' },
        changedBy: { id: 'cdas-aoife' },
      },
      {
        version: 2,
        change: 'AMENDED',
        reason: 'Jamie no longer wants probation to see treatment notes',
        terms: { categories: ['IDENTITY'], status: 'ACTIVE' },
        changedBy: { id: 'cdas-aoife' },
      },
      {
        version: 3,
        change: 'WITHDRAWN',
        reason: 'Asked at review',
        terms: { categories: ['IDENTITY'], status: 'WITHDRAWN' },
        changedBy: { id: 'cdas-aoife' },
      },
    ]);
    const again = await f.query(aoife, AMEND, {
      input: {
        id,
        expectedVersion: 3,
        categories: ['IDENTITY'],
        evidenceRef: 'X',
        reason: 'again',
      },
    });
    expect(codes(again)).toEqual(['CONFLICT']);
    // Versions cannot be edited, even by the application's own connection.
    await expect(
      f.cm.db.dataSource.query(
        `UPDATE consent_version SET reason = 'edited' WHERE consent_id = $1`,
        [id],
      ),
    ).rejects.toThrow(/append-only/);
  });

  it('shows an expired consent as EXPIRED and a future one as not in force; neither discloses', async () => {
    const day = 86_400_000;
    const expired = await grant({
      recipientAgencyCode: 'PROB',
      categories: ['IDENTITY'],
      validFrom: new Date(Date.now() - 10 * day).toISOString(),
      validUntil: new Date(Date.now() - day).toISOString(),
    });
    expect(expired.body.data.grantConsent).toMatchObject({ status: 'EXPIRED', inForce: false });
    const future = await grant({
      recipientAgencyCode: 'PROB',
      categories: ['IDENTITY'],
      validFrom: new Date(Date.now() + day).toISOString(),
    });
    expect(future.body.data.grantConsent).toMatchObject({ status: 'ACTIVE', inForce: false });
    expect((await f.query(declan, NAME, { id: JAMIE })).body.data.serviceUser.givenName).toBeNull();
    const listed = await f.query(
      aoife,
      `query($id: UUID!) { serviceUser(id: $id) { consents(first: 100) { edges { node { id status } } } } }`,
      { id: JAMIE },
    );
    const statuses = new Map(
      nodesOf(listed.body.data.serviceUser.consents).map((c: Json) => [c.id, c.status]),
    );
    expect(statuses.get(expired.body.data.grantConsent.id)).toBe('EXPIRED');
    expect(statuses.get(future.body.data.grantConsent.id)).toBe('ACTIVE');
  });

  it('lets a referral-only consent open the referral and nothing else', async () => {
    const chloeCase = DEMO.cases.chloe;
    const refs = await f.query(aoife, `query($id: UUID!) { case(id: $id) { referrals { id } } }`, {
      id: chloeCase,
    });
    const referralId = refs.body.data.case.referrals[0].id;
    // Chloe's consent to probation is for the referral (CARE_PLAN_SUMMARY, LEGAL_AND_JUSTICE).
    const viaReferral = await f.query(
      declan,
      `query($id: UUID!) { referral(id: $id) { reason status } }`,
      { id: referralId },
    );
    expect(viaReferral.body.errors).toBeUndefined();
    expect(viaReferral.body.data.referral.reason).toMatch(/court summons/);
    const plan = await f.query(
      declan,
      `query($id: UUID!) { case(id: $id) { status carePlan { id } } }`,
      { id: chloeCase },
    );
    // Nothing of the case is read for the referral: by id it reads as no case at all.
    expect(plan.body.data.case).toBeNull();
    expect(plan.body.errors).toBeUndefined();
  });

  it('leaves out of a list the records a reader may not see, instead of placeholders', async () => {
    const NEEDS = `query($id: UUID!) { case(id: $id) { carePlan { needs { domain description } } } }`;
    const all = await f.query(aoife, NEEDS, { id: DEMO.cases.jamie });
    expect(all.body.data.case.carePlan.needs.map((n: Json) => n.domain).sort()).toEqual([
      'LEGAL',
      'PSYCHOLOGICAL',
      'SUBSTANCE_USE',
    ]);
    // Probation may read the plan and legal matters only: the other needs are not there at all.
    const prob = await f.query(declan, NEEDS, { id: DEMO.cases.jamie });
    expect(prob.body.errors).toBeUndefined();
    expect(prob.body.data.case.carePlan.needs).toEqual([
      { domain: 'LEGAL', description: expect.stringContaining('Probation order') },
    ]);
  });

  it('previews for the lead agency exactly which categories another agency reads now', async () => {
    const PREVIEW = `query($su: UUID!, $agency: ID!) { consentPreview(serviceUserId: $su, agencyCode: $agency) {
      holdsRecord agency { name } categories { category visible referralOnly fields consents { id purpose } } } }`;
    const r = await f.query(aoife, PREVIEW, { su: JAMIE, agency: 'PROB' });
    expect(r.body.errors).toBeUndefined();
    const byCategory = new Map<string, Json>(
      r.body.data.consentPreview.categories.map((c: Json) => [c.category, c]),
    );
    expect(byCategory.get('CARE_PLAN_SUMMARY')).toMatchObject({
      visible: true,
      consents: [{ purpose: 'CARE_COORDINATION' }],
    });
    expect(byCategory.get('LEGAL_AND_JUSTICE').visible).toBe(true);
    expect(byCategory.get('IDENTITY')).toMatchObject({ visible: false, consents: [] });
    expect(byCategory.get('IDENTITY').fields).toContain('ServiceUser.givenName');
    expect(byCategory.get('SUBSTANCE_USE').fields).toContain('ProgressNote.body');
    expect(r.body.data.consentPreview.holdsRecord).toBe(false);
    // What the preview says is what the agency gets.
    expect((await f.query(declan, NAME, { id: JAMIE })).body.data.serviceUser.givenName).toBeNull();
    // Only the holder of the record previews it.
    expect(codes(await f.query(declan, PREVIEW, { su: JAMIE, agency: 'HSEM' }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  describe('break-glass', () => {
    const START = `mutation($input: StartEmergencyAccessInput!) { startEmergencyAccess(input: $input) { id endsAt inForce } }`;
    const reason = 'Found unresponsive at the probation office; paramedics ask what he takes';

    it('lets one named user read beyond consent for a limited time, notifies and lists it for review', async () => {
      const short = await f.query(declan, START, {
        input: { serviceUserId: JAMIE, reasonCode: 'ETREAT', reason: 'urgent' },
      });
      expect(short.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      const tooLong = await f.query(declan, START, {
        input: { serviceUserId: JAMIE, reasonCode: 'ETREAT', reason, minutes: 600 },
      });
      expect(codes(tooLong)).toEqual(['BAD_USER_INPUT']);
      expect(
        codes(
          await f.query(aoife, START, {
            input: { serviceUserId: JAMIE, reasonCode: 'ETREAT', reason },
          }),
        ),
      ).toEqual(['CONFLICT']);

      const started = await f.query(declan, START, {
        input: { serviceUserId: JAMIE, reasonCode: 'ETREAT', reason, minutes: 30 },
      });
      expect(started.body.errors).toBeUndefined();
      const access = started.body.data.startEmergencyAccess;
      expect(access.inForce).toBe(true);
      expect(new Date(access.endsAt).getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);

      // Declan reads beyond consent, in case-management and in HSEM's own subgraph...
      expect((await f.query(declan, NAME, { id: JAMIE })).body.data.serviceUser.givenName).toBe(
        'Jamie',
      );
      expect(hsemNotes(await f.query(declan, NOTES, { id: DEMO.cases.jamie }))).toHaveLength(1);
      // Each subgraph audits those reads apart: basis BREAK_GLASS, citing the access, not a consent.
      const audited = async (db: {
        dataSource: {
          query: (q: string, p: unknown[]) => Promise<{ bases: string[]; consent_ids: string[] }[]>;
        };
      }) =>
        db.dataSource.query(
          `SELECT bases, consent_ids FROM disclosure_audit WHERE reader_user = $1 AND service_user_id = $2`,
          [DEMO.staff.declan.id, JAMIE],
        );
      for (const db of [f.cm.db, f.agencies.get('HSEM')!.db]) {
        expect(await audited(db)).toEqual(
          expect.arrayContaining([{ bases: ['BREAK_GLASS'], consent_ids: [access.id] }]),
        );
      }
      // ...his colleague does not.
      const colleague = {
        agency: 'PROB',
        user: DEMO.staff.grainne.id,
        roles: ['SUPERVISOR' as Role],
      };
      expect(
        (await f.query(colleague, NAME, { id: JAMIE })).body.data.serviceUser.givenName,
      ).toBeNull();

      const notes = await f.query(
        aoife,
        `{ myNotifications(first: 100) { edges { node { kind message } } } }`,
      );
      expect(nodesOf(notes.body.data.myNotifications)).toEqual(
        expect.arrayContaining([
          { kind: 'EMERGENCY_ACCESS', message: expect.stringContaining(reason) },
        ]),
      );
      const toReview = await f.query(
        aoife,
        `{ emergencyAccessesToReview { edges { node { id userId agencyCode reason } } } }`,
      );
      expect(nodesOf(toReview.body.data.emergencyAccessesToReview)).toEqual([
        { id: access.id, userId: DEMO.staff.declan.id, agencyCode: 'PROB', reason },
      ]);
      expect(
        nodesOf(
          (await f.query(declan, `{ emergencyAccessesToReview { edges { node { id } } } }`)).body
            .data.emergencyAccessesToReview,
        ),
      ).toEqual([]);
      const worklist = await f.query(
        aoife,
        `{ caseManagerWorklist { emergencyAccessesToReview { edges { node { id reason } } } } }`,
      );
      expect(nodesOf(worklist.body.data.caseManagerWorklist.emergencyAccessesToReview)).toEqual([
        { id: access.id, reason },
      ]);

      const END = `mutation($id: UUID!) { endEmergencyAccess(id: $id) { endedAt inForce } }`;
      const ended = await f.query(declan, END, { id: access.id });
      expect(ended.body.data.endEmergencyAccess.inForce).toBe(false);
      expect(
        (await f.query(declan, NAME, { id: JAMIE })).body.data.serviceUser.givenName,
      ).toBeNull();

      const REVIEW = `mutation($input: ReviewEmergencyAccessInput!) { reviewEmergencyAccess(input: $input) { reviewOutcome reviewedBy } }`;
      const input = {
        id: access.id,
        outcome: 'JUSTIFIED',
        note: 'Confirmed with the ambulance service',
      };
      expect(codes(await f.query(declan, REVIEW, { input }))).toEqual(['FORBIDDEN']);
      const reviewed = await f.query(aoife, REVIEW, { input });
      expect(reviewed.body.data.reviewEmergencyAccess).toEqual({
        reviewOutcome: 'JUSTIFIED',
        reviewedBy: 'cdas-aoife',
      });
      expect(codes(await f.query(aoife, REVIEW, { input }))).toEqual(['CONFLICT']);
      expect(
        nodesOf(
          (await f.query(aoife, `{ emergencyAccessesToReview { edges { node { id } } } }`)).body
            .data.emergencyAccessesToReview,
        ),
      ).toEqual([]);
    });
  });
});
