import { DEMO } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';

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
      input: { givenName: '  ', familyName: 'x'.repeat(201), dateOfBirth: '1990-02-30' },
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
          { field: 'dateOfBirth', message: 'dateOfBirth must be a date as YYYY-MM-DD' },
        ],
      },
    });
    expect(r.text).not.toMatch(/validationErrors|stacktrace/);
  });

  it('stores what it validated normalised: text trimmed, ids lower-cased', async () => {
    const registered = await f.query(aoife, REGISTER, {
      input: { givenName: '  Robin  ', familyName: ' Kavanagh ' },
    });
    expect(registered.body.data.registerServiceUser.givenName).toBe('Robin');
    const id = String(registered.body.data.registerServiceUser.id);
    const read = await f.query(aoife, `query($id: ID!) { serviceUser(id: $id) { id } }`, {
      id: id.toUpperCase(),
    });
    expect(read.body.data.serviceUser).toEqual({ id });
  });

  it('names a nested field as the services always have', async () => {
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
    expect(r.body.errors![0]).toMatchObject({
      message: 'needs.id must be a UUID',
      extensions: { code: 'BAD_USER_INPUT', field: 'needs.id' },
    });
  });
});
