import { DEMO } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { AOIFE, createCaseWithPlan } from './support/plan-factory';

const NIAMH_CM = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['CASE_MANAGER' as const] };
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const MINUTES = `mutation($input: RecordMeetingMinutesInput!) { recordMeetingMinutes(input: $input) { id } }`;
const FINALISE = `mutation($id: UUID!, $v: Int!, $closure: MeetingClosureInput) {
  finaliseMeeting(meetingId: $id, expectedPlanVersion: $v, closure: $closure) { id status planVersion } }`;
const PLAN_VERSION = `query($c: UUID!) { case(id: $c) { carePlan { version } } }`;

const ok = <T>(r: GraphQLResponse<T>): T => {
  expect(r.body.errors).toBeUndefined();
  return r.body.data as T;
};

const meeting = (caseId: string, reason: string, extra: Record<string, unknown> = {}) => ({
  caseId,
  reason,
  scheduledFor: new Date(Date.now() - 3_600_000).toISOString(),
  place: 'CDAS, Room 2',
  invitedAgencyCodes: ['CDAS', 'HSEM'],
  purpose: reason === 'CASE_CLOSURE' ? 'Exit meeting' : 'Three-way handover',
  aims: 'Agree what happens next',
  ...extra,
});

describe('transfer and closure meetings', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('completes a transfer when its three-way handover meeting is finalised', async () => {
    const { caseId, serviceUserId } = await createCaseWithPlan(f, ['CDAS', 'HSEM']);
    ok(
      await f.query(
        AOIFE,
        `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
        {
          input: {
            serviceUserId,
            recipientAgencyCode: 'HSEM',
            categories: ['CARE_PLAN_SUMMARY'],
            purpose: 'CASE_MANAGEMENT',
          },
        },
      ),
    );
    const transferId = ok(
      await f.query(
        AOIFE,
        `mutation($c: UUID!) { requestCaseTransfer(input: { caseId: $c, toAgencyCode: "HSEM", toCaseManagerId: "${DEMO.staff.niamh.id}", reason: "Daily contact at the clinic" }) { id } }`,
        { c: caseId },
      ),
    ).requestCaseTransfer.id;
    ok(
      await f.query(NIAMH_CM, `mutation($t: UUID!) { acceptCaseTransfer(transferId: $t) { id } }`, {
        t: transferId,
      }),
    );

    const id = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meeting(caseId, 'CASE_MANAGER_TRANSFER', { transferId, serviceUserAttends: true }),
      }),
    ).scheduleMeeting.id;
    ok(
      await f.query(AOIFE, MINUTES, {
        input: {
          meetingId: id,
          expectedRecordVersion: 0,
          summary: 'Niamh leads from today',
          decisions: ['Weekly clinic review continues'],
        },
      }),
    );
    const version = ok(await f.query(AOIFE, PLAN_VERSION, { c: caseId })).case.carePlan.version;
    expect(ok(await f.query(AOIFE, FINALISE, { id, v: version })).finaliseMeeting.status).toBe(
      'FINALISED',
    );

    const c = ok(
      await f.query(
        NIAMH_CM,
        `query($c: UUID!) { case(id: $c) { leadAgency { code } caseManager { id } transfers { status writtenFollowUp handoverHeldAt } } }`,
        { c: caseId },
      ),
    ).case;
    expect(c.leadAgency.code).toBe('HSEM');
    expect(c.caseManager.id).toBe(DEMO.staff.niamh.id);
    expect(c.transfers).toEqual([
      expect.objectContaining({
        status: 'COMPLETED',
        writtenFollowUp: expect.stringContaining('Niamh leads from today'),
      }),
    ]);
  });

  it('refuses a transfer meeting without the service user, and writes nothing', async () => {
    const { caseId } = await createCaseWithPlan(f, ['CDAS', 'HSEM']);
    const transferId = ok(
      await f.query(
        AOIFE,
        `mutation($c: UUID!) { requestCaseTransfer(input: { caseId: $c, toAgencyCode: "HSEM", toCaseManagerId: "${DEMO.staff.niamh.id}", reason: "x" }) { id } }`,
        { c: caseId },
      ),
    ).requestCaseTransfer.id;
    ok(
      await f.query(NIAMH_CM, `mutation($t: UUID!) { acceptCaseTransfer(transferId: $t) { id } }`, {
        t: transferId,
      }),
    );
    const id = ok(
      await f.query(AOIFE, SCHEDULE, {
        input: meeting(caseId, 'CASE_MANAGER_TRANSFER', { transferId, serviceUserAttends: false }),
      }),
    ).scheduleMeeting.id;
    ok(
      await f.query(AOIFE, MINUTES, {
        input: { meetingId: id, expectedRecordVersion: 0, summary: 'Two-way only' },
      }),
    );
    const version = ok(await f.query(AOIFE, PLAN_VERSION, { c: caseId })).case.carePlan.version;
    const r = await f.query(AOIFE, FINALISE, { id, v: version });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors![0]!.extensions!.reason).toBe('HANDOVER_NOT_THREE_WAY');
    expect(ok(await f.query(AOIFE, PLAN_VERSION, { c: caseId })).case.carePlan.version).toBe(
      version,
    );
  });

  it('closes the case when the closure meeting is finalised with the exit record', async () => {
    const { caseId } = await createCaseWithPlan(f, ['CDAS', 'HSEM']);
    const id = ok(await f.query(AOIFE, SCHEDULE, { input: meeting(caseId, 'CASE_CLOSURE') }))
      .scheduleMeeting.id;
    ok(
      await f.query(AOIFE, MINUTES, {
        input: { meetingId: id, expectedRecordVersion: 0, summary: 'Goals met; exit agreed' },
      }),
    );
    const version = ok(await f.query(AOIFE, PLAN_VERSION, { c: caseId })).case.carePlan.version;
    const missing = await f.query(AOIFE, FINALISE, { id, v: version });
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.body.errors![0]!.extensions!.field).toBe('closure');
    const closure = {
      goalsAchieved: 'Housed; stable',
      futureSupports: 'Aftercare group monthly',
      reEngagementExplained: true,
    };
    expect(
      ok(await f.query(AOIFE, FINALISE, { id, v: version, closure })).finaliseMeeting.status,
    ).toBe('FINALISED');
    const c = ok(
      await f.query(
        AOIFE,
        `query($c: UUID!) { case(id: $c) { status closure { goalsAchieved reEngagementExplained } } }`,
        { c: caseId },
      ),
    ).case;
    expect(c).toEqual({
      status: 'CLOSED',
      closure: { goalsAchieved: 'Housed; stable', reEngagementExplained: true },
    });
  });
});
