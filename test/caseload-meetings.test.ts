import { DEMO } from '@icp/shared';
import { TestFederation, type GraphQLResponse } from './support/test-federation';
import { AOIFE, createCaseWithPlan } from './support/plan-factory';
import { nodesOf } from './support/connections';
import type { Json } from './support/json';

const DECLAN = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER' as const] };
const GRAINNE = { agency: 'PROB', user: DEMO.staff.grainne.id, roles: ['SUPERVISOR' as const] };

const CASELOAD = `{ myCaseload { meetingItemsComplete attention(first: 100) { edges { node {
  kind meetingId meetingAt actionId description } } } } }`;

/** The caseload with its attention list as a plain list (one page holds it all here). */
const flat = (c: Json) => ({ ...c, attention: nodesOf(c.attention) });

const ok = <T>(r: GraphQLResponse<T>): T => {
  expect(r.body.errors).toBeUndefined();
  return r.body.data as T;
};

describe("meetings on a key worker's caseload", () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('lists an unanswered invitation, then the written report due after a refused permission, until it is sent', async () => {
    const { caseId } = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const meetingId = ok(
      await f.query(
        AOIFE,
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            caseId,
            reason: 'REVIEW',
            scheduledFor: new Date(Date.now() + 3 * 86_400_000).toISOString(),
            place: 'CDAS, Room 2',
            invitedAgencyCodes: ['CDAS', 'PROB'],
            invitedKeyWorkers: [{ agencyCode: 'PROB', keyWorkerId: DEMO.staff.declan.id }],
            purpose: 'Quarterly review',
            aims: 'Review every action',
          },
        },
      ),
    ).scheduleMeeting.id as string;
    const before = flat(ok(await f.query(DECLAN, CASELOAD)).myCaseload);
    expect(before.attention.filter((a: Json) => a.meetingId === meetingId)).toEqual([]); // not sent yet
    ok(
      await f.query(
        AOIFE,
        `mutation($id: UUID!) { sendMeetingInvitations(meetingId: $id) { id } }`,
        {
          id: meetingId,
        },
      ),
    );

    const invited = flat(ok(await f.query(DECLAN, CASELOAD)).myCaseload);
    expect(invited.meetingItemsComplete).toBe(true);
    expect(invited.attention).toEqual([
      expect.objectContaining({
        kind: 'MEETING_INVITATION',
        meetingId,
        actionId: null,
        meetingAt: expect.any(String),
      }),
    ]);

    const request = ok(
      await f.query(
        DECLAN,
        `mutation($m: UUID!) { requestMeetingAttendance(meetingId: $m) { id } }`,
        { m: meetingId },
      ),
    ).requestMeetingAttendance.id;
    ok(
      await f.query(
        GRAINNE,
        `mutation($r: UUID!) { decideMeetingAttendance(requestId: $r, approve: false, reason: "Court duty that day") { id } }`,
        { r: request },
      ),
    );
    const due = flat(ok(await f.query(DECLAN, CASELOAD)).myCaseload);
    expect(due.attention).toEqual([
      expect.objectContaining({ kind: 'WRITTEN_REPORT_DUE', meetingId }),
    ]);

    ok(
      await f.query(
        DECLAN,
        `mutation($m: UUID!) { submitWrittenReport(meetingId: $m, contribution: "All appointments kept", issues: "None") { meetingId } }`,
        { m: meetingId },
      ),
    );
    const after = flat(ok(await f.query(DECLAN, CASELOAD)).myCaseload);
    expect(after.attention.filter((a: Json) => a.meetingId === meetingId)).toEqual([]);
  });
});
