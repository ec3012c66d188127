import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  ValuesOfCorrectTypeRule,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { invalidInputDetails, type FieldFailure } from '@icp/shared';
import { checkingSchemaOf, coercedVariablesOf } from './request-variables';

/**
 * The gateway plans from the supergraph, whose custom scalars (`UUID`, `LocalDate`, `DateTime`)
 * take any value: left alone, a malformed id would reach a subgraph and fail there. This plugin
 * checks every argument and variable of the operation against the scalars' real definitions
 * (@icp/shared API_SCALARS, from graphql-scalars) once the operation is validated and before it
 * is planned, and refuses a malformed value with one BAD_USER_INPUT (HTTP 400) naming each
 * argument or variable that is wrong (`field`, and `fields` when several are).
 */
export function scalarInputPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  /** Per checking schema: the literal failures of each document seen. */
  const literalsBySchema = new WeakMap<
    GraphQLSchema,
    WeakMap<DocumentNode, readonly FieldFailure[]>
  >();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { operation, document, schema } = requestContext;
          if (!operation) return;
          const s = checkingSchemaOf(schema);
          let literals = literalsBySchema.get(s);
          if (!literals) {
            literals = new WeakMap();
            literalsBySchema.set(s, literals);
          }
          // Literals depend on the document alone: checked once per document (Apollo Server
          // keeps parsed documents, so a repeated operation is the same object).
          let literalFailures = literals.get(document);
          if (!literalFailures) {
            literalFailures = literalFailuresOf(s, document);
            literals.set(document, literalFailures);
          }
          // Variables: coerced once per request for every plugin (./request-variables).
          const { errors } = coercedVariablesOf(requestContext, operation);
          if (literalFailures.length === 0 && !errors) return;
          const failures: FieldFailure[] = [...literalFailures];
          for (const error of errors ?? []) {
            // `Variable "$r" got invalid value "x" at "r.from"; …`: the path when inside one.
            const at = / at "([^"]+)";/.exec(error.message)?.[1];
            const name = /^Variable "\$([^"]+)"/.exec(error.message)?.[1];
            failures.push({ field: at ?? name ?? 'variables', message: error.message });
          }
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
