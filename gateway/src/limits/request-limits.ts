import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/** Request limits; every option has a default suited to the care-plan API. */
export interface RequestLimits {
  /** Depth of the selection; default 12. */
  maxDepth?: number;
  /** default 15 */
  maxAliases?: number;
  /** Estimated cost of the operation (./query-cost, ADR 0030); default 5000. */
  maxCost?: number;
  /** The size the cost model assumes for a list without a paging argument; default 10. */
  listSize?: number;
  /** Tokens of the query text; default 3000. */
  maxTokens?: number;
  /** Size of the variables, as JSON in UTF-8; default 256 KiB. */
  maxVariablesBytes?: number;
  /** Nesting of objects and lists in the variables (the variables object is 1); default 10. */
  maxVariablesDepth?: number;
}

export const DEFAULT_REQUEST_LIMITS: Readonly<Required<RequestLimits>> = {
  maxDepth: 12,
  maxAliases: 15,
  maxCost: 5000,
  listSize: 10,
  maxTokens: 3000,
  maxVariablesBytes: 256 * 1024,
  maxVariablesDepth: 10,
};

export function withDefaults(limits: RequestLimits = {}): Required<RequestLimits> {
  const defined = Object.entries(limits).filter(([, v]) => v !== undefined);
  return { ...DEFAULT_REQUEST_LIMITS, ...Object.fromEntries(defined) };
}

/**
 * `extensions.reason` of each refusal by a request limit, beside its code (GRAPHQL_VALIDATION_FAILED
 * for the shape of the query, BAD_REQUEST for the rest): stable, for clients to tell them apart.
 */
export const LIMIT_REASONS = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  cost: 'QUERY_TOO_COSTLY',
  variablesSize: 'VARIABLES_TOO_LARGE',
  variablesDepth: 'VARIABLES_TOO_DEEP',
  subscription: 'SUBSCRIPTIONS_UNSUPPORTED',
} as const;

/** A refusal answered with HTTP 400 before anything runs. */
export function refusal(message: string, code: string, reason?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...(reason ? { reason } : {}), http: { status: 400 } },
  });
}

/**
 * graphql-armor's rules throw by default, which Apollo Server reports as an internal error;
 * reporting through the validation context makes them ordinary GRAPHQL_VALIDATION_FAILED errors
 * (HTTP 400), with the limit named in `extensions.reason`.
 */
const reportAs = (reason: string) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          nodes: error.nodes,
          extensions: { reason },
        }),
      ),
  ],
});

/** The limits on the shape of a query, as validation rules: its depth and its aliases. */
export function queryShapeRules(limits: RequestLimits = {}): ValidationRule[] {
  const l = withDefaults(limits);
  return [
    maxDepthRule({ n: l.maxDepth, ...reportAs(LIMIT_REASONS.depth) }),
    maxAliasesRule({ n: l.maxAliases, ...reportAs(LIMIT_REASONS.aliases) }),
  ];
}
