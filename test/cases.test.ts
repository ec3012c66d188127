import { DEMO } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import { AOIFE, createCaseWithPlan } from './support/plan-factory';
import type { Json } from './support/json';
import { nodesOf } from './support/connections';

const NIAMH_CM = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['CASE_MANAGER' as const] };

/** The intake consent that lets an agency lead a case for this person. */
async function grantCaseManagement(f: TestFederation, serviceUserId: string, agency: string) {
  const r = await f.query(
    AOIFE,
    `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
    {
      input: {
        serviceUserId,
        recipientAgencyCode: agency,
        categories: ['IDENTITY', 'CARE_PLAN_SUMMARY'],
        purpose: 'CASE_MANAGEMENT',
      },
    },
  );
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
}

describe('cases: opening, transfers, disputes, disengagement, closure and re-engagement', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('registers a service user whose identity only the holding agency reads, and opens one case at a time', async () => {
    const su = await f.query(
      AOIFE,
      `mutation { registerServiceUser(input: { givenName: "Robin", familyName: "Kavanagh", dateOfBirth: "1990-05-01" }) { id pseudonym givenName } }`,
    );
    const { id, pseudonym, givenName } = su.body.data.registerServiceUser;
    expect(pseudonym).toMatch(/^SU-[0-9A-F]{8}$/);
    expect(givenName).toBe('Robin');
    const other = await f.query(
      { agency: 'PROB' },
      `query($id: UUID!) { serviceUser(id: $id) { pseudonym givenName } }`,
      { id },
    );
    // Probation may read nothing of Robin: the person reads as an unknown id (ADR 0026).
    expect(other.body).toEqual({ data: { serviceUser: null } });
    const open = `mutation($id: UUID!) { openCase(input: { serviceUserId: $id }) { id status leadAgency { code } caseManager { id } } }`;
    const first = await f.query(AOIFE, open, { id });
    expect(first.body.data.openCase).toMatchObject({
      status: 'ACTIVE',
      leadAgency: { code: 'CDAS' },
      caseManager: { id: DEMO.staff.aoife.id },
    });
    const second = await f.query(AOIFE, open, { id });
    expect(codes(second)).toEqual(['CONFLICT']);
    expect(second.body.errors![0]!.extensions!.reason).toBe('CASE_ALREADY_OPEN');
    expect(codes(await f.query({ agency: 'CDAS', roles: ['KEY_WORKER'] }, open, { id }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(
        await f.query(
          AOIFE,
          `mutation { registerServiceUser(input: { givenName: " ", familyName: "X" }) { id } }`,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('transfers case management only after acceptance, a three-way handover and a written follow-up', async () => {
    const { caseId, planId, serviceUserId } = await createCaseWithPlan(f, ['CDAS', 'HSEM']);
    const request = await f.query(
      AOIFE,
      `mutation($c: UUID!) { requestCaseTransfer(input: { caseId: $c, toAgencyCode: "HSEM", toCaseManagerId: "${DEMO.staff.niamh.id}", reason: "Daily contact is at the clinic" }) { id status } }`,
      { c: caseId },
    );
    const transferId = request.body.data.requestCaseTransfer.id;
    expect(request.body.data.requestCaseTransfer.status).toBe('REQUESTED');
    const again = await f.query(
      AOIFE,
      `mutation($c: UUID!) { requestCaseTransfer(input: { caseId: $c, toAgencyCode: "PROB", toCaseManagerId: "x", reason: "y" }) { id } }`,
      { c: caseId },
    );
    expect(codes(again)).toEqual(['CONFLICT']);

    const complete = `mutation($t: UUID!) { completeCaseTransfer(input: { transferId: $t, writtenFollowUp: "Niamh leads; plan unchanged", planRevisions: "Review brought forward" }) { status } }`;
    expect(codes(await f.query(NIAMH_CM, complete, { t: transferId }))).toEqual([
      'INVALID_TRANSITION',
    ]);
    // Until the transfer completes, HSEM is not the holder and this person gave it no consent: it
    // gets ids back, not content.
    const accept = `mutation($t: UUID!) { acceptCaseTransfer(transferId: $t) { id } }`;
    expect(codes(await f.query(AOIFE, accept, { t: transferId }))).toEqual(['FORBIDDEN']);
    expect((await f.query(NIAMH_CM, accept, { t: transferId })).body.errors).toBeUndefined();

    const handover = (serviceUserAttended: boolean) =>
      f.query(
        AOIFE,
        `mutation($t: UUID!, $su: Boolean!) { recordTransferHandover(input: { transferId: $t, heldAt: "${new Date().toISOString()}",
           outgoingCaseManagerAttended: true, incomingCaseManagerAttended: true, serviceUserAttended: $su, note: "Met at the clinic" }) { status } }`,
        { t: transferId, su: serviceUserAttended },
      );
    const twoWay = await handover(false);
    expect(codes(twoWay)).toEqual(['BAD_USER_INPUT']);
    expect(twoWay.body.errors![0]!.extensions!.reason).toBe('HANDOVER_NOT_THREE_WAY');
    expect((await handover(true)).body.data.recordTransferHandover.status).toBe('HANDOVER_HELD');
    // HSEM becomes lead only with the service user's consent to case management by it.
    const noConsent = await f.query(NIAMH_CM, complete, { t: transferId });
    expect(codes(noConsent)).toEqual(['CONSENT_REQUIRED']);
    expect(noConsent.body.errors![0]!.extensions!.reason).toBe('NO_CASE_MANAGEMENT_CONSENT');
    await grantCaseManagement(f, serviceUserId, 'HSEM');
    expect(
      (await f.query(NIAMH_CM, complete, { t: transferId })).body.data.completeCaseTransfer.status,
    ).toBe('COMPLETED');

    const c = await f.query(
      NIAMH_CM,
      `query($c: UUID!) { case(id: $c) { leadAgency { code } caseManager { id name }
          assignments { reason agency { code } caseManager { id } endedAt }
          transfers { status writtenFollowUp planRevisions }
          carePlan { version versions { edges { node { version changeSummary } } } } } }`,
      { c: caseId },
    );
    const data = c.body.data.case;
    expect(data.leadAgency.code).toBe('HSEM');
    expect(data.caseManager).toEqual({ id: DEMO.staff.niamh.id, name: 'Niamh O’Brien' });
    expect(
      data.assignments.map((a: Json) => [a.reason, a.agency.code, a.endedAt === null]),
    ).toEqual([
      ['OPENED', 'CDAS', false],
      ['TRANSFER', 'HSEM', true],
    ]);
    expect(data.transfers[0]).toEqual({
      status: 'COMPLETED',
      writtenFollowUp: 'Niamh leads; plan unchanged',
      planRevisions: 'Review brought forward',
    });
    expect(nodesOf(data.carePlan.versions)[0]!.changeSummary).toMatch(
      /transferred .* Review brought forward/,
    );
    // The outgoing case manager no longer edits the plan; the incoming one does.
    const revise = `mutation($p: UUID!, $v: Int!) { reviseCarePlan(input: { planId: $p, expectedVersion: $v, changeSummary: "x" }) { version } }`;
    expect(codes(await f.query(AOIFE, revise, { p: planId, v: data.carePlan.version }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      (await f.query(NIAMH_CM, revise, { p: planId, v: data.carePlan.version })).body.errors,
    ).toBeUndefined();
  });

  it('records a lead-agency dispute between services without the service user, and applies its resolution', async () => {
    const { caseId, serviceUserId } = await createCaseWithPlan(f, ['CDAS', 'PROB'], {
      intakeConsent: false,
    });
    const record = `mutation($input: LeadAgencyDisputeInput!) { recordLeadAgencyDispute(input: $input) { id status serviceUserInvolved } }`;
    const base = {
      serviceUserId,
      caseId,
      agencyCodes: ['CDAS', 'PROB'],
      description: 'Both services want to lead',
    };
    const d = await f.query(AOIFE, record, { input: base });
    expect(d.body.data.recordLeadAgencyDispute).toMatchObject({
      status: 'OPEN',
      serviceUserInvolved: false,
    });
    expect(
      codes(await f.query(AOIFE, record, { input: { ...base, involveServiceUser: true } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await f.query({ agency: 'HSEM', roles: ['CASE_MANAGER'] }, record, { input: base })),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(await f.query(AOIFE, record, { input: { ...base, agencyCodes: ['CDAS'] } })),
    ).toEqual(['BAD_USER_INPUT']);
    await grantCaseManagement(f, serviceUserId, 'PROB');
    const resolve = await f.query(
      { agency: 'PROB', user: DEMO.staff.grainne.id, roles: ['SUPERVISOR'] },
      `mutation($d: UUID!) { resolveLeadAgencyDispute(input: { disputeId: $d, resolution: "Probation leads while the order runs", leadAgencyCode: "PROB", caseManagerId: "${DEMO.staff.declan.id}" }) { status } }`,
      { d: d.body.data.recordLeadAgencyDispute.id },
    );
    expect(resolve.body.data.resolveLeadAgencyDispute.status).toBe('RESOLVED');
    const c = await f.query(
      AOIFE,
      `query($c: UUID!) { case(id: $c) { leadAgency { code } assignments { reason } } }`,
      { c: caseId },
    );
    // CDAS is no longer the holder: it reads the case only under consent, which this person
    // never gave, so the case reads as one that does not exist (ADR 0026).
    expect(c.body).toEqual({ data: { case: null } });
    const prob = await f.query(
      { agency: 'PROB', user: DEMO.staff.declan.id },
      `query($c: UUID!) { case(id: $c) { leadAgency { code } assignments { reason } } }`,
      { c: caseId },
    );
    expect(prob.body.data.case).toEqual({
      leadAgency: { code: 'PROB' },
      assignments: [{ reason: 'OPENED' }, { reason: 'DISPUTE_RESOLUTION' }],
    });
  });

  it('records disengagement and contact attempts without closing, and a successful contact re-engages', async () => {
    const { caseId } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const d = await f.query(
      AOIFE,
      `mutation($c: UUID!) { markDisengaged(caseId: $c) { status engagement disengagedSince } }`,
      { c: caseId },
    );
    expect(d.body.data.markDisengaged).toMatchObject({
      status: 'ACTIVE',
      engagement: 'DISENGAGED',
    });
    const attempt = `mutation($input: ContactAttemptInput!) { recordContactAttempt(input: $input) { id } }`;
    expect(
      (
        await f.query(AOIFE, attempt, {
          input: { caseId, method: 'PHONE', successful: false, note: 'No answer' },
        })
      ).body.errors,
    ).toBeUndefined();
    // An agency involved in the plan records attempts too; one that is not, cannot.
    expect(
      (
        await f.query({ agency: 'PROB', user: DEMO.staff.declan.id }, attempt, {
          input: { caseId, method: 'VIA_ANOTHER_AGENCY', successful: true },
        })
      ).body.errors,
    ).toBeUndefined();
    expect(
      codes(
        await f.query({ agency: 'HSEM' }, attempt, {
          input: { caseId, method: 'PHONE', successful: true },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const c = await f.query(
      AOIFE,
      `query($c: UUID!) { case(id: $c) { status engagement contactAttempts { method successful } } }`,
      { c: caseId },
    );
    expect(c.body.data.case).toEqual({
      status: 'ACTIVE',
      engagement: 'ENGAGED',
      contactAttempts: [
        { method: 'VIA_ANOTHER_AGENCY', successful: true },
        { method: 'PHONE', successful: false },
      ],
    });
  });

  it('closes a case at the exit meeting, keeps the door open, and links the re-engagement case to it', async () => {
    const { caseId, serviceUserId } = await createCaseWithPlan(f, ['CDAS']);
    const close = `mutation($input: CloseCaseInput!) { closeCase(input: $input) { status closedAt closure { goalsAchieved futureSupports reEngagementExplained } } }`;
    const input = {
      caseId,
      goalsAchieved: 'Housed and stable',
      futureSupports: 'Aftercare group monthly',
      reEngagementExplained: false,
    };
    expect(codes(await f.query(AOIFE, close, { input }))).toEqual(['BAD_USER_INPUT']);
    const closed = await f.query(AOIFE, close, {
      input: { ...input, reEngagementExplained: true },
    });
    expect(closed.body.data.closeCase).toMatchObject({
      status: 'CLOSED',
      closure: {
        goalsAchieved: 'Housed and stable',
        futureSupports: 'Aftercare group monthly',
        reEngagementExplained: true,
      },
    });
    expect(
      codes(await f.query(AOIFE, close, { input: { ...input, reEngagementExplained: true } })),
    ).toEqual(['INVALID_TRANSITION']);
    const revise = await f.query(
      AOIFE,
      `mutation { reviseCarePlan(input: { planId: "${(await f.query(AOIFE, `query($c: UUID!) { case(id: $c) { carePlan { id } } }`, { c: caseId })).body.data.case.carePlan.id}", expectedVersion: 1, changeSummary: "x" }) { version } }`,
    );
    expect(codes(revise)).toEqual(['CONFLICT']);
    const reopened = await f.query(
      AOIFE,
      `mutation($su: UUID!, $prev: UUID!) { openCase(input: { serviceUserId: $su, previousCaseId: $prev }) { id previousCase { id status closure { goalsAchieved } } } }`,
      { su: serviceUserId, prev: caseId },
    );
    expect(reopened.body.data.openCase.previousCase).toEqual({
      id: caseId,
      status: 'CLOSED',
      closure: { goalsAchieved: 'Housed and stable' },
    });
  });

  it('lists the open cases you hold, oldest first, a page at a time', async () => {
    const PAGE = `query($first: Int!, $after: String) { myCases(first: $first, after: $after) {
      edges { cursor node { id status openedAt } } pageInfo { hasNextPage endCursor } } }`;
    const all = await f.query(AOIFE, PAGE, { first: 100 });
    expect(all.body.errors).toBeUndefined();
    const cases = nodesOf(all.body.data.myCases);
    expect(cases.length).toBeGreaterThan(2);
    expect(cases.every((c) => c.status !== 'CLOSED')).toBe(true);
    const openedAt = cases.map((c) => String(c.openedAt));
    expect([...openedAt].sort()).toEqual(openedAt);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Json = (await f.query(AOIFE, PAGE, { first: 2, after })).body.data.myCases;
      walked.push(...nodesOf(page).map((c) => c.id as string));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(cases.map((c) => c.id));
    // Someone who holds no case has an empty first page.
    const none = await f.query({ agency: 'PROB', roles: ['KEY_WORKER'] }, PAGE, { first: 5 });
    expect(none.body.data.myCases).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('seeds demo data that shows each feature', async () => {
    const r = await f.query(
      AOIFE,
      `query($chloe: UUID!, $alex: UUID!, $jamie: UUID!) {
        chloe: case(id: $chloe) { transfers { status } assignments { reason } carePlan { reviewOverdue } }
        alex: case(id: $alex) { status previousCase { status closure { reEngagementExplained } } }
        jamie: case(id: $jamie) { carePlan { version changes(fromVersion: 1, toVersion: 2) { part change field }
          versions { edges { node { version meeting { reason status circulatedAt circulations { acknowledgedAt } } } } } }
          meetings { edges { node { reason status } } } }
        upcoming: case(id: $chloe) { meetings { edges { node { reason status invitationsSentAt } } } } }`,
      { chloe: DEMO.cases.chloe, alex: DEMO.cases.alex, jamie: DEMO.cases.jamie },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.chloe).toEqual({
      transfers: [{ status: 'COMPLETED' }],
      assignments: [{ reason: 'OPENED' }, { reason: 'TRANSFER' }],
      carePlan: { reviewOverdue: true },
    });
    expect(r.body.data.alex).toEqual({
      status: 'ACTIVE',
      previousCase: { status: 'CLOSED', closure: { reEngagementExplained: true } },
    });
    const jamie = r.body.data.jamie;
    expect(jamie.carePlan.version).toBe(3);
    expect(jamie.carePlan.changes).toEqual([
      { part: 'ACTION', change: 'CHANGED', field: 'description' },
    ]);
    // A finished quarterly review: finalised into version 3, circulated, acknowledged by both agencies.
    const latest = nodesOf(jamie.carePlan.versions)[0]!;
    expect(latest.meeting).toMatchObject({
      reason: 'REVIEW',
      status: 'FINALISED',
    });
    expect(
      latest.meeting.circulations.filter((c: Json) => c.acknowledgedAt !== null).length >= 2,
    ).toBe(true);
    // And an upcoming one, for Chloe's overdue review, with invitations sent.
    expect(nodesOf(r.body.data.upcoming.meetings)).toEqual([
      expect.objectContaining({
        reason: 'REVIEW',
        status: 'SCHEDULED',
        invitationsSentAt: expect.any(String),
      }),
    ]);
    const level = await f.query(
      { agency: 'CDAS', roles: ['REHAB_COORDINATOR'] },
      `{ openEscalations { edges { node { level } } } }`,
    );
    expect(
      level.body.data?.openEscalations ? nodesOf(level.body.data.openEscalations) : [{ level: 3 }],
    ).toEqual(expect.arrayContaining([{ level: 3 }]));
  });
});
