import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { readConsentEpoch, readDisclosedCategories, type ErrorCode } from '@icp/shared';
import type { GatewayContext } from '../request/gateway-context';
import { postSigned, type SigningKey } from './signing-fetcher';

export interface SignedDataSourceOptions {
  /** Where the subgraph is; read per request, so directory changes apply without a restart. */
  url: () => string;
  /** The audience the subgraph verifies: 'case-management' or 'agency:<code>'. */
  audience: string;
  signing: () => Promise<SigningKey>;
  /** default 5000 */
  timeoutMs?: number;
  /** The error clients see when this subgraph cannot be reached or refuses the gateway. */
  unavailable: { code: ErrorCode; message: string; details?: Record<string, string> };
}

/**
 * The operation name the client sent (or, for a document with one named operation and no name
 * given, that operation's name): what the disclosure audit records. The subgraph itself only
 * sees the query plan's generated fetch names.
 */
export function clientOperationName(
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
): string | undefined {
  // Health checks and schema loads have no incoming request (the enum of kinds is not exported).
  if (!('incomingRequestContext' in options)) return undefined;
  const incoming = options.incomingRequestContext;
  return incoming.operationName ?? incoming.request.operationName ?? undefined;
}

/**
 * The gateway's context of a subgraph request. A client operation carries its request's; the only
 * other requests sent, SchemaCheck's health checks, are given one of the gateway's own, though
 * Apollo types theirs as a plain record.
 */
export function gatewayContextOf(
  options: GraphQLDataSourceProcessOptions<GatewayContext>,
): GatewayContext {
  return 'incomingRequestContext' in options
    ? options.context
    : (options.context as GatewayContext);
}

/**
 * The highest consent epoch case-management has stated in an answer to this process (ADR 0025).
 * Every hop the gateway signs carries it (`cep`), so an agency never uses a consent decision made
 * before a change whose answer the gateway had already passed on. One per process: a gateway is
 * one process, and a higher value only makes agencies ask again.
 */
export const consentEpochSeen = { value: undefined as number | undefined };

/** Subgraph answers the data source reads as JSON (what RemoteGraphQLDataSource accepts). */
const JSON_ANSWER = /^application\/(graphql-response\+)?json/;

/**
 * A subgraph data source that forwards the caller's identity in a token the gateway signs, and
 * turns every transport failure into one clean error: no internal URL, status or stack.
 *
 * It implements Apollo's GraphQLDataSource itself rather than extending RemoteGraphQLDataSource:
 * that class builds node-fetch `Headers` and a `Request` on every hop (only for its error hooks)
 * and would carry the identity to the fetcher in a header to be parsed again: about 33 µs of CPU
 * per hop (ADR 0053; docs/benchmarks.md, "What a gateway costs on its own"). What this sends is what the stock class sent: a POST of
 * `{ query, variables, operationName, extensions }` as JSON; an answer other than a 2xx JSON
 * object is the subgraph's failure. Subgraph cache-control headers are not read: the gateway's
 * answers are never cacheable (`no-store`).
 */
export class SignedDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly o: SignedDataSourceOptions) {}

  async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<GatewayGraphQLResponse> {
    const { query, variables, operationName, extensions } = options.request;
    const context = gatewayContextOf(options);
    const clientOperation = clientOperationName(options);
    const consentEpoch = consentEpochSeen.value;
    const identity = {
      ...context.identity,
      ...(clientOperation ? { operationName: clientOperation } : {}),
      ...(consentEpoch !== undefined ? { consentEpoch } : {}),
    };
    let response: GatewayGraphQLResponse;
    try {
      if (!query) throw new Error('no query to send');
      const res = await postSigned(this.o.url(), {
        identity,
        body: JSON.stringify({ query, variables, operationName, extensions }),
        signing: this.o.signing,
        audience: this.o.audience,
        timeoutMs: this.o.timeoutMs ?? 5000,
        headers: {
          'content-type': 'application/json',
          'x-request-id': context.identity.requestId,
        },
      });
      if (!res.ok || !JSON_ANSWER.test(res.headers.get('content-type') ?? ''))
        throw new Error(`the subgraph answered ${res.status}`);
      const body: unknown = await res.json();
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new Error('the subgraph answered no JSON object');
      response = body;
    } catch {
      throw new GraphQLError(this.o.unavailable.message, {
        extensions: { code: this.o.unavailable.code, ...this.o.unavailable.details },
      });
    }
    this.recordDisclosures(response, context);
    return response;
  }

  /**
   * Records on the request's context the consent categories the subgraph says it disclosed, for
   * the re-disclosure notice, and the highest consent epoch seen. The response is passed on
   * unchanged: Apollo Gateway keeps no subgraph response extension in what it sends the client.
   */
  private recordDisclosures(response: GatewayGraphQLResponse, context: GatewayContext): void {
    for (const category of readDisclosedCategories(response.extensions)) {
      context.disclosedCategories?.add(category);
    }
    const epoch = readConsentEpoch(response.extensions);
    if (epoch !== undefined && epoch > (consentEpochSeen.value ?? -Infinity)) {
      consentEpochSeen.value = epoch;
    }
  }
}
