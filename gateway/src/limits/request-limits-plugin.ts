import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { OperationTypeNode, getVariableValues, type DocumentNode } from 'graphql';
import { coercedVariablesOf, variablesShape } from '../request/request-variables';
import { queryCost } from './query-cost';
import { LIMIT_REASONS, refusal, withDefaults, type RequestLimits } from './request-limits';

/**
 * What of the variables an operation's cost can depend on: the cost model (./query-cost) reads
 * only numeric paging arguments (`first`, `last`, `limit`: Int, so a variable given for one is a
 * number or null) and graphql-query-complexity `@skip` / `@include` (Boolean). Strings, lists and
 * input objects (ids, filters, inputs) cannot change it, so they are left out of the key: every
 * read of the same document with other ids costs the same.
 */
export function costKey(operationName: string | null, variables: Record<string, unknown>): string {
  const relevant = Object.entries(variables).filter(
    ([, v]) => v === null || typeof v === 'number' || typeof v === 'boolean',
  );
  return JSON.stringify([operationName, relevant]);
}

/**
 * Costs already estimated, by parsed document (Apollo Server hands every request of the same
 * query text the same document from its cache) and costKey: walking a large document with
 * graphql-query-complexity was a sizeable part of the gateway's own CPU per request (ADR 0047).
 * A few keys per document; a document with more starts over.
 */
class CostCache {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  get(document: DocumentNode, key: string): number | undefined {
    return this.byDocument.get(document)?.get(key);
  }

  set(document: DocumentNode, key: string, cost: number): void {
    let costs = this.byDocument.get(document);
    if (!costs || costs.size >= 64) {
      costs = new Map();
      this.byDocument.set(document, costs);
    }
    costs.set(key, cost);
  }
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
  const costs = new CostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { operation, request, document, schema } = requestContext;
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
          // One walk for depth and a bound on size, depth first: serialising the variables
          // recurses as deep as they nest (JSON.parse does not, so a 1 MiB body can nest 500 000
          // levels), so they are serialised only when the bound says they might be too large.
          const shape = variablesShape(variables, l.maxVariablesDepth);
          if (shape.tooDeep) {
            throw refusal(
              `The variables nest deeper than ${l.maxVariablesDepth} levels`,
              'BAD_REQUEST',
              LIMIT_REASONS.variablesDepth,
            );
          }
          if (
            (shape.maxBytes === undefined || shape.maxBytes > l.maxVariablesBytes) &&
            Buffer.byteLength(JSON.stringify(variables)) > l.maxVariablesBytes
          ) {
            throw refusal(
              `The variables are larger than ${l.maxVariablesBytes} bytes`,
              'BAD_REQUEST',
              LIMIT_REASONS.variablesSize,
            );
          }
          // Variables that do not fit the operation: the gateway refuses them itself
          // (BAD_USER_INPUT, HTTP 400) before planning anything, so there is nothing to cost.
          // Coerced once per request for this plugin and the scalar check, against the API
          // scalars' real parsing (../request/request-variables); what passes there passes the
          // supergraph's scalars, which take any value. Only variables refused there are coerced
          // again for the supergraph: a malformed id still fits it and is costed, as before.
          if (
            coercedVariablesOf(requestContext, operation).errors &&
            getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors
          )
            return;
          const operationName = operation.name?.value ?? null;
          const key = costKey(operationName, variables);
          let cost = costs.get(document, key);
          if (cost === undefined) {
            try {
              cost = queryCost(schema, document, {
                operationName,
                variables,
                listSize: l.listSize,
              });
            } catch {
              cost = Infinity; // over graphql-query-complexity's node limit (a fragment bomb)
            }
            costs.set(document, key, cost);
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
