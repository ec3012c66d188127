import { DEMO } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import type { Json } from './support/json';

describe('bad input gets a clear error with a stable code', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start({ agencies: [{ code: 'CDAS' }] });
  });
  afterAll(() => f.close());

  const aoife = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER' as const] };

  it('refuses an id that is not a UUID with BAD_USER_INPUT', async () => {
    const r = await f.query(aoife, `{ case(id: "not-a-uuid") { id } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors![0]!.extensions!.field).toBe('id');
  });

  it('answers NOT_FOUND-free null for an unknown case', async () => {
    const r = await f.query(aoife, `{ case(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(r.body).toEqual({ data: { case: null } });
  });

  it('validates consent input and writes nothing on refusal', async () => {
    const grant = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
    const base = {
      serviceUserId: DEMO.serviceUsers.chloe.id,
      recipientAgencyCode: 'CDAS',
      categories: ['IDENTITY'],
      purpose: 'CARE_COORDINATION',
    };
    const before = await f.cm.db.dataSource.query(`SELECT count(*)::int AS n FROM consent`);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, categories: [] }, 'BAD_USER_INPUT'],
      [{ ...base, categories: ['IDENTITY', 'IDENTITY'] }, 'BAD_USER_INPUT'],
      [{ ...base, categories: ['TELEPATHY'] }, 'BAD_USER_INPUT'],
      [{ ...base, recipientAgencyCode: 'NOPE' }, 'BAD_USER_INPUT'],
      [
        { ...base, validFrom: '2030-01-02T00:00:00Z', validUntil: '2030-01-01T00:00:00Z' },
        'BAD_USER_INPUT',
      ],
      [{ ...base, serviceUserId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ];
    for (const [input, code] of cases) {
      const r = await f.query(aoife, grant, { input });
      expect({ input, codes: codes(r) }).toEqual({ input, codes: [code] });
      expect(r.text).not.toMatch(/stacktrace|QueryFailedError|SELECT|INSERT/);
    }
    const after = await f.cm.db.dataSource.query(`SELECT count(*)::int AS n FROM consent`);
    expect(after).toEqual(before);
  });

  it('answers malformed JSON with 400 and a code', async () => {
    const token = await f.token('CDAS', 'cdas-aoife');
    const res = await fetch(f.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses an oversized body with 413', async () => {
    const token = await f.token('CDAS', 'cdas-aoife');
    const res = await fetch(f.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ agencies { code } }`,
        variables: { pad: 'x'.repeat(2 * 1024 * 1024) },
      }),
    });
    expect(res.status).toBe(413);
  });

  it('limits depth, aliases and tokens', async () => {
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: agencies { code }`).join(' ')} }`;
    expect(codes(await f.query(aoife, aliases))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const deep = `{ case(id: "${DEMO.cases.jamie}") { serviceUser { currentCase { serviceUser { currentCase { serviceUser { currentCase { serviceUser { currentCase { serviceUser { currentCase { serviceUser { currentCase { id } } } } } } } } } } } } } }`;
    expect(codes(await f.query(aoife, deep))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const tokens = `{ agencies { ${'code '.repeat(4000)} } }`;
    const r = await f.query(aoife, tokens);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });
});

describe('the query cost limit', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start({
      agencies: [{ code: 'CDAS' }],
      seedDemo: false,
      limits: { maxCost: 60 },
    });
  });
  afterAll(() => f.close());

  it('refuses a query whose estimated cost is over the limit, before running it', async () => {
    const cheap = await f.query({ agency: 'CDAS' }, '{ agencies { code name } }');
    expect(cheap.body.errors).toBeUndefined();
    const fields = 'code name kind';
    const costly = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: agencies { ${fields} }`).join(' ')} }`;
    const r = await f.query({ agency: 'CDAS' }, costly);
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.body.errors![0]!.message).toMatch(/cost/i);
  });
});
