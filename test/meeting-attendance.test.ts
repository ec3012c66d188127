import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO, MEETING_RESPONSES_PATH } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { AOIFE, createCaseWithPlan } from './support/plan-factory';
import type { Json } from './support/json';

const DECLAN = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER' as const] };
const GRAINNE = { agency: 'PROB', user: DEMO.staff.grainne.id, roles: ['SUPERVISOR' as const] };
const NIAMH = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['KEY_WORKER' as const] };
const PADRAIG = { agency: 'HSEM', user: DEMO.staff.padraig.id, roles: ['SUPERVISOR' as const] };

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const SEND = `mutation($id: UUID!) { sendMeetingInvitations(meetingId: $id) { invitationsSentAt } }`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
const ATTENDANCE = `query($id: UUID!) { meeting(id: $id) { attendance {
  agency { code } response reportReceived phoneFollowUpDone substituteName
  report { agencyCode meetingId contribution issues submittedAt phoneFollowUpAt } } } }`;
const REQUEST = `mutation($m: UUID!, $n: String) { requestMeetingAttendance(meetingId: $m, note: $n) {
  id meetingId status note keyWorker { id } } }`;
const DECIDE = `mutation($r: UUID!, $a: Boolean!, $why: String) {
  decideMeetingAttendance(requestId: $r, approve: $a, reason: $why) {
    id status refusalReason decidedAt decidedBy { id } } }`;
const REPORT = `mutation($m: UUID!, $c: String!, $i: String!) {
  submitWrittenReport(meetingId: $m, contribution: $c, issues: $i) {
    agencyCode meetingId contribution issues submittedAt phoneFollowUpAt writtenBy { id } } }`;
const FOLLOW_UP = `mutation($m: UUID!, $at: DateTime!, $n: String) {
  recordReportPhoneFollowUp(meetingId: $m, calledAt: $at, note: $n) { phoneFollowUpAt phoneFollowUpNote } }`;
const SUBSTITUTE = `mutation($m: UUID!, $k: ID!, $h: String!) {
  nameMeetingSubstitute(meetingId: $m, substituteKeyWorkerId: $k, handoverNote: $h) {
    meetingId handoverNote namedAt substitute { id name } } }`;
const TO_DECIDE = `query($first: Int, $after: String) {
  attendanceRequestsToDecide(first: $first, after: $after) {
    edges { node { meetingReason meetingAt meetingPlace
      request { id meetingId status note requestedAt keyWorker { id name } } } }
    pageInfo { hasNextPage endCursor } } }`;
const ATTENTION = `{ myCaseload { attention(first: 100) { edges { node {
  kind meetingId attendanceRequestId description } } } } }`;
const WORK = `query($m: UUID!) { myMeetingWork(meetingId: $m) { meetingId
  requests { status refusalReason keyWorker { id } }
  report { contribution issues phoneFollowUpAt }
  substitute { handoverNote substitute { id } } } }`;

const ok = <T>(r: GraphQLResponse<T>): T => {
  expect(r.body.errors).toBeUndefined();
  return r.body.data as T;
};

const meetingInput = (caseId: string, invitedAgencyCodes: string[]) => ({
  caseId,
  reason: 'REVIEW',
  scheduledFor: new Date(Date.now() + 2 * 86_400_000).toISOString(),
  place: 'CDAS, Room 2',
  invitedAgencyCodes,
  purpose: 'Quarterly review of the interagency care plan',
  aims: 'Review every action; agree next steps on housing',
});

describe("each agency's part of a care plan meeting", () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('asks permission, reports in writing with a phone follow-up, names a substitute, all seen by the case manager', async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB', 'HSEM']);
    const id = ok(
      await f.query(AOIFE, SCHEDULE, { input: meetingInput(ids.caseId, ['CDAS', 'PROB', 'HSEM']) }),
    ).scheduleMeeting.id as string;
    ok(await f.query(AOIFE, SEND, { id }));

    // Permission: Declan asks, his supervisor Gráinne refuses, with a reason.
    const request = ok(
      await f.query(DECLAN, REQUEST, { m: id, n: 'Would like to attend' }),
    ).requestMeetingAttendance;
    expect(request).toMatchObject({
      meetingId: id,
      status: 'PENDING',
      note: 'Would like to attend',
      keyWorker: { id: DEMO.staff.declan.id },
    });
    expect(codes(await f.query(DECLAN, REQUEST, { m: id }))).toEqual(['CONFLICT']);
    // Only his own supervisor decides.
    expect(codes(await f.query(DECLAN, DECIDE, { r: request.id, a: false, why: 'x' }))).toEqual([
      'FORBIDDEN',
    ]);
    const noReason = await f.query(GRAINNE, DECIDE, { r: request.id, a: false });
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    const refused = ok(
      await f.query(GRAINNE, DECIDE, { r: request.id, a: false, why: 'Court list that morning' }),
    ).decideMeetingAttendance;
    expect(refused).toMatchObject({
      status: 'REFUSED',
      refusalReason: 'Court list that morning',
      decidedAt: expect.any(String),
      decidedBy: { id: DEMO.staff.grainne.id },
    });
    expect(codes(await f.query(GRAINNE, DECIDE, { r: request.id, a: true }))).toEqual(['CONFLICT']);

    // Refusal changes nothing the case manager sees yet.
    const before = ok(await f.query(AOIFE, ATTENDANCE, { id })).meeting.attendance;
    expect(before.find((a: Json) => a.agency.code === 'PROB')).toMatchObject({
      response: 'PENDING',
      report: null,
    });

    // The follow-up comes after a report only.
    const early = await f.query(DECLAN, FOLLOW_UP, { m: id, at: new Date().toISOString() });
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);

    // Declan cannot attend: a written report, then the phone follow-up before the meeting.
    const report = ok(
      await f.query(DECLAN, REPORT, {
        m: id,
        c: 'Probation supervision is on track; weekly sign-ins kept',
        i: 'Court date next month may clash with the housing viewing',
      }),
    ).submitWrittenReport;
    expect(report).toMatchObject({
      agencyCode: 'PROB',
      meetingId: id,
      submittedAt: expect.any(String),
      phoneFollowUpAt: null,
      writtenBy: { id: DEMO.staff.declan.id },
    });
    expect(codes(await f.query(DECLAN, REPORT, { m: id, c: 'Again', i: 'Again' }))).toEqual([
      'CONFLICT',
    ]);
    // Never before the report it follows up.
    const beforeReport = await f.query(DECLAN, FOLLOW_UP, {
      m: id,
      at: new Date(Date.parse(report.submittedAt) - 60_000).toISOString(),
    });
    expect(codes(beforeReport)).toEqual(['BAD_USER_INPUT']);
    expect(beforeReport.body.errors![0]!.extensions).toMatchObject({
      field: 'calledAt',
      reason: 'BEFORE_REPORT',
    });
    const calledAt = new Date().toISOString();
    const future = await f.query(DECLAN, FOLLOW_UP, {
      m: id,
      at: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    expect(
      ok(
        await f.query(DECLAN, FOLLOW_UP, { m: id, at: calledAt, n: 'Went through the court date' }),
      ).recordReportPhoneFollowUp,
    ).toEqual({ phoneFollowUpAt: calledAt, phoneFollowUpNote: 'Went through the court date' });

    // HSEM sends Pádraig in Niamh's place, with a handover.
    expect(
      codes(await f.query(NIAMH, SUBSTITUTE, { m: id, k: DEMO.staff.padraig.id, h: '  ' })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await f.query(NIAMH, SUBSTITUTE, { m: id, k: DEMO.staff.declan.id, h: 'x' })),
    ).toEqual(['NOT_FOUND']);
    const sub = ok(
      await f.query(NIAMH, SUBSTITUTE, {
        m: id,
        k: DEMO.staff.padraig.id,
        h: 'Methadone at 60mg; next review on the 14th; she prefers morning calls',
      }),
    ).nameMeetingSubstitute;
    expect(sub).toMatchObject({
      meetingId: id,
      namedAt: expect.any(String),
      substitute: { id: DEMO.staff.padraig.id, name: DEMO.staff.padraig.name },
    });

    // The case manager's view of the meeting, and the report text through the invitation.
    const attendance = ok(await f.query(AOIFE, ATTENDANCE, { id })).meeting.attendance;
    const prob = attendance.find((a: Json) => a.agency.code === 'PROB');
    expect(prob).toMatchObject({
      response: 'APOLOGIES_WITH_REPORT',
      reportReceived: true,
      phoneFollowUpDone: true,
      report: {
        agencyCode: 'PROB',
        meetingId: id,
        contribution: 'Probation supervision is on track; weekly sign-ins kept',
        issues: 'Court date next month may clash with the housing viewing',
        submittedAt: expect.any(String),
        phoneFollowUpAt: calledAt,
      },
    });
    expect(attendance.find((a: Json) => a.agency.code === 'HSEM')).toMatchObject({
      response: 'SUBSTITUTE',
      substituteName: DEMO.staff.padraig.name,
      report: null,
    });

    // Each agency reads its own part.
    expect(ok(await f.query(GRAINNE, WORK, { m: id })).myMeetingWork).toEqual({
      meetingId: id,
      requests: [
        {
          status: 'REFUSED',
          refusalReason: 'Court list that morning',
          keyWorker: { id: DEMO.staff.declan.id },
        },
      ],
      report: {
        contribution: 'Probation supervision is on track; weekly sign-ins kept',
        issues: 'Court date next month may clash with the housing viewing',
        phoneFollowUpAt: calledAt,
      },
      substitute: null,
    });
    expect(ok(await f.query(PADRAIG, WORK, { m: id })).myMeetingWork).toMatchObject({
      requests: [],
      report: null,
      substitute: { substitute: { id: DEMO.staff.padraig.id } },
    });

    // HSEM reads the meeting's summary under consent, but not PROB's report without MEETING_RECORDS.
    ok(
      await f.query(AOIFE, GRANT, {
        input: {
          serviceUserId: ids.serviceUserId,
          recipientAgencyCode: 'HSEM',
          categories: ['CARE_PLAN_SUMMARY'],
          purpose: 'CARE_COORDINATION',
          evidenceRef: 'FORM-MEETING-TEST',
        },
      }),
    );
    const foreign = await f.query(
      NIAMH,
      `query($id: UUID!) { meeting(id: $id) { attendance { agency { code } response report { contribution } } } }`,
      { id },
    );
    const probSeen = foreign.body.data.meeting.attendance.find(
      (a: Json) => a.agency.code === 'PROB',
    );
    expect(probSeen).toEqual({
      agency: { code: 'PROB' },
      response: 'APOLOGIES_WITH_REPORT',
      report: null,
    });
    expect(codes(foreign)).toContain('CONSENT_REQUIRED');
  });

  it('refuses an agency that is not invited, and approves attendance for the case manager to see', async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const id = ok(
      await f.query(AOIFE, SCHEDULE, { input: meetingInput(ids.caseId, ['CDAS', 'PROB']) }),
    ).scheduleMeeting.id as string;
    ok(await f.query(AOIFE, SEND, { id }));

    for (const r of [
      await f.query(NIAMH, REPORT, { m: id, c: 'c', i: 'i' }),
      await f.query(NIAMH, REQUEST, { m: id }),
      await f.query(NIAMH, SUBSTITUTE, { m: id, k: DEMO.staff.padraig.id, h: 'handover' }),
      await f.query(NIAMH, WORK, { m: id }),
    ]) {
      expect(codes(r)).toEqual(['FORBIDDEN']);
    }
    expect(codes(await f.query(NIAMH, REQUEST, { m: crypto.randomUUID() }))).toEqual(['FORBIDDEN']);

    const request = ok(await f.query(DECLAN, REQUEST, { m: id })).requestMeetingAttendance;
    expect(
      ok(await f.query(GRAINNE, DECIDE, { r: request.id, a: true })).decideMeetingAttendance,
    ).toMatchObject({ status: 'APPROVED', refusalReason: null });
    const attendance = ok(await f.query(AOIFE, ATTENDANCE, { id })).meeting.attendance;
    expect(attendance.find((a: Json) => a.agency.code === 'PROB')).toMatchObject({
      response: 'ATTENDING',
      reportReceived: false,
      report: null,
    });
  });

  it("lists a supervisor's requests to decide: their key workers' pending ones, a page at a time", async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB', 'HSEM']);
    const meetings: string[] = [];
    for (const days of [5, 3, 4]) {
      const input = {
        ...meetingInput(ids.caseId, ['CDAS', 'PROB', 'HSEM']),
        scheduledFor: new Date(Date.now() + days * 86_400_000).toISOString(),
      };
      const id = ok(await f.query(AOIFE, SCHEDULE, { input })).scheduleMeeting.id as string;
      ok(await f.query(AOIFE, SEND, { id }));
      meetings.push(id);
    }
    const [in5, in3, in4] = meetings as [string, string, string];
    const asked: Record<string, string> = {};
    for (const m of meetings) {
      asked[m] = ok(
        await f.query(DECLAN, REQUEST, { m, n: `Note for ${m}` }),
      ).requestMeetingAttendance.id;
    }
    // HSEM's key worker asks too: for Pádraig, never for Gráinne.
    const hsem = ok(await f.query(NIAMH, REQUEST, { m: in3 })).requestMeetingAttendance.id;
    // A decided request is no longer waiting.
    ok(await f.query(GRAINNE, DECIDE, { r: asked[in4], a: true }));

    const all = ok(await f.query(GRAINNE, TO_DECIDE, { first: 100 })).attendanceRequestsToDecide;
    const mine = all.edges.filter((e: Json) => meetings.includes(e.node.request.meetingId));
    expect(mine.map((e: Json) => e.node.request.id)).toEqual([asked[in3], asked[in5]]);
    expect(mine[0].node).toEqual({
      meetingReason: 'REVIEW',
      meetingAt: expect.any(String),
      meetingPlace: 'CDAS, Room 2',
      request: {
        id: asked[in3],
        meetingId: in3,
        status: 'PENDING',
        note: `Note for ${in3}`,
        requestedAt: expect.any(String),
        keyWorker: { id: DEMO.staff.declan.id, name: DEMO.staff.declan.name },
      },
    });
    expect(all.edges.map((e: Json) => e.node.request.id)).not.toContain(hsem);
    expect(all.pageInfo.hasNextPage).toBe(false);

    // Soonest meeting first, a page at a time.
    const first = ok(await f.query(GRAINNE, TO_DECIDE, { first: 1 })).attendanceRequestsToDecide;
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(all.edges.length > 1);
    const pages = [first.edges[0].node.request.id];
    let after = first.pageInfo.endCursor as string;
    for (let more = first.pageInfo.hasNextPage; more;) {
      const next = ok(
        await f.query(GRAINNE, TO_DECIDE, { first: 1, after }),
      ).attendanceRequestsToDecide;
      pages.push(...next.edges.map((e: Json) => e.node.request.id));
      ({ hasNextPage: more, endCursor: after } = next.pageInfo);
    }
    expect(pages).toEqual(all.edges.map((e: Json) => e.node.request.id));
    expect(codes(await f.query(GRAINNE, TO_DECIDE, { first: 1, after: 'not-a-cursor' }))).toEqual([
      'BAD_USER_INPUT',
    ]);

    // HSEM's supervisor sees his own key worker's request.
    const padraig = ok(
      await f.query(PADRAIG, TO_DECIDE, { first: 100 }),
    ).attendanceRequestsToDecide;
    expect(padraig.edges.map((e: Json) => e.node.request.id)).toContain(hsem);

    // Her caseload's attention list holds one item per request she is to decide.
    const caseload = ok(await f.query(GRAINNE, ATTENTION)).myCaseload.attention.edges.map(
      (e: Json) => e.node,
    );
    const toDecide = caseload.filter(
      (i: Json) => i.kind === 'ATTENDANCE_REQUEST_TO_DECIDE' && meetings.includes(i.meetingId),
    );
    expect(toDecide.map((i: Json) => i.attendanceRequestId)).toEqual([asked[in3], asked[in5]]);
    expect(toDecide[0]).toMatchObject({
      meetingId: in3,
      description: `Decide whether ${DEMO.staff.declan.name} may attend the review meeting`,
    });
    // Declan's own list has no requests to decide.
    const his = ok(await f.query(DECLAN, ATTENTION)).myCaseload.attention.edges;
    expect(his.filter((e: Json) => e.node.kind === 'ATTENDANCE_REQUEST_TO_DECIDE')).toEqual([]);

    // A key worker has nothing to decide: FORBIDDEN, as deciding would be.
    const declan = await f.query(DECLAN, TO_DECIDE, { first: 10 });
    expect(codes(declan)).toEqual(['FORBIDDEN']);
    expect(declan.body.errors![0]!.extensions).toMatchObject({ reason: 'NOT_SUPERVISOR' });
  });
});

describe('when case-management cannot be told', () => {
  let f: TestFederation;
  let proxy: Server;
  let target = '';
  let refuseResponses = true;
  beforeAll(async () => {
    // PROB reaches case-management through a proxy that can refuse its answers to invitations.
    proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (refuseResponses && req.url === MEETING_RESPONSES_PATH) {
          res.writeHead(503).end();
          return;
        }
        const headers: Record<string, string> = {};
        for (const h of ['content-type', 'authorization', 'x-icp-on-behalf-of']) {
          const v = req.headers[h];
          if (typeof v === 'string') headers[h] = v;
        }
        void fetch(new URL(req.url ?? '/', target), {
          method: req.method ?? 'POST',
          headers,
          body: Buffer.concat(chunks),
        })
          .then(async (r) => res.writeHead(r.status).end(Buffer.from(await r.arrayBuffer())))
          .catch(() => res.writeHead(502).end());
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as AddressInfo).port;
    f = await TestFederation.start({
      caseManagementUrlFor: { PROB: `http://127.0.0.1:${port}/graphql` },
    });
    target = f.cm.url;
  });
  afterAll(async () => {
    await f.close();
    await new Promise((resolve) => proxy.close(resolve));
  });

  it('records nothing, and a retry once it answers goes through', async () => {
    const ids = await createCaseWithPlan(f, ['CDAS', 'PROB']);
    const id = ok(
      await f.query(AOIFE, SCHEDULE, { input: meetingInput(ids.caseId, ['CDAS', 'PROB']) }),
    ).scheduleMeeting.id as string;
    const args = { m: id, c: 'On track', i: 'None' };
    expect(codes(await f.query(DECLAN, REPORT, args))).toEqual(['SERVICE_UNAVAILABLE']);
    expect(ok(await f.query(DECLAN, WORK, { m: id })).myMeetingWork.report).toBeNull();
    const seen = ok(await f.query(AOIFE, ATTENDANCE, { id })).meeting.attendance;
    expect(seen.find((a: Json) => a.agency.code === 'PROB')).toMatchObject({
      response: 'PENDING',
      reportReceived: false,
    });

    refuseResponses = false;
    expect(ok(await f.query(DECLAN, REPORT, args)).submitWrittenReport.contribution).toBe(
      'On track',
    );
    const after = ok(await f.query(AOIFE, ATTENDANCE, { id })).meeting.attendance;
    expect(after.find((a: Json) => a.agency.code === 'PROB')).toMatchObject({
      response: 'APOLOGIES_WITH_REPORT',
      reportReceived: true,
    });
  });
});
