import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GraphQLFormattedError } from 'graphql';
import {
  agencyAudience,
  CONSENT_CATEGORIES,
  DISCLOSED_CATEGORIES_EXTENSION,
  readDisclosedCategories,
  type ConsentCategory,
  type Directory,
  type ErrorCode,
  type Logger,
} from '@icp/shared';
import type { GatewayContext } from '../request/gateway-context';
import { SignedDataSource, gatewayContextOf } from './signed-data-source';
import type { SigningKey } from './signing-fetcher';
import type { SchemaCheck } from './schema-check';
import { observeAgencyFetch } from './agency-fetch-telemetry';
import {
  AgencyCircuit,
  type AgencyCircuitSettings,
  type AgencyCircuitState,
} from './agency-circuit';

type Representation = { __typename: string; agencyCode?: unknown } & Record<string, unknown>;

export interface AgencyShardOptions {
  directory: Directory;
  signing: () => Promise<SigningKey>;
  /** Request timeout of an agency whose directory entry sets no `timeoutMs`; default 5000 ms. */
  timeoutMs?: number;
  /** Verifies each instance serves the composed agency schema before it is used. */
  schemaCheck: SchemaCheck;
  /** Each agency's circuit breaker (ADR 0034); default DEFAULT_AGENCY_CIRCUIT. */
  circuit?: AgencyCircuitSettings;
  /** Where the circuits' state changes are logged. */
  logger?: Logger;
}

/** One agency instance as the gateway reaches it: rebuilt when its address or timeout changes. */
export interface AgencyTarget {
  url: string;
  timeoutMs: number;
  source: SignedDataSource;
  circuit: AgencyCircuit;
}

function failure(
  code: ErrorCode,
  agencyCode: string,
  path?: (string | number)[],
): GraphQLFormattedError {
  const message =
    code === 'AUDIT_UNAVAILABLE'
      ? `Agency ${agencyCode} could not audit the disclosure; its data is withheld`
      : code === 'AGENCY_SCHEMA_MISMATCH'
        ? `Agency ${agencyCode} serves a different schema from the federation's; its data is withheld`
        : code === 'AGENCY_UNKNOWN'
          ? `Agency ${agencyCode} is not in the federation directory`
          : `Agency ${agencyCode} is unavailable`;
  return { message, ...(path ? { path } : {}), extensions: { code, agencyCode } };
}

/**
 * One `disclosedCategories` extension for the answers of several agency instances: every
 * category any of them disclosed. Other subgraph extensions are not carried over.
 */
export function mergeDisclosedCategories(
  answers: readonly (Record<string, unknown> | undefined)[],
): Record<string, unknown> | undefined {
  const seen = new Set<ConsentCategory>(answers.flatMap(readDisclosedCategories));
  const categories = CONSENT_CATEGORIES.filter((c) => seen.has(c));
  return categories.length > 0 ? { [DISCLOSED_CATEGORIES_EXTENSION]: categories } : undefined;
}

/**
 * The agency subgraph is composed once but served by one instance per agency. This data source
 * routes each fetch to the right instance: `_entities` representations by the agency code in
 * their key (in parallel, one request per agency, answers and error paths put back in the
 * original order); root operations to the caller's own agency. An agency that is down, slow,
 * unknown or serving another schema yields nulls and an error for its own part only; one that
 * keeps failing has its circuit opened and fails at once until a probe succeeds. The
 * categories each instance disclosed (its `disclosedCategories` extension) are recorded on the
 * request's context as it answers (`SignedDataSource.process`) and merged into the
 * one answer given back.
 */
export class AgencyShardDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly sources = new Map<string, AgencyTarget>();

  constructor(private readonly o: AgencyShardOptions) {}

  /**
   * The data source and circuit breaker of one agency instance, rebuilt (a closed circuit) if
   * its directory URL or timeout changed: an agency moved to a new address is tried at once.
   */
  sourceFor(agencyCode: string): AgencyTarget | undefined {
    const entry = this.o.directory.agency(agencyCode);
    if (!entry) return undefined;
    const timeoutMs = entry.timeoutMs ?? this.o.timeoutMs ?? 5000;
    const cached = this.sources.get(agencyCode);
    if (cached?.url === entry.url && cached.timeoutMs === timeoutMs) return cached;
    const url = entry.url;
    const source = new SignedDataSource({
      url: () => url,
      audience: agencyAudience(agencyCode),
      signing: this.o.signing,
      timeoutMs,
      unavailable: {
        code: 'AGENCY_UNAVAILABLE',
        message: `Agency ${agencyCode} is unavailable`,
        details: { agencyCode },
      },
    });
    // The probe is a fresh schema check: a recovered agency is used only if it answers, and its
    // schema is verified again as it comes back.
    const circuit = new AgencyCircuit(
      agencyCode,
      async () => (await this.o.schemaCheck.recheck(agencyCode, url, source)) !== undefined,
      this.o.circuit,
      this.o.logger,
    );
    const built = { url, timeoutMs, source, circuit };
    this.sources.set(agencyCode, built);
    return built;
  }

  /** The state of each agency's circuit breaker, for agencies the gateway has called. */
  circuitStates(): Record<string, AgencyCircuitState> {
    return Object.fromEntries([...this.sources].map(([code, t]) => [code, t.circuit.state]));
  }

  async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    const representations: unknown = options.request.variables?.representations;
    if (Array.isArray(representations)) {
      return this.processEntities(options, representations as Representation[]);
    }
    return this.processRoot(options);
  }

  /** Root queries and mutations go to the caller's own agency: it writes only its own data. */
  private async processRoot(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    const code = gatewayContextOf(options).identity.agencyCode;
    const result = await this.observedSend(code, options, options.request.variables ?? {});
    return 'failure' in result
      ? { data: null, errors: [failure(result.failure, code)] }
      : result.response;
  }

  private async processEntities(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    representations: Representation[],
  ): Promise<GatewayGraphQLResponse> {
    const groups = new Map<string, number[]>();
    for (const [i, rep] of representations.entries()) {
      const code = typeof rep.agencyCode === 'string' ? rep.agencyCode : '';
      const indices = groups.get(code);
      if (indices) indices.push(i);
      else groups.set(code, [i]);
    }
    const entities: unknown[] = new Array(representations.length).fill(null);
    const errors: GraphQLFormattedError[] = [];
    const extensions: (Record<string, unknown> | undefined)[] = [];
    await Promise.all(
      [...groups].map(async ([code, indices]) => {
        const variables = {
          ...options.request.variables,
          representations: indices.map((i) => representations[i]),
        };
        const result = await this.observedSend(code, options, variables);
        if ('response' in result) extensions.push(result.response.extensions);
        const received: unknown =
          'response' in result ? result.response.data?._entities : undefined;
        if ('failure' in result || !Array.isArray(received) || received.length !== indices.length) {
          // An instance that could not write its disclosure audit answers data: null with
          // AUDIT_UNAVAILABLE: say so at each of its entities, rather than "unavailable".
          const withheld =
            'response' in result &&
            result.response.errors?.some((e) => e.extensions?.code === 'AUDIT_UNAVAILABLE');
          const code_ =
            'failure' in result
              ? result.failure
              : withheld
                ? 'AUDIT_UNAVAILABLE'
                : 'AGENCY_UNAVAILABLE';
          for (const i of indices) errors.push(failure(code_, code, ['_entities', i]));
          return;
        }
        // As many answers as representations (checked above): each goes back to its place.
        received.forEach((entity: unknown, j) => {
          entities[indices[j]!] = entity;
        });
        for (const error of result.response.errors ?? []) {
          const path = error.path ? [...error.path] : undefined;
          if (path?.[0] === '_entities' && typeof path[1] === 'number')
            path[1] = indices[path[1]] ?? path[1];
          errors.push({ ...error, ...(path ? { path } : {}) });
        }
      }),
    );
    // Keep error order stable (by entity index) whatever order the agencies answered in.
    errors.sort((a, b) => Number(a.path?.[1] ?? 0) - Number(b.path?.[1] ?? 0));
    const disclosed = mergeDisclosedCategories(extensions);
    return {
      data: { _entities: entities },
      ...(errors.length > 0 ? { errors } : {}),
      ...(disclosed ? { extensions: disclosed } : {}),
    };
  }

  /** `send`, timed and traced per agency (icp_agency_fetch_duration_seconds, icp_agency_up). */
  private observedSend(
    code: string,
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    variables: Record<string, unknown>,
  ): ReturnType<AgencyShardDataSource['send']> {
    return observeAgencyFetch(code, () => this.send(code, options, variables));
  }

  private async send(
    code: string,
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    variables: Record<string, unknown>,
  ): Promise<{ response: GatewayGraphQLResponse } | { failure: ErrorCode }> {
    const target = this.sourceFor(code);
    if (!target) return { failure: 'AGENCY_UNKNOWN' };
    const { url, source, circuit } = target;
    // A fresh request object per agency, with that agency's representations.
    const request = {
      query: options.request.query,
      operationName: options.request.operationName,
      variables,
      extensions: options.request.extensions,
    } as GraphQLDataSourceProcessOptions<GatewayContext>['request'];
    try {
      // Through the agency's circuit breaker: an unreachable schema check or a failed fetch counts
      // against it; while it is open nothing is sent and this fails at once (ADR 0034).
      return await circuit.call(
        async (): Promise<{ response: GatewayGraphQLResponse } | { failure: ErrorCode }> => {
          const verdict = await this.o.schemaCheck.verify(code, url, source);
          if (verdict === 'unreachable') throw new Error(`agency ${code} is unreachable`);
          if (verdict === 'mismatch') return { failure: 'AGENCY_SCHEMA_MISMATCH' };
          return { response: await source.process({ ...options, request }) };
        },
      );
    } catch {
      return { failure: 'AGENCY_UNAVAILABLE' };
    }
  }
}
