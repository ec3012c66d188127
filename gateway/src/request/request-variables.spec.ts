import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { coercedVariablesOf, variablesShape } from './request-variables';

describe('variablesShape', () => {
  it('tells too deep as a scalar is 0 and {} is 1, without walking further', () => {
    expect(variablesShape('x', 0).tooDeep).toBe(false);
    expect(variablesShape({}, 0).tooDeep).toBe(true);
    expect(variablesShape({}, 1).tooDeep).toBe(false);
    expect(variablesShape({ a: [{ b: 1 }] }, 3).tooDeep).toBe(false);
    expect(variablesShape({ a: [{ b: 1 }] }, 2).tooDeep).toBe(true);
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(variablesShape({ deep }, 10)).toEqual({ tooDeep: true, maxBytes: undefined });
  });

  it('bounds the size as JSON in UTF-8 from above', () => {
    const samples: Record<string, unknown>[] = [
      {},
      { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' },
      { s: 'é"\\\n\u0001😀', n: -1.2345678901234567e-308, t: true, z: null, l: [1, null, 'x'] },
      { nested: { a: [{ b: 'Niamh O’Brien' }], c: Number.MAX_VALUE } },
    ];
    for (const v of samples) {
      const { maxBytes } = variablesShape(v, 10);
      expect(maxBytes).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(v)));
    }
  });

  it('gives no bound for what only serialising can size', () => {
    expect(variablesShape({ when: new Date(0) }, 10).maxBytes).toBeUndefined();
  });
});

describe('coercedVariablesOf', () => {
  const schema = buildSchema('scalar UUID type Query { case(id: UUID!): String }');
  const operation = parse('query($id: UUID!) { case(id: $id) }')
    .definitions[0] as OperationDefinitionNode;

  it('coerces once per request, against the real scalars', () => {
    const context = { schema, request: { variables: { id: 'not-a-uuid' } } };
    const first = coercedVariablesOf(context, operation);
    expect(first.errors?.[0]?.message).toMatch(/UUID/);
    expect(coercedVariablesOf(context, operation)).toBe(first);
    const good = { schema, request: { variables: { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' } } };
    expect(coercedVariablesOf(good, operation).coerced).toEqual({
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    });
  });
});
