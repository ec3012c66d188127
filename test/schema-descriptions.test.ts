import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { apiSchemaSdl } from '@icp/gateway';

/** Every element of the API without a description, as `Type`, `Type.field`, `Type.field(arg)`. */
function undocumented(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  need(type.name, type.description);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      need(`${type.name}.${field.name}`, field.description);
      for (const arg of field.args)
        need(`${type.name}.${field.name}(${arg.name})`, arg.description);
    }
  } else if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      need(`${type.name}.${field.name}`, field.description);
    }
  } else if (isEnumType(type)) {
    for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

describe('the API schema documents itself for a frontend developer', () => {
  // The supergraph as composed and committed (composition.test.ts fails when it is stale).
  const supergraph = readFileSync(join(__dirname, '..', 'gateway', 'supergraph.graphql'), 'utf8');
  const api = buildSchema(apiSchemaSdl(supergraph));
  const types = Object.values(api.getTypeMap()).filter(
    (t) => !isIntrospectionType(t) && !isSpecifiedScalarType(t),
  );

  it('has the types it should (a sanity check of the walk)', () => {
    expect(types.length).toBeGreaterThan(100);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing = types.flatMap(undocumented);
    expect(missing).toEqual([]);
  });
});
