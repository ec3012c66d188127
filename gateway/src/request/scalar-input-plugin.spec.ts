import { ApolloServer } from '@apollo/server';
import { scalarInputPlugin } from './scalar-input-plugin';

// As the gateway sees them: the supergraph's custom scalars accept anything by themselves.
const typeDefs = `
  scalar UUID
  scalar LocalDate
  scalar DateTime
  input RangeInput { from: DateTime!, on: LocalDate }
  type Query {
    case(id: UUID!): String
    review(caseId: UUID!, on: LocalDate!): String
    log(range: RangeInput): String
  }
`;
const resolvers = { Query: { case: () => 'ran', review: () => 'ran', log: () => 'ran' } };

describe('the gateway refuses malformed UUID, LocalDate and DateTime values before planning', () => {
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [scalarInputPlugin()] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const r = await server.executeOperation({ query, ...(variables ? { variables } : {}) });
    if (r.body.kind !== 'single') throw new Error('expected a single result');
    return { status: r.http.status, ...r.body.singleResult };
  };

  it('names the argument of a malformed literal', async () => {
    const r = await run('{ case(id: "not-a-uuid") }');
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('names every malformed argument at once', async () => {
    const r = await run('{ review(caseId: "x", on: "2026-02-30") }');
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'caseId',
      fields: [
        { field: 'caseId', message: expect.stringContaining('UUID') },
        { field: 'on', message: expect.stringContaining('LocalDate') },
      ],
    });
  });

  it('names the variable of a malformed value, with the path inside it', async () => {
    const r = await run('query($r: RangeInput) { log(range: $r) }', { r: { from: 'yesterday' } });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'r.from' });
  });

  it('lets well-formed values through to the resolvers', async () => {
    const r = await run(
      'query($id: UUID!, $r: RangeInput) { case(id: $id) log(range: $r) review(caseId: $id, on: "2026-12-03") }',
      {
        id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        r: { from: '2026-12-03T09:30:00Z', on: '2026-12-03' },
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ case: 'ran', log: 'ran', review: 'ran' });
  });
});
