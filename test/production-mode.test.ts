import { DEMO } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';

describe('production mode (NODE_ENV=production)', () => {
  let f: TestFederation;
  const previous = process.env.NODE_ENV;
  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    f = await TestFederation.start({ agencies: [{ code: 'CDAS' }, { code: 'PROB' }] });
  });
  afterAll(async () => {
    await f.close();
    process.env.NODE_ENV = previous;
  });

  const raw = async (init: RequestInit & { headers?: Record<string, string> }, path = '') => {
    const token = await f.token('CDAS', 'cdas-aoife', ['CASE_MANAGER']);
    const res = await fetch(f.url + path, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    });
    return { status: res.status, text: await res.text() };
  };

  it('refuses introspection', async () => {
    const r = await f.query({ agency: 'CDAS' }, '{ __schema { types { name } } }');
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.body.data).toBeUndefined();
  });

  it('hides field suggestions', async () => {
    const r = await f.query({ agency: 'CDAS' }, '{ agencie { code } }');
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(r.text).not.toMatch(/Did you mean/);
  });

  it('never returns stack traces or internal URLs, even when a subgraph is down', async () => {
    await f.stopAgency('PROB');
    const r = await f.query(
      { agency: 'CDAS' },
      `query($id: UUID!) { case(id: $id) { carePlan { actions { delivery { status } } } } }`,
      { id: DEMO.cases.jamie },
    );
    expect(codes(r)).toContain('AGENCY_UNAVAILABLE');
    expect(r.text).not.toMatch(/stacktrace|\bat .+\.js:\d+|127\.0\.0\.1|localhost|http:\/\//);
    const root = await f.query({ agency: 'PROB' }, '{ keyWorkers { id } }');
    expect(root.text).not.toMatch(/stacktrace|127\.0\.0\.1|localhost|http:\/\//);
  });

  it('applies CSRF prevention to simple requests', async () => {
    const r = await raw({ method: 'GET' }, '?query=%7B%20agencies%20%7B%20code%20%7D%20%7D');
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/CSRF/i);
  });

  it('refuses batched requests', async () => {
    const r = await raw({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        { query: '{ agencies { code } }' },
        { query: '{ agencies { name } }' },
      ]),
    });
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/batch/i);
  });

  it('serves no landing page', async () => {
    const r = await raw({ method: 'GET', headers: { accept: 'text/html' } });
    expect(r.text).not.toMatch(/<html/i);
  });
});
