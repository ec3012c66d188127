import { DEMO, REDISCLOSURE_NOTICE_TEXT } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import { AOIFE, createCaseWithPlan, inDays, smartGoal } from './support/plan-factory';
import type { Json } from './support/json';
import { nodesOf } from './support/connections';

const REVISE = `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { id version nextReviewOn } }`;
const revision = (
  planId: string,
  expectedVersion: number,
  extra: Record<string, unknown> = {},
) => ({
  input: { planId, expectedVersion, changeSummary: 'Test revision', ...extra },
});

describe('the interagency care plan', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('is agreed once per case as version 1, with needs, SMART goals and actions across agencies', async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB', 'HSEM']);
    const r = await f.query(
      AOIFE,
      `query($id: UUID!) { carePlan(id: $id) { version lastReviewedOn nextReviewOn reviewOverdue
          needs { domain description } goals { statement measure achievability targetDate status need { id } actions { id } }
          actions { responsibleAgency { code } reviewEveryWeeks goal { id } delivery { agencyCode status } }
          versions { edges { node { version changeSummary author { agencyCode id } } } } } }`,
      { id: ids.planId },
    );
    expect(r.body.errors).toBeUndefined();
    const plan = r.body.data.carePlan;
    expect(plan.version).toBe(1);
    expect(plan.reviewOverdue).toBe(false);
    expect(plan.needs).toEqual([{ domain: 'SOCIAL', description: 'Homeless since September' }]);
    expect(plan.goals[0]).toMatchObject({ status: 'ACTIVE', need: { id: ids.needId } });
    expect(plan.goals[0].actions).toHaveLength(3);
    expect(plan.actions.map((a: Json) => a.responsibleAgency.code)).toEqual([
      'CDAS',
      'PROB',
      'HSEM',
    ]);
    expect(plan.actions.map((a: Json) => a.delivery.status)).toEqual([
      'PENDING',
      'PENDING',
      'PENDING',
    ]);
    expect(nodesOf(plan.versions)).toEqual([
      {
        version: 1,
        changeSummary: 'Care plan agreed',
        author: { agencyCode: 'CDAS', id: DEMO.staff.aoife.id },
      },
    ]);
    const again = await f.query(
      AOIFE,
      `mutation($c: UUID!) { createCarePlan(input: { caseId: $c, nextReviewOn: "${inDays(30)}" }) { id } }`,
      {
        c: ids.caseId,
      },
    );
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  it.each([
    ['statement', { statement: 'Housing' }],
    ['measure', { measure: '' }],
    ['achievability', { achievability: ' ' }],
    ['targetDate', { targetDate: inDays(-1) }],
  ])('refuses a goal that is not SMART, naming %s', async (field, change) => {
    const { planId } = await createCaseWithPlan(f, ['CDAS']);
    const r = await f.query(AOIFE, REVISE, revision(planId, 1, { addGoals: [smartGoal(change)] }));
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors![0]!.extensions!.field).toBe(field);
    const plan = await f.query(
      AOIFE,
      `query($id: UUID!) { carePlan(id: $id) { version goals { id } } }`,
      { id: planId },
    );
    expect(plan.body.data.carePlan).toMatchObject({ version: 1, goals: [expect.anything()] });
  });

  it('refuses a next review more than 3 months after the last with REVIEW_TOO_LATE', async () => {
    const { planId } = await createCaseWithPlan(f, ['CDAS']);
    const r = await f.query(AOIFE, REVISE, revision(planId, 1, { nextReviewOn: inDays(95) }));
    expect(codes(r)).toEqual(['REVIEW_TOO_LATE']);
    const review = await f.query(
      AOIFE,
      `mutation($input: RecordPlanReviewInput!) { recordPlanReview(input: $input) { version lastReviewedOn nextReviewOn } }`,
      {
        input: {
          planId,
          expectedVersion: 1,
          nextReviewOn: inDays(88),
          summary: 'All actions on track',
        },
      },
    );
    expect(review.body.errors).toBeUndefined();
    expect(review.body.data.recordPlanReview).toMatchObject({
      version: 2,
      nextReviewOn: inDays(88),
    });
    const late = await f.query(
      AOIFE,
      `mutation($input: RecordPlanReviewInput!) { recordPlanReview(input: $input) { version } }`,
      {
        input: { planId, expectedVersion: 2, nextReviewOn: inDays(100), summary: 'Too far' },
      },
    );
    expect(codes(late)).toEqual(['REVIEW_TOO_LATE']);
  });

  it('keeps every version readable and lists the differences between two', async () => {
    const { planId, actionIds, goalId } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const r = await f.query(
      AOIFE,
      REVISE,
      revision(planId, 1, {
        changeSummary: 'Review: probation action done, new goal',
        updateActions: [{ id: actionIds[0], description: 'Action for CDAS, weekly' }],
        removeActionIds: [actionIds[1]],
        updateGoals: [{ id: goalId, status: 'ACHIEVED' }],
      }),
    );
    expect(r.body.data.reviseCarePlan.version).toBe(2);
    const read = await f.query(
      AOIFE,
      `query($id: UUID!) { carePlan(id: $id) { version
          v1: versionAt(version: 1) { version changeSummary actions { id description } goals { status } }
          v2: versionAt(version: 2) { changeSummary actions { id description } }
          changes(fromVersion: 1) { part itemId change field before after } } }`,
      { id: planId },
    );
    const plan = read.body.data.carePlan;
    expect(plan.v1.actions.map((a: Json) => a.description)).toEqual([
      'Action for CDAS',
      'Action for PROB',
    ]);
    expect(plan.v1.goals).toEqual([{ status: 'ACTIVE' }]);
    expect(plan.v2).toMatchObject({
      changeSummary: 'Review: probation action done, new goal',
      actions: [{ description: 'Action for CDAS, weekly' }],
    });
    expect(plan.changes).toEqual(
      expect.arrayContaining([
        {
          part: 'GOAL',
          itemId: goalId,
          change: 'CHANGED',
          field: 'status',
          before: 'ACTIVE',
          after: 'ACHIEVED',
        },
        {
          part: 'ACTION',
          itemId: actionIds[0],
          change: 'CHANGED',
          field: 'description',
          before: 'Action for CDAS',
          after: 'Action for CDAS, weekly',
        },
        {
          part: 'ACTION',
          itemId: actionIds[1],
          change: 'REMOVED',
          field: null,
          before: 'Action for PROB',
          after: null,
        },
      ]),
    );
  });

  it('refuses an edit from a stale version with VERSION_CONFLICT and writes nothing', async () => {
    const { planId } = await createCaseWithPlan(f, ['CDAS']);
    expect(
      (await f.query(AOIFE, REVISE, revision(planId, 1))).body.data.reviseCarePlan.version,
    ).toBe(2);
    const stale = await f.query(
      AOIFE,
      REVISE,
      revision(planId, 1, { addNeeds: [{ domain: 'LEGAL', description: 'Lost' }] }),
    );
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
    const plan = await f.query(
      AOIFE,
      `query($id: UUID!) { carePlan(id: $id) { version needs { description } versions { edges { node { version } } } } }`,
      {
        id: planId,
      },
    );
    expect(plan.body.data.carePlan.version).toBe(2);
    expect(plan.body.data.carePlan.needs.map((n: Json) => n.description)).not.toContain('Lost');
    expect(nodesOf(plan.body.data.carePlan.versions)).toHaveLength(2);
  });

  it('lets exactly one of many parallel writers from the same version win', async () => {
    const { planId } = await createCaseWithPlan(f, ['CDAS']);
    const writers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        f.query(
          AOIFE,
          REVISE,
          revision(planId, 1, { addNeeds: [{ domain: 'PHYSICAL', description: `Writer ${i}` }] }),
        ),
      ),
    );
    const outcomes = writers.map((w) => (w.body.errors ? codes(w)[0] : 'OK'));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'VERSION_CONFLICT')).toHaveLength(7);
    const plan = await f.query(
      AOIFE,
      `query($id: UUID!) { carePlan(id: $id) { version needs { description } versions { edges { node { version } } } } }`,
      {
        id: planId,
      },
    );
    expect(plan.body.data.carePlan.version).toBe(2);
    expect(
      plan.body.data.carePlan.needs.filter((n: Json) => n.description.startsWith('Writer')),
    ).toHaveLength(1);
    expect(nodesOf(plan.body.data.carePlan.versions).map((v) => v.version)).toEqual([2, 1]);
  });

  it('pages the version history newest first, each version once, with a cursor of its own', async () => {
    const { planId } = await createCaseWithPlan(f, ['CDAS']);
    for (const v of [1, 2]) {
      const revised = await f.query(
        AOIFE,
        REVISE,
        revision(planId, v, { addNeeds: [{ domain: 'SOCIAL', description: `Need ${v}` }] }),
      );
      expect(revised.body.errors).toBeUndefined();
    }
    const PAGE = `query($id: UUID!, $first: Int!, $after: String) { carePlan(id: $id) {
      versions(first: $first, after: $after) { edges { cursor node { version } } pageInfo { hasNextPage endCursor } } } }`;
    const first = await f.query(AOIFE, PAGE, { id: planId, first: 2 });
    expect(first.body.errors).toBeUndefined();
    const page1 = first.body.data.carePlan.versions;
    expect(nodesOf(page1).map((v) => v.version)).toEqual([3, 2]);
    expect(page1.pageInfo).toEqual({ hasNextPage: true, endCursor: page1.edges[1].cursor });
    const second = await f.query(AOIFE, PAGE, {
      id: planId,
      first: 2,
      after: page1.pageInfo.endCursor,
    });
    const page2 = second.body.data.carePlan.versions;
    expect(nodesOf(page2).map((v) => v.version)).toEqual([1]);
    expect(page2.pageInfo).toEqual({ hasNextPage: false, endCursor: page2.edges[0].cursor });
    // A cursor of another list, or none at all, is refused by name.
    for (const after of ['not-a-cursor', Buffer.from('["x"]').toString('base64url')]) {
      const bad = await f.query(AOIFE, PAGE, { id: planId, first: 2, after });
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.body.errors![0]!.extensions!.field).toBe('after');
    }
    expect(codes(await f.query(AOIFE, PAGE, { id: planId, first: 0 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('lets only the current case manager edit the plan', async () => {
    const { planId } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    for (const who of [
      { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['CASE_MANAGER' as const] },
      {
        agency: 'CDAS',
        user: DEMO.staff.sean.id,
        roles: ['SUPERVISOR' as const, 'CASE_MANAGER' as const],
      },
      { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['KEY_WORKER' as const] },
    ]) {
      expect(codes(await f.query(who, REVISE, revision(planId, 1)))).toEqual(['FORBIDDEN']);
    }
  });

  it('validates references and agencies within a revision', async () => {
    const { planId } = await createCaseWithPlan(f, ['CDAS']);
    const unknownGoal = await f.query(
      AOIFE,
      REVISE,
      revision(planId, 1, {
        addActions: [
          {
            description: 'x',
            domain: 'SOCIAL',
            responsibleAgencyCode: 'CDAS',
            goalId: '00000000-0000-4000-8000-000000000000',
          },
        ],
      }),
    );
    expect(codes(unknownGoal)).toEqual(['BAD_USER_INPUT']);
    const unknownAgency = await f.query(
      AOIFE,
      REVISE,
      revision(planId, 1, {
        addActions: [{ description: 'x', domain: 'SOCIAL', responsibleAgencyCode: 'NOPE' }],
      }),
    );
    expect(codes(unknownAgency)).toEqual(['BAD_USER_INPUT']);
    const weeks = await f.query(
      AOIFE,
      REVISE,
      revision(planId, 1, {
        addActions: [
          {
            description: 'x',
            domain: 'SOCIAL',
            responsibleAgencyCode: 'CDAS',
            reviewEveryWeeks: 20,
          },
        ],
      }),
    );
    expect(codes(weeks)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets an involved agency flag conflicting goals and the case manager resolve them', async () => {
    const { planId, goalId } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const other = crypto.randomUUID();
    await f.query(
      AOIFE,
      REVISE,
      revision(planId, 1, {
        addGoals: [smartGoal({ id: other, statement: 'Move to a hostel near the clinic' })],
      }),
    );
    // PROB may flag, but has no consent for this service user: it gets the id back, not the note.
    const flag = `mutation($a: UUID!, $b: UUID!) { flagGoalConflict(goalId: $a, conflictingGoalId: $b, note: "Two housing routes") { id } }`;
    const flagged = await f.query({ agency: 'PROB', user: DEMO.staff.declan.id }, flag, {
      a: goalId,
      b: other,
    });
    expect(flagged.body.errors).toBeUndefined();
    expect(codes(await f.query({ agency: 'HSEM' }, flag, { a: goalId, b: other }))).toEqual([
      'FORBIDDEN',
    ]);
    const id = flagged.body.data.flagGoalConflict.id;
    const resolve = `mutation($id: UUID!) { resolveGoalConflict(conflictId: $id, resolution: "Tenancy first") { resolution resolvedAt } }`;
    expect(
      codes(
        await f.query(
          { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['CASE_MANAGER'] },
          resolve,
          { id },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const resolved = await f.query(AOIFE, resolve, { id });
    expect(resolved.body.errors).toBeUndefined();
    expect(resolved.body.data.resolveGoalConflict.resolution).toBe('Tenancy first');
    const goals = await f.query(
      AOIFE,
      `query($id: UUID!) { carePlan(id: $id) { goals { id conflicts { note resolution flaggedBy { code } } } } }`,
      { id: planId },
    );
    expect(goals.body.data.carePlan.goals.find((g: Json) => g.id === goalId).conflicts).toEqual([
      { note: 'Two housing routes', resolution: 'Tenancy first', flaggedBy: { code: 'PROB' } },
    ]);
  });

  it('discloses each need under the consent category of its domain, and lists no others', async () => {
    const r = await f.query(
      { agency: 'PROB' },
      `query($id: UUID!) { case(id: $id) { carePlan { needs { domain description } } } }`,
      { id: DEMO.cases.jamie },
    );
    // Probation may read legal matters; the substance-use and mental-health needs are left out
    // of the list altogether, so it cannot tell they exist (no placeholders, no errors).
    expect(r.body.data.case.carePlan.needs).toEqual([
      { domain: 'LEGAL', description: expect.stringMatching(/Probation order/) },
    ]);
    expect(r.body.errors).toBeUndefined();
  });
});

describe("the case manager's worklist", () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('lists overdue reviews, reviews due soon, overdue actions and referrals awaiting follow-up', async () => {
    const r = await f.query(
      AOIFE,
      `{ caseManagerWorklist(dueWithinDays: 31) {
          overdueReviews { edges { node { id nextReviewOn case { id } } } }
          reviewsDueSoon { edges { node { id case { id } } } }
          overdueActions { edges { node { id description } } }
          referralsAwaitingFollowUp { edges { node { status followUpOn interimPlan } } }
          transfersAwaitingAcceptance { edges { node { id } } } } }`,
    );
    expect(r.body.errors).toBeUndefined();
    const w = r.body.data.caseManagerWorklist;
    expect(nodesOf(w.overdueReviews).map((p) => p.case.id)).toEqual([DEMO.cases.chloe]);
    expect(nodesOf(w.reviewsDueSoon).map((p) => p.case.id)).toEqual([DEMO.cases.jamie]);
    expect(nodesOf(w.overdueActions).map((a) => a.id)).toEqual([DEMO.actions.chloeHousing]);
    expect(nodesOf(w.referralsAwaitingFollowUp)).toEqual([
      expect.objectContaining({ status: 'WAITING', interimPlan: expect.stringContaining('court') }),
    ]);
    const short = await f.query(
      AOIFE,
      `{ caseManagerWorklist(dueWithinDays: 7) { reviewsDueSoon { edges { node { id } } } } }`,
    );
    expect(nodesOf(short.body.data.caseManagerWorklist.reviewsDueSoon)).toEqual([]);
  });

  it('is the whole day: upcoming meetings, open Gaps and Blocks at every level, unacknowledged delivery changes', async () => {
    const { caseId, actionIds } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const schedule = async (days: number) => {
      const r = await f.query(
        AOIFE,
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            caseId,
            reason: 'REVIEW',
            scheduledFor: at(days),
            place: 'CDAS, room 2',
            invitedAgencyCodes: ['CDAS', 'PROB'],
            purpose: 'Review the plan',
            aims: 'Agree the next steps',
          },
        },
      );
      expect(r.body.errors).toBeUndefined();
      return r.body.data.scheduleMeeting.id as string;
    };
    const later = await schedule(40);
    const soon = await schedule(3);
    const raised = await f.query(
      AOIFE,
      `mutation($input: RaiseGapBlockInput!) { raiseGapBlock(input: $input) { id } }`,
      {
        input: {
          caseId,
          concerningAgencyCode: 'PROB',
          issue: 'No reply to the referral',
          whatTried: 'Phoned twice',
        },
      },
    );
    expect(raised.body.errors).toBeUndefined();
    const change = await f.query(
      { agency: 'PROB', user: DEMO.staff.declan.id },
      `mutation($input: ServiceDeliveryChangeInput!) { recordServiceDeliveryChange(input: $input) { id } }`,
      {
        input: {
          actionId: actionIds[1],
          what: 'Fortnightly instead of weekly',
          why: 'Staff shortage',
          effectiveFrom: inDays(5),
        },
      },
    );
    expect(change.body.errors).toBeUndefined();

    const WHOLE_DAY = `query($d: Int) { caseManagerWorklist(dueWithinDays: $d) {
      upcomingMeetings { edges { node { id scheduledFor status case { id } } } }
      openGapsAndBlocks { edges { node { id level status case { id } } } }
      serviceDeliveryChanges { edges { node { id what acknowledgedAt } } }
    } }`;
    const r = await f.query(AOIFE, WHOLE_DAY, { d: 14 });
    expect(r.body.errors).toBeUndefined();
    const w = r.body.data.caseManagerWorklist;
    expect(nodesOf(w.upcomingMeetings).filter((m) => m.case.id === caseId)).toEqual([
      { id: soon, scheduledFor: expect.any(String), status: 'SCHEDULED', case: { id: caseId } },
    ]);
    // The highest level first: Chloe's form at level 3, then the new one at level 1.
    expect(nodesOf(w.openGapsAndBlocks).map((g) => [g.case.id, g.level, g.status])).toEqual([
      [DEMO.cases.chloe, 3, 'OPEN'],
      [caseId, 1, 'OPEN'],
    ]);
    expect(nodesOf(w.openGapsAndBlocks)[1]!.id).toBe(raised.body.data.raiseGapBlock.id);
    // Each section pages on its own, in the section's order, the cursor after the last shown.
    const PAGED = `query($after: String) { caseManagerWorklist { openGapsAndBlocks(first: 1, after: $after) {
      edges { node { id level } } pageInfo { hasNextPage endCursor } } } }`;
    const one = (await f.query(AOIFE, PAGED, {})).body.data.caseManagerWorklist.openGapsAndBlocks;
    expect(nodesOf(one).map((g) => g.level)).toEqual([3]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = (await f.query(AOIFE, PAGED, { after: one.pageInfo.endCursor })).body.data
      .caseManagerWorklist.openGapsAndBlocks;
    expect(nodesOf(two).map((g) => g.id)).toEqual([raised.body.data.raiseGapBlock.id]);
    expect(two.pageInfo.hasNextPage).toBe(false);
    expect(nodesOf(w.serviceDeliveryChanges)).toContainEqual({
      id: change.body.data.recordServiceDeliveryChange.id,
      what: 'Fortnightly instead of weekly',
      acknowledgedAt: null,
    });

    // A wider window reaches the later meeting, soonest first.
    const wide = await f.query(AOIFE, WHOLE_DAY, { d: 60 });
    expect(
      nodesOf(wide.body.data.caseManagerWorklist.upcomingMeetings)
        .filter((m) => m.case.id === caseId)
        .map((m) => m.id),
    ).toEqual([soon, later]);
    // A resolved form leaves the worklist.
    const resolved = await f.query(
      AOIFE,
      `mutation($input: ResolveGapBlockInput!) { resolveGapBlock(input: $input) { status } }`,
      { input: { gapBlockId: raised.body.data.raiseGapBlock.id, resolution: 'Probation replied' } },
    );
    expect(resolved.body.errors).toBeUndefined();
    const after = await f.query(AOIFE, WHOLE_DAY, { d: 14 });
    expect(
      nodesOf(after.body.data.caseManagerWorklist.openGapsAndBlocks).map((g) => g.case.id),
    ).toEqual([DEMO.cases.chloe]);
  });

  it('is only for case managers, with a bounded window', async () => {
    expect(
      codes(
        await f.query(
          { agency: 'PROB', roles: ['KEY_WORKER'] },
          `{ caseManagerWorklist { overdueReviews { edges { node { id } } } } }`,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await f.query(
          AOIFE,
          `{ caseManagerWorklist(dueWithinDays: 400) { overdueReviews { edges { node { id } } } } }`,
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe('copies of the plan', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  const ISSUE = `mutation($p: UUID!, $r: CopyRecipientKind!, $a: ID) {
    issuePlanCopy(planId: $p, recipient: $r, agencyCode: $a) { id version scope consentId fileName html recipientAgency { code } } }`;

  it("gives probation only its own part of Jamie's plan, under its consent, and records the copy", async () => {
    const r = await f.query(AOIFE, ISSUE, { p: DEMO.plans.jamie, r: 'AGENCY', a: 'PROB' });
    expect(r.body.errors).toBeUndefined();
    const copy = r.body.data.issuePlanCopy;
    expect(copy).toMatchObject({
      version: 3,
      scope: 'OWN_INVOLVEMENT',
      recipientAgency: { code: 'PROB' },
    });
    expect(copy.consentId).toEqual(expect.any(String));
    expect(copy.html).toContain('Keep fortnightly probation appointments');
    expect(copy.html).not.toMatch(/methadone|relapse/i);
    const prob = await f.query(
      { agency: 'PROB' },
      `query($p: UUID!) { carePlan(id: $p) { copies { id html } } }`,
      { p: DEMO.plans.jamie },
    );
    expect(prob.body.data.carePlan.copies.find((c: Json) => c.id === copy.id).html).toContain(
      'probation',
    );
  });

  it('gives the HSE methadone clinic the full plan under its full-copy consent, with the re-disclosure notice', async () => {
    const r = await f.query(AOIFE, ISSUE, { p: DEMO.plans.jamie, r: 'AGENCY', a: 'HSEM' });
    const copy = r.body.data.issuePlanCopy;
    expect(copy.scope).toBe('FULL');
    expect(copy.html).toMatch(/methadone/);
    expect(copy.html).toMatch(/Jamie Doyle/);
    expect(copy.html).toContain(REDISCLOSURE_NOTICE_TEXT);
    // Another agency never reads a copy addressed to someone else.
    const other = await f.query(
      { agency: 'PROB' },
      `query($p: UUID!) { carePlan(id: $p) { copies { id html } } }`,
      { p: DEMO.plans.jamie },
    );
    const seen = other.body.data.carePlan.copies.find((c: Json) => c.id === copy.id);
    expect(seen.html).toBeNull();
  });

  it('refuses a copy for an agency without consent, and anyone but the case manager', async () => {
    const { planId } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    expect(codes(await f.query(AOIFE, ISSUE, { p: planId, r: 'AGENCY', a: 'PROB' }))).toEqual([
      'CONSENT_REQUIRED',
    ]);
    expect(
      codes(
        await f.query({ agency: 'PROB', roles: ['CASE_MANAGER'] }, ISSUE, {
          p: planId,
          r: 'SERVICE_USER',
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const own = await f.query(AOIFE, ISSUE, { p: planId, r: 'SERVICE_USER' });
    expect(own.body.data.issuePlanCopy).toMatchObject({ scope: 'FULL', consentId: null });
    expect(own.body.data.issuePlanCopy.html).toContain('Sam Test');
  });
});

describe('possible duplication of services', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it("flags the same kind of intervention from two agencies in the case manager's plan view", async () => {
    const { planId, actionIds } = await createCaseWithPlan(f, ['CDAS', 'HSEM', 'PROB']);
    const set = (type: string) => ({ id: actionIds[0], interventionType: type });
    const r = await f.query(
      AOIFE,
      REVISE,
      revision(planId, 1, {
        updateActions: [
          set('COUNSELLING'),
          { id: actionIds[1], interventionType: 'COUNSELLING' },
          { id: actionIds[2], interventionType: 'PROBATION_SUPERVISION' },
        ],
      }),
    );
    expect(r.body.errors).toBeUndefined();
    const flags = `query($id: UUID!) { carePlan(id: $id) { duplicationFlags { interventionType agencies { code } actions { id } } } }`;
    const flagged = await f.query(AOIFE, flags, { id: planId });
    expect(flagged.body.data.carePlan.duplicationFlags).toEqual([
      {
        interventionType: 'COUNSELLING',
        agencies: [{ code: 'CDAS' }, { code: 'HSEM' }],
        actions: [{ id: actionIds[0] }, { id: actionIds[1] }],
      },
    ]);
    await f.query(AOIFE, REVISE, revision(planId, 2, { updateActions: [set('KEY_WORKING')] }));
    expect(
      (await f.query(AOIFE, flags, { id: planId })).body.data.carePlan.duplicationFlags,
    ).toEqual([]);
  });
});
