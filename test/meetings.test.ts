import { DEMO, subtractWorkingDays, today } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { AOIFE, createCaseWithPlan, inDays } from './support/plan-factory';
import type { Json } from './support/json';
import { nodesOf } from './support/connections';

const DECLAN = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER' as const] };
const NIAMH = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['KEY_WORKER' as const] };

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { id reason status serviceUserAttends serviceUserAttendanceReason
    attendance { agency { code } response } } }`;
const MEETING = `query($id: UUID!) { meeting(id: $id) {
  id reason status scheduledFor place purpose aims serviceUserAttends serviceUserPreparedAt
  serviceUserPreparation invitationsSentAt recordVersion summary decisions finalisedAt planVersion
  circulatedAt outcomeCirculationLate outcomeCirculationDueOn
  chairedBy { agencyCode id }
  actionReviews { actionId whatWorkedWell challenges gapsAndBlocks newIssues nextSteps }
  gapsAndBlocksRaised { concerningAgencyCode issue }
  gapBlocks { concerningAgency { code } level status issue }
  attendance { agency { code } keyWorker { id } sentAt response reportReceived phoneFollowUpDone
    substituteName note }
  notAnswered { code }
  circulations { agency { code } circulatedAt acknowledgedAt acknowledgedBy { id } } } }`;
const MY_INVITATIONS = `query($after: String) { myMeetingInvitations(first: 100, after: $after) {
  edges { node { id reason scheduledFor place purpose aims response
    meetingStatus outcomeSummary outcomeDecisions agency { code }
    circulation { circulatedAt acknowledgedAt } meetingId } }
  pageInfo { hasNextPage endCursor } } }`;
const RESPOND = `mutation($input: RespondToMeetingInvitationInput!) {
  respondToMeetingInvitation(input: $input) { agency { code } response substituteName note } }`;
const MINUTES = `mutation($input: RecordMeetingMinutesInput!) {
  recordMeetingMinutes(input: $input) { id status recordVersion summary } }`;
const FINALISE = `mutation($id: UUID!, $v: Int!, $next: LocalDate) {
  finaliseMeeting(meetingId: $id, expectedPlanVersion: $v, nextReviewOn: $next) {
    id status planVersion finalisedAt } }`;
const CIRCULATE = `mutation($id: UUID!) { circulateMeetingOutcome(meetingId: $id) {
  circulatedAt circulations { agency { code } } } }`;
const ACK = `mutation($id: UUID!) { acknowledgeMeetingOutcome(meetingId: $id) {
  agency { code } acknowledgedAt acknowledgedBy { id } } }`;
const PLAN = `query($id: UUID!) { carePlan(id: $id) { version lastReviewedOn nextReviewOn
  needs { description } versions { edges { node { version changeSummary meeting { id } } } } } }`;

const PADRAIG = { agency: 'HSEM', user: DEMO.staff.padraig.id, roles: ['SUPERVISOR' as const] };
const SEND = `mutation($id: UUID!) { sendMeetingInvitations(meetingId: $id) { id } }`;
const RESCHEDULE = `mutation($input: RescheduleMeetingInput!) { rescheduleMeeting(input: $input) {
  id status scheduledFor place rescheduledAt invitationsSentAt
  attendance { agency { code } sentAt response substituteName } } }`;
const CANCEL = `mutation($id: UUID!, $reason: String!) { cancelMeeting(meetingId: $id, reason: $reason) {
  id status cancelledAt cancellationReason outcomeCirculationDueOn outcomeCirculationLate } }`;
const NOTIFICATIONS = `query($all: Boolean) { myNotifications(includeAcknowledged: $all, first: 100) {
  edges { node { id kind message acknowledgedAt } } } }`;
const REQUEST = `mutation($m: UUID!) { requestMeetingAttendance(meetingId: $m) { id } }`;

/** An ISO date-time `n` days from now (negative: ago). */
const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

const ok = <T>(r: GraphQLResponse<T>): T => {
  expect(r.body.errors).toBeUndefined();
  return r.body.data as T;
};

/** 10:00 UTC on the day `n` working days (Irish, as the subgraph counts them) before today. */
const workingDaysAgo = (n: number): Date =>
  new Date(`${subtractWorkingDays(today(), n)}T10:00:00Z`);

const meetingInput = (caseId: string, extra: Record<string, unknown> = {}) => ({
  caseId,
  reason: 'REVIEW',
  scheduledFor: new Date(Date.now() - 3_600_000).toISOString(),
  place: 'CDAS, Room 2',
  invitedAgencyCodes: ['CDAS', 'PROB', 'HSEM'],
  purpose: 'Quarterly review of the interagency care plan',
  aims: 'Review every action; agree next steps on housing',
  ...extra,
});

describe('interagency care plan meetings', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('is scheduled only by the case manager, between two or more agencies, without the service user for contentious reasons unless justified', async () => {
    const { caseId } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const one = await f.query(AOIFE, SCHEDULE, {
      input: meetingInput(caseId, { invitedAgencyCodes: ['CDAS', 'CDAS'] }),
    });
    expect(codes(one)).toEqual(['BAD_USER_INPUT']);
    expect(one.body.errors![0]!.extensions!.field).toBe('invitedAgencyCodes');
    const unknown = await f.query(AOIFE, SCHEDULE, {
      input: meetingInput(caseId, { invitedAgencyCodes: ['CDAS', 'NOPE'] }),
    });
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.query(DECLAN, SCHEDULE, { input: meetingInput(caseId) }))).toEqual([
      'FORBIDDEN',
    ]);
    const noReason = await f.query(AOIFE, SCHEDULE, {
      input: meetingInput(caseId, { reason: 'LEAD_AGENCY_DISPUTE', serviceUserAttends: true }),
    });
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.body.errors![0]!.extensions!.field).toBe('serviceUserAttendanceReason');

    const dispute = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meetingInput(caseId, { reason: 'LEAD_AGENCY_DISPUTE' }),
      }),
    ).scheduleMeeting;
    expect(dispute).toMatchObject({ serviceUserAttends: false, serviceUserAttendanceReason: null });
    const divergence = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meetingInput(caseId, {
          reason: 'DIVERGENCE_OF_VIEWS',
          serviceUserAttends: true,
          serviceUserAttendanceReason: 'She asked to be present for the methadone discussion',
        }),
      }),
    ).scheduleMeeting;
    expect(divergence.serviceUserAttends).toBe(true);
    const referral = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meetingInput(caseId, { reason: 'REFERRAL', invitedAgencyCodes: ['CDAS', 'PROB'] }),
      }),
    ).scheduleMeeting;
    expect(referral).toMatchObject({ status: 'SCHEDULED', serviceUserAttends: true });

    // HSEM is not invited to the referral meeting: it cannot answer for it.
    const notInvited = await f.query(NIAMH, RESPOND, {
      input: { meetingId: referral.id, response: 'ATTENDING' },
    });
    expect(codes(notInvited)).toEqual(['FORBIDDEN']);

    // A transfer id belongs to CASE_MANAGER_TRANSFER meetings only.
    const badTransfer = await f.query(AOIFE, SCHEDULE, {
      input: meetingInput(caseId, { transferId: crypto.randomUUID() }),
    });
    expect(codes(badTransfer)).toEqual(['BAD_USER_INPUT']);

    const closed = await f.query(
      AOIFE,
      `mutation($input: CloseCaseInput!) { closeCase(input: $input) { status } }`,
      {
        input: {
          caseId,
          goalsAchieved: 'Housed',
          futureSupports: 'Aftercare',
          reEngagementExplained: true,
        },
      },
    );
    expect(closed.body.errors).toBeUndefined();
    expect(codes(await f.query(AOIFE, SCHEDULE, { input: meetingInput(caseId) }))).toEqual([
      'CONFLICT',
    ]);
  });

  it('runs a quarterly review meeting across three agencies, from invitation to acknowledged outcome', async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB', 'HSEM']);
    const [cdasAction, probAction, hsemAction] = ids.actionIds as [string, string, string];

    // Scheduling.
    const scheduled = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meetingInput(ids.caseId, {
          invitedKeyWorkers: [
            { agencyCode: 'PROB', keyWorkerId: DEMO.staff.declan.id },
            { agencyCode: 'HSEM', keyWorkerId: DEMO.staff.niamh.id },
          ],
        }),
      }),
    ).scheduleMeeting;
    const id = scheduled.id as string;
    expect(scheduled).toMatchObject({
      reason: 'REVIEW',
      status: 'SCHEDULED',
      serviceUserAttends: true,
    });
    expect(scheduled.attendance.map((a: Json) => [a.agency.code, a.response])).toEqual([
      ['CDAS', 'PENDING'],
      ['HSEM', 'PENDING'],
      ['PROB', 'PENDING'],
    ]);

    // Before sending, PROB sees its invitation but not yet the purpose.
    const mine = async (who: typeof DECLAN | typeof NIAMH) =>
      nodesOf(ok(await f.query(who, MY_INVITATIONS)).myMeetingInvitations).find(
        (i: Json) => i.meetingId === id,
      );
    expect(await mine(DECLAN)).toMatchObject({
      reason: 'REVIEW',
      purpose: null,
      response: 'PENDING',
    });

    // Preparation: the service user, then the purpose and aims to every service.
    const preparedAt = new Date(Date.now() - 86_400_000).toISOString();
    ok(
      await f.query(
        AOIFE,
        `mutation($id: UUID!, $at: DateTime!) { recordServiceUserPrepared(meetingId: $id, preparedAt: $at, how: "Met her at the clinic to go through the plan") { id } }`,
        { id, at: preparedAt },
      ),
    );
    const SEND = `mutation($id: UUID!) { sendMeetingInvitations(meetingId: $id) { invitationsSentAt attendance { sentAt } } }`;
    const sent = ok(await f.query(AOIFE, SEND, { id })).sendMeetingInvitations;
    expect(sent.invitationsSentAt).toEqual(expect.any(String));
    expect(sent.attendance.every((a: Json) => typeof a.sentAt === 'string')).toBe(true);
    expect(codes(await f.query(AOIFE, SEND, { id }))).toEqual(['CONFLICT']);
    expect(codes(await f.query(DECLAN, SEND, { id }))).toEqual(['FORBIDDEN']);

    // Each agency sees its own invitation and the purpose, as its holder...
    expect(await mine(DECLAN)).toMatchObject({
      agency: { code: 'PROB' },
      reason: 'REVIEW',
      place: 'CDAS, Room 2',
      purpose: 'Quarterly review of the interagency care plan',
      aims: 'Review every action; agree next steps on housing',
      meetingStatus: 'SCHEDULED',
    });
    expect((await mine(NIAMH)).agency.code).toBe('HSEM');
    // ...but the meeting record itself is the lead agency's: without consent, no content (none
    // of it may be read, so it is null as a meeting that does not exist).
    const foreign = await f.query(DECLAN, `query($id: UUID!) { meeting(id: $id) { purpose } }`, {
      id,
    });
    expect(foreign.body.data.meeting).toBeNull();

    // Responses: PROB sends apologies with a report, HSEM a substitute, CDAS never answers.
    const noName = await f.query(NIAMH, RESPOND, {
      input: { meetingId: id, response: 'SUBSTITUTE' },
    });
    expect(codes(noName)).toEqual(['BAD_USER_INPUT']);
    const pending = await f.query(NIAMH, RESPOND, {
      input: { meetingId: id, response: 'PENDING' },
    });
    expect(codes(pending)).toEqual(['BAD_USER_INPUT']);
    expect(
      ok(
        await f.query(DECLAN, RESPOND, {
          input: { meetingId: id, response: 'APOLOGIES_WITH_REPORT', note: 'In court that day' },
        }),
      ).respondToMeetingInvitation,
    ).toMatchObject({ agency: { code: 'PROB' }, response: 'APOLOGIES_WITH_REPORT' });
    ok(
      await f.query(NIAMH, RESPOND, {
        input: { meetingId: id, response: 'SUBSTITUTE', substituteName: 'Pádraig Ryan' },
      }),
    );

    // The report received and the phone follow-up, by the case manager only.
    const REPORT = `mutation($id: UUID!, $a: ID!) { recordReportReceived(meetingId: $id, agencyCode: $a) { reportReceived } }`;
    const PHONE = `mutation($id: UUID!, $a: ID!, $at: DateTime!) { recordPhoneFollowUp(meetingId: $id, agencyCode: $a, calledAt: $at) { phoneFollowUpDone } }`;
    expect(codes(await f.query(DECLAN, REPORT, { id, a: 'PROB' }))).toEqual(['FORBIDDEN']);
    // A phone call follows up a report: not one not received yet, nor one received after it.
    const noReport = await f.query(AOIFE, PHONE, { id, a: 'PROB', at: new Date().toISOString() });
    expect(codes(noReport)).toEqual(['BAD_USER_INPUT']);
    expect(noReport.body.errors![0]!.extensions).toMatchObject({
      field: 'calledAt',
      reason: 'NO_REPORT',
    });
    expect(ok(await f.query(AOIFE, REPORT, { id, a: 'PROB' })).recordReportReceived).toEqual({
      reportReceived: true,
    });
    expect(codes(await f.query(AOIFE, REPORT, { id, a: 'PROB' }))).toEqual(['CONFLICT']);
    const beforeReport = await f.query(AOIFE, PHONE, { id, a: 'PROB', at: daysFromNow(-1) });
    expect(codes(beforeReport)).toEqual(['BAD_USER_INPUT']);
    expect(beforeReport.body.errors![0]!.extensions!.reason).toBe('BEFORE_REPORT');
    expect(
      ok(await f.query(AOIFE, PHONE, { id, a: 'PROB', at: new Date().toISOString() }))
        .recordPhoneFollowUp,
    ).toEqual({ phoneFollowUpDone: true });

    let m = ok(await f.query(AOIFE, MEETING, { id })).meeting;
    expect(m).toMatchObject({
      serviceUserPreparedAt: preparedAt,
      serviceUserPreparation: 'Met her at the clinic to go through the plan',
      chairedBy: { agencyCode: 'CDAS', id: AOIFE.user },
      notAnswered: [{ code: 'CDAS' }],
    });
    expect(m.attendance).toEqual([
      expect.objectContaining({
        agency: { code: 'CDAS' },
        response: 'PENDING',
        reportReceived: false,
        phoneFollowUpDone: false,
      }),
      expect.objectContaining({
        agency: { code: 'HSEM' },
        keyWorker: { id: DEMO.staff.niamh.id },
        response: 'SUBSTITUTE',
        substituteName: 'Pádraig Ryan',
        reportReceived: false,
      }),
      expect.objectContaining({
        agency: { code: 'PROB' },
        keyWorker: { id: DEMO.staff.declan.id },
        response: 'APOLOGIES_WITH_REPORT',
        note: 'In court that day',
        reportReceived: true,
        phoneFollowUpDone: true,
      }),
    ]);

    // Minutes: a draft reviewing two actions, then all three.
    const review = (actionId: string, who: string) => ({
      actionId,
      whatWorkedWell: `${who}: attendance kept`,
      challenges: `${who}: transport`,
      gapsAndBlocks: who === 'HSEM' ? 'Clinic not returning calls' : null,
      newIssues: null,
      nextSteps: `${who}: continue`,
    });
    const draft = ok(
      await f.query(AOIFE, MINUTES, {
        input: {
          meetingId: id,
          expectedRecordVersion: 0,
          summary: 'Draft',
          actionReviews: [review(cdasAction, 'CDAS'), review(probAction, 'PROB')],
        },
      }),
    ).recordMeetingMinutes;
    expect(draft).toMatchObject({ status: 'MINUTES_DRAFT', recordVersion: 1 });
    const missing = await f.query(AOIFE, FINALISE, { id, v: 1, next: inDays(85) });
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    // The message lists the actions not reviewed: only HSEM's.
    expect(missing.body.errors![0]!.extensions).toMatchObject({
      field: 'actionReviews',
      reason: 'ACTIONS_NOT_REVIEWED',
    });
    expect(missing.body.errors![0]!.message).toContain(hsemAction);
    expect(missing.body.errors![0]!.message).not.toContain(probAction);
    const stale = await f.query(AOIFE, MINUTES, {
      input: { meetingId: id, expectedRecordVersion: 0, summary: 'Lost update' },
    });
    expect(codes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(
      codes(
        await f.query(DECLAN, MINUTES, {
          input: { meetingId: id, expectedRecordVersion: 1, summary: 'Not mine' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const summary = 'Housing progressing; methadone clinic engagement is a concern';
    const full = ok(
      await f.query(AOIFE, MINUTES, {
        input: {
          meetingId: id,
          expectedRecordVersion: 1,
          summary,
          actionReviews: [
            review(cdasAction, 'CDAS'),
            review(probAction, 'PROB'),
            review(hsemAction, 'HSEM'),
          ],
          decisions: ['Refer to tenancy sustainment', 'Escalate clinic contact'],
          planChanges: {
            nextReviewOn: inDays(85),
            addNeeds: [{ domain: 'SOCIAL', description: 'Tenancy sustainment support' }],
          },
          gapsAndBlocks: [
            {
              concerningAgencyCode: 'HSEM',
              issue: 'Clinic has not engaged with the plan for six weeks',
              whatTried: 'Three calls and an email to the key worker',
            },
          ],
        },
      }),
    ).recordMeetingMinutes;
    expect(full).toMatchObject({ recordVersion: 2, summary });

    // A stale plan version, or a next review too late, writes nothing.
    expect(codes(await f.query(AOIFE, FINALISE, { id, v: 0 }))).toEqual(['VERSION_CONFLICT']);
    expect(codes(await f.query(AOIFE, FINALISE, { id, v: 1, next: inDays(140) }))).toEqual([
      'REVIEW_TOO_LATE',
    ]);
    expect(codes(await f.query(DECLAN, FINALISE, { id, v: 1 }))).toEqual(['FORBIDDEN']);
    let plan = ok(await f.query(AOIFE, PLAN, { id: ids.planId })).carePlan;
    expect(plan.version).toBe(1);
    expect(plan.needs).toHaveLength(1);
    m = ok(await f.query(AOIFE, MEETING, { id })).meeting;
    expect(m).toMatchObject({ status: 'MINUTES_DRAFT', planVersion: null, gapBlocks: [] });
    const gaps = `query($id: UUID!) { case(id: $id) { gapsAndBlocks { id concerningAgency { code } } } }`;
    expect(ok(await f.query(AOIFE, gaps, { id: ids.caseId })).case.gapsAndBlocks).toEqual([]);

    // Finalising: exactly one new plan version, carrying the meeting's summary, and the gap raised.
    const done = ok(await f.query(AOIFE, FINALISE, { id, v: 1 })).finaliseMeeting;
    expect(done).toMatchObject({
      status: 'FINALISED',
      planVersion: 2,
      finalisedAt: expect.any(String),
    });
    plan = ok(await f.query(AOIFE, PLAN, { id: ids.planId })).carePlan;
    expect(plan.version).toBe(2);
    expect(plan.nextReviewOn).toBe(inDays(85));
    // The review is recorded on the meeting's date, in Irish time.
    const heldOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Dublin' }).format(
      new Date(m.scheduledFor),
    );
    expect(plan.lastReviewedOn).toBe(heldOn);
    expect(plan.needs.map((n: Json) => n.description)).toContain('Tenancy sustainment support');
    const versions = nodesOf(plan.versions);
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ version: 2, meeting: { id } });
    expect(versions[0]!.changeSummary).toContain(summary);
    expect(versions[1]).toMatchObject({ version: 1, meeting: null });
    m = ok(await f.query(AOIFE, MEETING, { id })).meeting;
    expect(m.gapBlocks).toEqual([
      {
        concerningAgency: { code: 'HSEM' },
        level: 1,
        status: 'OPEN',
        issue: 'Clinic has not engaged with the plan for six weeks',
      },
    ]);
    expect(m.actionReviews).toHaveLength(3);
    expect(m.decisions).toEqual(['Refer to tenancy sustainment', 'Escalate clinic contact']);
    expect(ok(await f.query(AOIFE, gaps, { id: ids.caseId })).case.gapsAndBlocks).toHaveLength(1);
    expect(codes(await f.query(AOIFE, FINALISE, { id, v: 2 }))).toEqual(['INVALID_TRANSITION']);
    expect(
      codes(
        await f.query(AOIFE, MINUTES, {
          input: { meetingId: id, expectedRecordVersion: 2, summary: 'Too late' },
        }),
      ),
    ).toEqual(['INVALID_TRANSITION']);
    expect(
      codes(await f.query(NIAMH, RESPOND, { input: { meetingId: id, response: 'ATTENDING' } })),
    ).toEqual(['INVALID_TRANSITION']);

    // Circulation and each agency's acknowledgement.
    expect(codes(await f.query(DECLAN, ACK, { id }))).toEqual(['INVALID_TRANSITION']);
    expect(codes(await f.query(DECLAN, CIRCULATE, { id }))).toEqual(['FORBIDDEN']);
    const circulated = ok(await f.query(AOIFE, CIRCULATE, { id })).circulateMeetingOutcome;
    expect(circulated.circulatedAt).toEqual(expect.any(String));
    expect(circulated.circulations.map((c: Json) => c.agency.code)).toEqual([
      'CDAS',
      'HSEM',
      'PROB',
    ]);
    expect(codes(await f.query(AOIFE, CIRCULATE, { id }))).toEqual(['CONFLICT']);
    expect(await mine(DECLAN)).toMatchObject({
      meetingStatus: 'FINALISED',
      outcomeSummary: summary,
      outcomeDecisions: ['Refer to tenancy sustainment', 'Escalate clinic contact'],
      circulation: { circulatedAt: circulated.circulatedAt, acknowledgedAt: null },
    });
    expect(ok(await f.query(DECLAN, ACK, { id })).acknowledgeMeetingOutcome).toMatchObject({
      agency: { code: 'PROB' },
      acknowledgedAt: expect.any(String),
      acknowledgedBy: { id: DEMO.staff.declan.id },
    });
    expect(codes(await f.query(DECLAN, ACK, { id }))).toEqual(['CONFLICT']);
    ok(await f.query(NIAMH, ACK, { id }));
    m = ok(await f.query(AOIFE, MEETING, { id })).meeting;
    expect(m.circulations.map((c: Json) => [c.agency.code, c.acknowledgedAt !== null])).toEqual([
      ['CDAS', false],
      ['HSEM', true],
      ['PROB', true],
    ]);
    expect(m.outcomeCirculationLate).toBe(false);
  });

  it('shows outcomes not circulated within two working days on the case manager’s worklist', async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const held = workingDaysAgo(5);
    const late = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meetingInput(ids.caseId, {
          reason: 'REFERRAL',
          scheduledFor: held.toISOString(),
          invitedAgencyCodes: ['CDAS', 'PROB'],
        }),
      }),
    ).scheduleMeeting;
    ok(
      await f.query(AOIFE, MINUTES, {
        input: { meetingId: late.id, expectedRecordVersion: 0, summary: 'Referral agreed' },
      }),
    );
    ok(await f.query(AOIFE, FINALISE, { id: late.id, v: 1 }));
    const onTime = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meetingInput(ids.caseId, {
          reason: 'REFERRAL',
          invitedAgencyCodes: ['CDAS', 'PROB'],
        }),
      }),
    ).scheduleMeeting;

    const worklistPage = ok(
      await f.query(
        AOIFE,
        `{ caseManagerWorklist { lateMeetingOutcomes(first: 100) { edges { node {
          id outcomeCirculationLate circulatedAt } } } } }`,
      ),
    ).caseManagerWorklist.lateMeetingOutcomes;
    const worklist = nodesOf(worklistPage);
    const lateIds = worklist.map((x: Json) => x.id);
    expect(lateIds).toContain(late.id);
    expect(lateIds).not.toContain(onTime.id);
    expect(worklist.find((x: Json) => x.id === late.id)).toEqual({
      id: late.id,
      outcomeCirculationLate: true,
      circulatedAt: null,
    });

    // Circulating late takes it off the worklist, but the meeting still shows it was late.
    ok(await f.query(AOIFE, CIRCULATE, { id: late.id }));
    const after = nodesOf(
      ok(
        await f.query(
          AOIFE,
          `{ caseManagerWorklist { lateMeetingOutcomes(first: 100) { edges { node { id } } } } }`,
        ),
      ).caseManagerWorklist.lateMeetingOutcomes,
    );
    expect(after.map((x: Json) => x.id)).not.toContain(late.id);
    const m = ok(await f.query(AOIFE, MEETING, { id: late.id })).meeting;
    expect(m.outcomeCirculationLate).toBe(true);
  });
  it('is minuted and finalised only once it has started, so a plan is never reviewed in the future', async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const next = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meetingInput(ids.caseId, {
          scheduledFor: daysFromNow(14),
          invitedAgencyCodes: ['CDAS', 'PROB'],
        }),
      }),
    ).scheduleMeeting;
    const early = await f.query(AOIFE, MINUTES, {
      input: { meetingId: next.id, expectedRecordVersion: 0, summary: 'Written too early' },
    });
    expect(codes(early)).toEqual(['INVALID_TRANSITION']);
    expect(early.body.errors![0]!.extensions).toMatchObject({
      reason: 'MEETING_NOT_STARTED',
      from: 'SCHEDULED',
      to: 'MINUTES_DRAFT',
    });
    const finalised = await f.query(AOIFE, FINALISE, { id: next.id, v: 1, next: inDays(60) });
    expect(codes(finalised)).toEqual(['INVALID_TRANSITION']);
    expect(finalised.body.errors![0]!.extensions).toMatchObject({
      reason: 'MEETING_NOT_STARTED',
      to: 'FINALISED',
    });
    const m = ok(await f.query(AOIFE, MEETING, { id: next.id })).meeting;
    expect(m).toMatchObject({ status: 'SCHEDULED', recordVersion: 0, summary: null });
    const plan = ok(await f.query(AOIFE, PLAN, { id: ids.planId })).carePlan;
    expect(plan.version).toBe(1);
    expect(plan.lastReviewedOn <= today()).toBe(true);
  });

  it('is rescheduled: the invitations go again, a new time resets the answers, the invitees are told', async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB', 'HSEM']);
    const id = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meetingInput(ids.caseId, {
          scheduledFor: daysFromNow(2),
          invitedKeyWorkers: [{ agencyCode: 'PROB', keyWorkerId: DEMO.staff.declan.id }],
        }),
      }),
    ).scheduleMeeting.id as string;
    ok(await f.query(AOIFE, SEND, { id }));
    const first = ok(await f.query(AOIFE, MEETING, { id })).meeting;
    ok(await f.query(DECLAN, RESPOND, { input: { meetingId: id, response: 'ATTENDING' } }));
    ok(
      await f.query(NIAMH, RESPOND, {
        input: { meetingId: id, response: 'SUBSTITUTE', substituteName: 'Pádraig Ryan' },
      }),
    );
    const told = async (who: typeof DECLAN | typeof NIAMH | typeof PADRAIG, kind: string) =>
      nodesOf(ok(await f.query(who, NOTIFICATIONS, { all: true })).myNotifications).filter(
        (n) => n.kind === kind,
      );
    const before = (await told(DECLAN, 'MEETING_RESCHEDULED')).length;

    // Refused: a time gone by, no change at all, anyone but the case manager.
    for (const [who, input, code] of [
      [AOIFE, { meetingId: id, scheduledFor: daysFromNow(-1) }, 'BAD_USER_INPUT'],
      [AOIFE, { meetingId: id, place: 'CDAS, Room 2' }, 'BAD_USER_INPUT'],
      [DECLAN, { meetingId: id, place: 'Video call' }, 'FORBIDDEN'],
    ] as const) {
      const r = await f.query(who, RESCHEDULE, { input });
      expect(codes(r)).toEqual([code]);
    }

    // A new place only: the answers stand; those invited are told where.
    const moved = ok(
      await f.query(AOIFE, RESCHEDULE, { input: { meetingId: id, place: 'Video call' } }),
    ).rescheduleMeeting;
    expect(moved).toMatchObject({
      status: 'SCHEDULED',
      place: 'Video call',
      scheduledFor: first.scheduledFor,
      rescheduledAt: expect.any(String),
    });
    expect(moved.attendance.map((a: Json) => [a.agency.code, a.response])).toEqual([
      ['CDAS', 'PENDING'],
      ['HSEM', 'SUBSTITUTE'],
      ['PROB', 'ATTENDING'],
    ]);
    const declanTold = await told(DECLAN, 'MEETING_RESCHEDULED');
    expect(declanTold).toHaveLength(before + 1);
    expect(declanTold[0]!.message).toContain('is now at Video call');

    // A new time: every answer is asked for again, the invitations are sent again.
    const at = daysFromNow(5);
    const retimed = ok(
      await f.query(AOIFE, RESCHEDULE, { input: { meetingId: id, scheduledFor: at } }),
    ).rescheduleMeeting;
    expect(retimed.scheduledFor).toBe(at);
    expect(retimed.attendance.map((a: Json) => [a.agency.code, a.response])).toEqual([
      ['CDAS', 'PENDING'],
      ['HSEM', 'PENDING'],
      ['PROB', 'PENDING'],
    ]);
    expect(retimed.attendance.every((a: Json) => a.substituteName === null)).toBe(true);
    for (const a of retimed.attendance as Json[]) {
      expect(Date.parse(a.sentAt)).toBeGreaterThan(Date.parse(first.invitationsSentAt));
    }
    expect(Date.parse(retimed.invitationsSentAt)).toBeGreaterThan(
      Date.parse(first.invitationsSentAt),
    );
    // Declan, invited by name, is told again; so is Niamh, who answered for HSEM.
    const again = await told(DECLAN, 'MEETING_RESCHEDULED');
    expect(again).toHaveLength(before + 2);
    expect(again[0]!.message).toContain('please answer the invitation again');
    expect((await told(NIAMH, 'MEETING_RESCHEDULED')).length).toBeGreaterThanOrEqual(2);
    expect(
      nodesOf(ok(await f.query(DECLAN, MY_INVITATIONS)).myMeetingInvitations).find(
        (i: Json) => i.meetingId === id,
      ),
    ).toMatchObject({ scheduledFor: at, place: 'Video call', response: 'PENDING' });
  });

  it('is cancelled with a reason the invitees are told, and nothing more is recorded on it', async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB', 'HSEM']);
    const id = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meetingInput(ids.caseId, {
          scheduledFor: daysFromNow(3),
          invitedKeyWorkers: [{ agencyCode: 'PROB', keyWorkerId: DEMO.staff.declan.id }],
        }),
      }),
    ).scheduleMeeting.id as string;
    ok(await f.query(AOIFE, SEND, { id }));
    const reason = `Service user in hospital this week (${id.slice(0, 8)})`;

    expect(codes(await f.query(DECLAN, CANCEL, { id, reason: 'Not mine to cancel' }))).toEqual([
      'FORBIDDEN',
    ]);
    const blank = await f.query(AOIFE, CANCEL, { id, reason: '  ' });
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(blank.body.errors![0]!.extensions!.field).toBe('reason');

    const cancelled = ok(await f.query(AOIFE, CANCEL, { id, reason })).cancelMeeting;
    expect(cancelled).toEqual({
      id,
      status: 'CANCELLED',
      cancelledAt: expect.any(String),
      cancellationReason: reason,
      outcomeCirculationDueOn: null,
      outcomeCirculationLate: false,
    });

    // Declan, invited by name, is told why.
    const toDeclan = nodesOf(ok(await f.query(DECLAN, NOTIFICATIONS, {})).myNotifications).find(
      (n) => String(n.message).includes(reason),
    );
    expect(toDeclan).toMatchObject({ kind: 'MEETING_CANCELLED', acknowledgedAt: null });
    // HSEM named no one: each of its staff sees it until one of them acknowledges it.
    const hsemNotice = async (who: typeof NIAMH | typeof PADRAIG) =>
      nodesOf(ok(await f.query(who, NOTIFICATIONS, {})).myNotifications).find((n) =>
        String(n.message).includes(reason),
      );
    const toHsem = await hsemNotice(NIAMH);
    expect(toHsem).toMatchObject({ kind: 'MEETING_CANCELLED' });
    expect((await hsemNotice(PADRAIG))?.id).toBe(toHsem!.id);
    ok(
      await f.query(
        PADRAIG,
        `mutation($id: UUID!) { acknowledgeNotification(id: $id) { acknowledgedAt } }`,
        { id: toHsem!.id },
      ),
    );
    expect(await hsemNotice(NIAMH)).toBeUndefined();
    // Aoife cancelled it herself: CDAS, which named no one, is not told.
    expect(
      nodesOf(ok(await f.query(AOIFE, NOTIFICATIONS, { all: true })).myNotifications).some((n) =>
        String(n.message).includes(reason),
      ),
    ).toBe(false);

    // Each invited agency sees its invitation cancelled, and why.
    expect(
      nodesOf(
        ok(
          await f.query(
            DECLAN,
            `{ myMeetingInvitations(first: 100) { edges { node {
              meetingId meetingStatus cancelledAt cancellationReason } } } }`,
          ),
        ).myMeetingInvitations,
      ).find((i: Json) => i.meetingId === id),
    ).toMatchObject({ meetingStatus: 'CANCELLED', cancellationReason: reason });

    // Nothing more is recorded on it, here or at the agencies.
    expect(
      codes(await f.query(DECLAN, RESPOND, { input: { meetingId: id, response: 'ATTENDING' } })),
    ).toEqual(['INVALID_TRANSITION']);
    for (const r of [
      await f.query(AOIFE, CANCEL, { id, reason }),
      await f.query(AOIFE, RESCHEDULE, { input: { meetingId: id, place: 'Video call' } }),
      await f.query(AOIFE, SEND, { id }),
    ]) {
      expect(codes(r)).toEqual(['INVALID_TRANSITION']);
    }
    const request = await f.query(DECLAN, REQUEST, { m: id });
    expect(codes(request)).toEqual(['CONFLICT']);
    expect(request.body.errors![0]!.extensions!.reason).toBe('MEETING_CANCELLED');

    // A meeting already held (minutes saved) is not cancelled.
    const held = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meetingInput(ids.caseId, { invitedAgencyCodes: ['CDAS', 'PROB'] }),
      }),
    ).scheduleMeeting.id as string;
    ok(
      await f.query(AOIFE, MINUTES, {
        input: { meetingId: held, expectedRecordVersion: 0, summary: 'Held' },
      }),
    );
    expect(codes(await f.query(AOIFE, CANCEL, { id: held, reason }))).toEqual([
      'INVALID_TRANSITION',
    ]);
  });

  it('lists an agency’s invitations: meetings to come soonest first, then held or cancelled ones, latest first', async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const at = async (days: number) =>
      ok(
        await f.query(AOIFE, SCHEDULE, {
          input: meetingInput(ids.caseId, {
            reason: 'SERVICE_USER_REQUEST',
            scheduledFor: daysFromNow(days),
            invitedAgencyCodes: ['CDAS', 'PROB'],
          }),
        }),
      ).scheduleMeeting.id as string;
    const [in10, in2, ago3, ago1, in5] = [
      await at(10),
      await at(2),
      await at(-3),
      await at(-1),
      await at(5),
    ];
    ok(await f.query(AOIFE, CANCEL, { id: in5, reason: 'No longer needed' }));
    const whole = nodesOf(ok(await f.query(DECLAN, MY_INVITATIONS)).myMeetingInvitations);
    const listed = whole
      .map((i) => i.meetingId as string)
      .filter((id) => [in10, in2, ago3, ago1, in5].includes(id));
    expect(listed).toEqual([in2, in10, in5, ago1, ago3]);

    // Page by page (two at a time), the same list in the same order: nothing skipped or repeated.
    const PAGE = `query($after: String) { myMeetingInvitations(first: 2, after: $after) {
      edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Json = ok(await f.query(DECLAN, PAGE, { after })).myMeetingInvitations;
      expect(page.edges.length).toBeLessThanOrEqual(2);
      paged.push(...nodesOf<Json>(page).map((i) => i.id as string));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole.map((i) => i.id));

    // A cursor is this list's or nothing: anything else is BAD_USER_INPUT naming `after`.
    const bad = await f.query(DECLAN, PAGE, { after: 'not-a-cursor' });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors![0]!.extensions).toMatchObject({ field: 'after' });
  });
});
