import type { GraphQLRequestContext } from '@apollo/server';
import {
  GraphQLScalarType,
  getVariableValues,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { API_SCALARS } from '@icp/shared';

/** The schema with each API scalar given its real parsing (every other type as it was). */
export function withApiScalars(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.SCALAR_TYPE]: (type) => {
      const real = API_SCALARS[type.name];
      return real ? new GraphQLScalarType({ ...real.toConfig(), name: type.name }) : type;
    },
  });
}

const checkingSchemas = new WeakMap<GraphQLSchema, GraphQLSchema>();

/**
 * The gateway's schema with the API scalars' real parsing (`UUID`, `LocalDate`, `DateTime`):
 * the supergraph's own take any value. Built once per schema.
 */
export function checkingSchemaOf(schema: GraphQLSchema): GraphQLSchema {
  let checking = checkingSchemas.get(schema);
  if (!checking) {
    checking = withApiScalars(schema);
    checkingSchemas.set(schema, checking);
  }
  return checking;
}

/** Variables coerced for their operation: the values, or what is wrong with them (≤ 20). */
export type CoercedVariables =
  | { coerced: Record<string, unknown>; errors?: never }
  | { errors: readonly GraphQLError[]; coerced?: never };

/**
 * The last request's coerced variables. Apollo Server calls every plugin's `didResolveOperation`
 * one after the other with the same request context, and neither plugin awaits before asking,
 * so the second asks before any other request can: one slot is enough to share the result, and
 * costs less than a WeakMap entry per request (whose ephemerons the garbage collector walks).
 * A request that finds another's result coerces its own.
 */
let last: { requestContext: object; result: CoercedVariables } | undefined;

/**
 * The request's variables coerced once for its operation against the checking schema
 * (checkingSchemaOf), shared by every plugin that needs them in `didResolveOperation`: the
 * request limits (whether the operation can be costed) and the scalar check (what to refuse).
 * Coercing against the real scalars refuses everything the supergraph's scalars would, and more.
 */
export function coercedVariablesOf(
  requestContext: Pick<GraphQLRequestContext<never>, 'request' | 'schema'>,
  operation: OperationDefinitionNode,
): CoercedVariables {
  if (last?.requestContext === requestContext) return last.result;
  const result: CoercedVariables = getVariableValues(
    checkingSchemaOf(requestContext.schema),
    operation.variableDefinitions ?? [],
    requestContext.request.variables ?? {},
    { maxErrors: 20 },
  );
  last = { requestContext, result };
  return result;
}

/** At most how many bytes a JSON number takes (`-1.2345678901234567e-308`). */
const NUMBER_BYTES = 25;

/**
 * One walk over a request's variables (as parsed from JSON) for both of their limits: whether
 * they nest deeper than `maxDepth` (a scalar is 0, `{}` is 1; the walk never goes further, so a
 * body nesting 500 000 levels costs no more than one at the limit), and a bound on their size as
 * JSON in UTF-8 that is never below the exact size (a UTF-16 code unit is at most 6 bytes, as
 * `\uXXXX`). `undefined` for the bound when a value is not plain JSON (something with `toJSON`):
 * then only serialising tells.
 */
export function variablesShape(
  value: unknown,
  maxDepth: number,
): { tooDeep: boolean; maxBytes: number | undefined } {
  let plain = true;
  let tooDeep = false;
  const walk = (v: unknown, depth: number): number => {
    if (v === null || v === undefined) return 4;
    switch (typeof v) {
      case 'string':
        return 2 + 6 * v.length;
      case 'number':
        return NUMBER_BYTES;
      case 'boolean':
        return 5;
      case 'object':
        break;
      default:
        plain = false;
        return 0;
    }
    if (depth <= 0) {
      tooDeep = true;
      return 0;
    }
    if (typeof (v as { toJSON?: unknown }).toJSON === 'function') plain = false;
    let bytes = 2;
    if (Array.isArray(v)) {
      for (const item of v) {
        bytes += 1 + walk(item, depth - 1);
        if (tooDeep) return 0;
      }
      return bytes;
    }
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      bytes += 2 + 6 * key.length + 2 + walk((v as Record<string, unknown>)[key], depth - 1);
      if (tooDeep) return 0;
    }
    return bytes;
  };
  const maxBytes = walk(value, maxDepth);
  return { tooDeep, maxBytes: plain && !tooDeep ? maxBytes : undefined };
}
