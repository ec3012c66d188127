import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { readConsentEpoch, readDisclosedCategories, type ErrorCode } from '@icp/shared';
import type { GatewayContext } from '../request/gateway-context';
import {
  SIGN_AS_HEADER,
  signAsHeaderValue,
  signingFetcher,
  type SigningKey,
} from './signing-fetcher';

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

/**
 * A subgraph data source that forwards the caller's identity in a token the gateway signs, and
 * turns every transport failure into one clean error: no internal URL, status or stack.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly o: SignedDataSourceOptions) {
    super({ url: o.url() });
    this.fetcher = signingFetcher(o.signing, o.audience, o.timeoutMs ?? 5000) as never;
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    this.url = this.o.url();
    return super.process(options);
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { request } = options;
    const context = gatewayContextOf(options);
    const operationName = clientOperationName(options);
    const consentEpoch = consentEpochSeen.value;
    const identity = {
      ...context.identity,
      ...(operationName ? { operationName } : {}),
      ...(consentEpoch !== undefined ? { consentEpoch } : {}),
    };
    request.http?.headers.set(SIGN_AS_HEADER, signAsHeaderValue(identity));
    request.http?.headers.set('x-request-id', context.identity.requestId);
  }

  /**
   * Records on the request's context the consent categories the subgraph says it disclosed, for
   * the re-disclosure notice. The response is passed on unchanged: Apollo Gateway keeps no
   * subgraph response extension in what it sends the client.
   */
  override didReceiveResponse({
    response,
    context,
  }: {
    response: GatewayGraphQLResponse;
    context: GatewayContext;
  }): GatewayGraphQLResponse {
    for (const category of readDisclosedCategories(response.extensions)) {
      context.disclosedCategories?.add(category);
    }
    const epoch = readConsentEpoch(response.extensions);
    if (epoch !== undefined && epoch > (consentEpochSeen.value ?? -Infinity)) {
      consentEpochSeen.value = epoch;
    }
    return response;
  }

  override didEncounterError(): never {
    throw new GraphQLError(this.o.unavailable.message, {
      extensions: { code: this.o.unavailable.code, ...this.o.unavailable.details },
    });
  }
}
