import type { IncomingMessage } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { KeyLike } from 'jose';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import {
  GATEWAY_ISSUER,
  ReplayGuard,
  RequestTokenError,
  verifyRequestToken,
  type ReplayStore,
} from '../identity/request-token';
import type { Identity } from '../identity/identity';
import type { Logger } from '../logging/logger';
import { disclosedCategoriesPlugin } from '../consent/disclosed-categories-plugin';
import { consentEpochPlugin, type ConsentEpoch } from '../consent/consent-epoch';
import { commonApolloOptions } from './apollo-options';
import { disclosureAuditPlugin } from '../audit/audit-plugin';
import type { DisclosureAudit } from '../audit/disclosure-audit-store';
import type { SecurityEvents } from '../audit/security-event-store';
import { createHttpApp, HttpError, type RouteHandler } from './http-server';
import { listen, type Listening } from './listen';
import { errorMetricsPlugin } from '../telemetry/metrics-plugin';

export interface SubgraphServerOptions<C extends BaseContext> {
  schema: GraphQLSchema;
  /** The audience the gateway must sign for: 'case-management' or 'agency:<code>'. */
  audience: string;
  /** The gateway's public key (from the federation config). */
  gatewayKey: () => Promise<KeyLike>;
  /** Builds the request context; `gatewayToken` is the verified token, for on-behalf-of calls. */
  context: (identity: Identity, gatewayToken: string) => Promise<C> | C;
  health: () => Promise<Record<string, unknown>>;
  routes?: Record<string, RouteHandler>;
  logger: Logger;
  /**
   * The subgraph's disclosure audit trail, in its own database: every request that disclosed
   * `@consent` data writes its entries there before its response is sent (disclosureAuditPlugin).
   */
  audit?: DisclosureAudit;
  /**
   * The subgraph's security events (ADR 0029): every request whose reads consent enforcement
   * refused writes them there, with its disclosures (needs `audit`).
   */
  securityEvents?: SecurityEvents;
  /**
   * case-management's consent epoch: bumped after each mutation and stated in every answer, so
   * the gateway can tell agencies how fresh a cached consent decision must be (ADR 0025).
   */
  consentEpoch?: ConsentEpoch;
  /**
   * Where the ids of the gateway tokens used are kept (ADR 0039): the subgraph's database
   * (`PostgresReplayStore`), shared by its replicas. Default: this process's memory.
   */
  replay?: ReplayStore;
}

export function bearer(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() : undefined;
}

export interface RunningSubgraph<
  // TEMPORARY (stricter checks, stage 2): `any` until the subgraphs' Running* types pass their
  // context (RunningSubgraph<CmContext>); ApolloServer is invariant in it, so no other default fits.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  C extends BaseContext = any,
> extends Listening {
  apollo: ApolloServer<C>;
}

/**
 * Serves a subgraph that answers only requests the gateway signed for it: every GraphQL request,
 * `_entities` and `_service` included, needs a valid gateway token bound to the exact body and
 * used once. Only GET /health is open.
 */
export async function startSubgraphServer<C extends BaseContext>(
  o: SubgraphServerOptions<C>,
  port: number,
  host?: string,
): Promise<RunningSubgraph<C>> {
  const common = commonApolloOptions<C>(o.logger);
  const apollo = new ApolloServer<C>({
    schema: o.schema,
    ...common,
    plugins: [
      ...common.plugins,
      // Apollo's default cache-control and inline-trace plugins hook every field of every
      // request (its per-field instrumentation runs whenever a plugin has willResolveField). No
      // answer here is cacheable (every response is `cache-control: no-store`, securityHeaders)
      // and the gateway asks for no federated traces (no Apollo usage reporting): off (ADR 0051).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      errorMetricsPlugin<C>(o.audience), // errors by code (icp_errors_total)
      disclosedCategoriesPlugin<C>(), // the categories disclosed, for the gateway's notice
      ...(o.consentEpoch ? [consentEpochPlugin<C>(o.consentEpoch)] : []),
      // Last: a failed audit write withholds the whole answer, the categories above included.
      ...(o.audit ? [disclosureAuditPlugin<C>(o.audit, o.logger, o.securityEvents)] : []),
    ],
  });
  const replay = o.replay ?? new ReplayGuard();
  await apollo.start();
  const server = createHttpApp<C>({
    apollo,
    health: o.health,
    ...(o.routes ? { routes: o.routes } : {}),
    onError: (err) => o.logger.error({ err }, 'request failed'),
    requestLog: o.logger,
    service: o.audience,
    context: async (req, body) => {
      let identity: Identity;
      const token = bearer(req);
      try {
        identity = await verifyRequestToken({
          token,
          body,
          issuer: GATEWAY_ISSUER,
          audience: o.audience,
          key: await o.gatewayKey(),
          replay,
        });
      } catch (error) {
        if (error instanceof RequestTokenError) {
          o.logger.warn({ reason: error.message }, 'refused unsigned or mis-signed request');
          throw new HttpError(401, 'UNAUTHENTICATED', 'Requests must come through the gateway');
        }
        throw error;
      }
      return o.context(identity, token!);
    },
  });
  const listening = await listen(server, port, host);
  return {
    ...listening,
    apollo,
    close: async () => {
      await listening.close();
      await apollo.stop();
    },
  };
}
