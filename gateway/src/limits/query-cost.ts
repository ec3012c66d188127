import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Arguments that bound the length of a list, when a field has one (`entries(first: 20)`): the
 * list then counts as that many items instead of the assumed size.
 */
export const PAGING_ARGUMENTS = ['first', 'last', 'limit'] as const;

/** What a mutation's root field costs on top of its selection: a write, not a read. */
export const MUTATION_FIELD_COST = 10;

/**
 * The gateway's cost model (ADR 0030), after the GraphQL cost directives' static estimate that
 * Apollo Router's demand control also uses: an object costs 1, a scalar or enum 0, a mutation
 * field 10; a list multiplies the cost of one item (the object and its selection) by its paging
 * argument when it has one, else by `listSize`; a cursor connection's `edges` count its `first`. Nested lists multiply: a list of cases each with
 * a list of actions costs listSize² actions. Introspection costs nothing (it reads no data; it is
 * off in production).
 */
export function costEstimator(listSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 0;
    const nullable = getNullableType(field.type);
    const own = isCompositeType(getNamedType(field.type)) ? 1 : 0;
    const base = type.name === 'Mutation' ? MUTATION_FIELD_COST : own;
    const paged = PAGING_ARGUMENTS.map((a): unknown => args[a]).find(
      (v): v is number => typeof v === 'number',
    );
    if (!isListType(nullable)) {
      // A cursor connection (ADR 0045): its `edges` list counted `listSize` items; it holds `first`.
      if (paged !== undefined && getNamedType(nullable).name.endsWith('Connection')) {
        return base + Math.ceil((childComplexity * Math.max(paged, 0)) / listSize);
      }
      return base + childComplexity;
    }
    const items = paged === undefined ? listSize : Math.max(paged, 0);
    return base - own + items * (own + childComplexity);
  };
}

/**
 * The estimated cost of one operation of a document (graphql-query-complexity walks it, fragments
 * and @skip/@include included). The variables must be valid for the operation: invalid ones
 * throw, as does a document whose expansion is over graphql-query-complexity's node limit.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  o: { operationName?: string | null; variables?: Record<string, unknown>; listSize: number },
): number {
  return getComplexity({
    schema,
    query: document,
    estimators: [costEstimator(o.listSize)],
    ...(o.operationName ? { operationName: o.operationName } : {}),
    variables: o.variables ?? {},
  });
}
