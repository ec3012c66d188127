import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { OperationTypeNode, getVariableValues } from 'graphql';
import { queryCost } from './query-cost';
import { LIMIT_REASONS, refusal, withDefaults, type RequestLimits } from './request-limits';

/** Whether a JSON value nests objects and arrays deeper than `max` (a scalar is 0, `{}` is 1). */
export function deeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max <= 0) return true;
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => deeperThan(child, max - 1));
}

/**
 * Refuses, with HTTP 400 and a stable code, what the gateway would otherwise answer with a 500 or
 * run at great cost, once the operation is parsed, validated and resolved and before it is
 * planned or executed:
 * - an `operationName` that names no operation of the document (or none given for a document of
 *   several): OPERATION_RESOLUTION_FAILURE, as Apollo Server answers without a gateway;
 * - a subscription (the federation has none): BAD_REQUEST, SUBSCRIPTIONS_UNSUPPORTED;
 * - variables over the size or depth limit: BAD_REQUEST, VARIABLES_TOO_LARGE / VARIABLES_TOO_DEEP;
 * - an operation whose estimated cost (./query-cost) is over the limit: GRAPHQL_VALIDATION_FAILED,
 *   QUERY_TOO_COSTLY.
 */
export function requestLimitsPlugin<C extends BaseContext>(
  limits: RequestLimits = {},
): ApolloServerPlugin<C> {
  const l = withDefaults(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document, schema }) {
          if (!operation) {
            throw refusal(
              request.operationName
                ? `Unknown operation named "${request.operationName}"`
                : 'Must provide operation name if query contains multiple operations',
              'OPERATION_RESOLUTION_FAILURE',
            );
          }
          if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
            throw refusal(
              'Subscriptions are not supported',
              'BAD_REQUEST',
              LIMIT_REASONS.subscription,
            );
          }
          const variables = request.variables ?? {};
          // Depth first: measuring the size serialises the variables, which recurses as deep as
          // they nest (JSON.parse does not, so a 1 MiB body can nest 500 000 levels).
          if (deeperThan(variables, l.maxVariablesDepth)) {
            throw refusal(
              `The variables nest deeper than ${l.maxVariablesDepth} levels`,
              'BAD_REQUEST',
              LIMIT_REASONS.variablesDepth,
            );
          }
          if (Buffer.byteLength(JSON.stringify(variables)) > l.maxVariablesBytes) {
            throw refusal(
              `The variables are larger than ${l.maxVariablesBytes} bytes`,
              'BAD_REQUEST',
              LIMIT_REASONS.variablesSize,
            );
          }
          // Variables that do not fit the operation: the gateway refuses them itself
          // (BAD_USER_INPUT, HTTP 400) before planning anything, so there is nothing to cost.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
          if (coerced.errors) return;
          let cost: number;
          try {
            cost = queryCost(schema, document, {
              operationName: operation.name?.value ?? null,
              variables,
              listSize: l.listSize,
            });
          } catch {
            cost = Infinity; // over graphql-query-complexity's node limit (a fragment bomb)
          }
          if (cost > l.maxCost) {
            const estimate = Number.isFinite(cost) ? `, ${cost},` : '';
            throw refusal(
              `The query's estimated cost${estimate} is over the maximum of ${l.maxCost}`,
              'GRAPHQL_VALIDATION_FAILED',
              LIMIT_REASONS.cost,
            );
          }
        },
      };
    },
  };
}
