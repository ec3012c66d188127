import { DEMO } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import { createCaseWithPlan, inDays, smartGoal } from './support/plan-factory';

/** Input rules (@icp/shared's validation) as a client sees them, through the gateway. */
describe('input validation at the boundary', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start({ agencies: [{ code: 'CDAS' }] });
  });
  afterAll(() => f.close());

  const aoife = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER' as const] };
  const REGISTER = `mutation($input: RegisterServiceUserInput!) {
    registerServiceUser(input: $input) { id givenName }
  }`;

  it('names the first failing field and lists every one', async () => {
    const r = await f.query(aoife, REGISTER, {
      input: { givenName: '  ', familyName: 'x'.repeat(201), dateOfBirth: '1990-02-28' },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors![0]).toMatchObject({
      message: 'givenName needs 1 to 200 characters',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'givenName',
        fields: [
          { field: 'givenName', message: 'givenName needs 1 to 200 characters' },
          { field: 'familyName', message: 'familyName needs 1 to 200 characters' },
        ],
      },
    });
    expect(r.text).not.toMatch(/validationErrors|stacktrace/);
  });

  it('refuses an impossible date before any resolver runs, naming the field by its path', async () => {
    const r = await f.query(aoife, REGISTER, {
      input: { givenName: 'Robin', familyName: 'Kavanagh', dateOfBirth: '1990-02-30' },
    });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors![0]!.extensions).toMatchObject({ field: 'input.dateOfBirth' });
  });

  it('stores what it validated normalised: text trimmed, ids lower-cased', async () => {
    const registered = await f.query(aoife, REGISTER, {
      input: { givenName: '  Robin  ', familyName: ' Kavanagh ' },
    });
    expect(registered.body.data.registerServiceUser.givenName).toBe('Robin');
    const id = String(registered.body.data.registerServiceUser.id);
    const read = await f.query(aoife, `query($id: UUID!) { serviceUser(id: $id) { id } }`, {
      id: id.toUpperCase(),
    });
    expect(read.body.data.serviceUser).toEqual({ id });
  });

  it('names every problem the service finds at once: a goal that is not SMART, a meeting between too few agencies', async () => {
    const { planId, caseId } = await createCaseWithPlan(f, ['CDAS']);
    const goal = await f.query(
      aoife,
      `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { version } }`,
      {
        input: {
          planId,
          expectedVersion: 1,
          changeSummary: 'A goal that is not SMART',
          addGoals: [smartGoal({ statement: 'Housing', measure: '', targetDate: inDays(-1) })],
        },
      },
    );
    expect(codes(goal)).toEqual(['BAD_USER_INPUT']);
    expect(goal.body.errors![0]).toMatchObject({
      message: 'A SMART goal needs a specific statement of at least 10 characters',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'statement',
        fields: [
          {
            field: 'statement',
            message: 'A SMART goal needs a specific statement of at least 10 characters',
          },
          { field: 'measure', message: 'A SMART goal needs a measure: how progress will be known' },
          {
            field: 'targetDate',
            message: 'A goal is time-bound: its target date must be in the future when set',
          },
        ],
      },
    });

    const meeting = await f.query(
      aoife,
      `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      {
        input: {
          caseId,
          reason: 'REVIEW',
          scheduledFor: new Date(Date.now() + 86_400_000).toISOString(),
          place: 'CDAS, Room 2',
          invitedAgencyCodes: ['CDAS'],
          invitedKeyWorkers: [{ agencyCode: 'PROB', keyWorkerId: 'prob-declan' }],
          purpose: 'Review',
          aims: 'Review every action',
          transferId: crypto.randomUUID(),
        },
      },
    );
    expect(codes(meeting)).toEqual(['BAD_USER_INPUT']);
    expect(meeting.body.errors).toHaveLength(1);
    expect(meeting.body.errors![0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'invitedAgencyCodes',
      fields: [
        {
          field: 'invitedAgencyCodes',
          message: 'A care plan meeting is between two or more agencies',
        },
        {
          field: 'invitedKeyWorkers',
          message: 'Key worker prob-declan is not of an invited agency',
        },
        {
          field: 'transferId',
          message: 'Only a CASE_MANAGER_TRANSFER meeting refers to a transfer',
        },
      ],
    });
  });

  it('refuses a malformed nested id before any resolver runs, naming the field by its path', async () => {
    const r = await f.query(
      aoife,
      `mutation($input: CreateCarePlanInput!) { createCarePlan(input: $input) { id } }`,
      {
        input: {
          caseId: DEMO.cases.jamie,
          nextReviewOn: '2099-01-01',
          needs: [{ id: 'not-a-uuid', domain: 'SOCIAL', description: 'A home' }],
        },
      },
    );
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.needs[0].id',
    });
  });

  it('names a nested field as the services always have', async () => {
    const r = await f.query(
      aoife,
      `mutation($input: CreateCarePlanInput!) { createCarePlan(input: $input) { id } }`,
      {
        input: {
          caseId: DEMO.cases.jamie,
          nextReviewOn: '2099-01-01',
          needs: [{ domain: 'SOCIAL', description: '   ' }],
        },
      },
    );
    expect(r.body.errors![0]).toMatchObject({
      message: 'description needs 1 to 2000 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'description' },
    });
  });
});
