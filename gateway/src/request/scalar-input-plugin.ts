import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  GraphQLScalarType,
  TypeInfo,
  ValuesOfCorrectTypeRule,
  getVariableValues,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { API_SCALARS, invalidInputDetails, type FieldFailure } from '@icp/shared';

/**
 * The gateway plans from the supergraph, whose custom scalars (`UUID`, `LocalDate`, `DateTime`)
 * take any value: left alone, a malformed id would reach a subgraph and fail there. This plugin
 * checks every argument and variable of the operation against the scalars' real definitions
 * (@icp/shared API_SCALARS, from graphql-scalars) once the operation is validated and before it
 * is planned, and refuses a malformed value with one BAD_USER_INPUT (HTTP 400) naming each
 * argument or variable that is wrong (`field`, and `fields` when several are).
 */
export function scalarInputPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  /** Per schema: its checking schema, and the literal failures of each document seen. */
  const checking = new WeakMap<
    GraphQLSchema,
    { schema: GraphQLSchema; literals: WeakMap<DocumentNode, readonly FieldFailure[]> }
  >();
  const checkingOf = (schema: GraphQLSchema) => {
    let c = checking.get(schema);
    if (!c) {
      c = { schema: withApiScalars(schema), literals: new WeakMap() };
      checking.set(schema, c);
    }
    return c;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const c = checkingOf(schema);
          const s = c.schema;
          // Literals depend on the document alone: checked once per document (Apollo Server
          // keeps parsed documents, so a repeated operation is the same object).
          let literalFailures = c.literals.get(document);
          if (!literalFailures) {
            literalFailures = literalFailuresOf(s, document);
            c.literals.set(document, literalFailures);
          }
          const failures: FieldFailure[] = [...literalFailures];
          // Variables: the variable named, or the path inside it (`range.from`).
          const coerced = getVariableValues(
            s,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
            { maxErrors: 20 },
          );
          for (const error of coerced.errors ?? []) {
            // `Variable "$r" got invalid value "x" at "r.from"; …`: the path when inside one.
            const at = / at "([^"]+)";/.exec(error.message)?.[1];
            const name = /^Variable "\$([^"]+)"/.exec(error.message)?.[1];
            failures.push({ field: at ?? name ?? 'variables', message: error.message });
          }
          if (failures.length === 0) return;
          throw new GraphQLError(failures[0]!.message, {
            extensions: {
              code: 'BAD_USER_INPUT',
              ...invalidInputDetails(failures),
              http: { status: 400 },
            },
          });
        },
      };
    },
  };
}

/** The schema with each API scalar given its real parsing (every other type as it was). */
export function withApiScalars(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.SCALAR_TYPE]: (type) => {
      const real = API_SCALARS[type.name];
      return real ? new GraphQLScalarType({ ...real.toConfig(), name: type.name }) : type;
    },
  });
}

/** The literals written into a document that its scalars refuse, with the argument each is for. */
function literalFailuresOf(s: GraphQLSchema, document: DocumentNode): FieldFailure[] {
  const failures: FieldFailure[] = [];
  const literals: ValidationRule = (context) =>
    ValuesOfCorrectTypeRule(
      // The rule as is, its reports collected with the argument they are for.
      Object.create(context, {
        reportError: {
          value: (error: GraphQLError) =>
            failures.push({
              field: context.getArgument()?.name ?? context.getInputType()?.toString() ?? 'input',
              message: error.message,
            }),
        },
      }) as ValidationContext,
    );
  validate(s, document, [literals], {}, new TypeInfo(s));
  return failures;
}
