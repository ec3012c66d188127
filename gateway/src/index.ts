import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { JWK } from 'jose';
import {
  Admission,
  CASE_MANAGEMENT_AUDIENCE,
  commonApolloOptions,
  createHttpApp,
  createLogger,
  errorMetricsPlugin,
  readAgencyCircuitsFrom,
  importKey,
  isProduction,
  listen,
  type Directory,
  type Listening,
  type Logger,
} from '@icp/shared';
import type { GatewayContext } from './request/gateway-context';
import { authenticate } from './auth/authenticate';
import { IdentityProviders, type IdentityProviderOptions } from './auth/identity-providers';
import { corsMiddleware, defaultCorsOrigins } from './browser/cors';
import { explorerMiddleware, installedExplorer } from './browser/explorer';
import { redisclosureNoticePlugin } from './consent/redisclosure-notice-plugin';
import { fhirRoute } from './fhir/fhir-route';
import { queryShapeRules, withDefaults, type RequestLimits } from './limits/request-limits';
import { requestLimitsPlugin } from './limits/request-limits-plugin';
import { scalarInputPlugin } from './request/scalar-input-plugin';
import { trustedDocumentsGate } from './trusted-documents/trusted-documents-plugin';
import type { TrustedDocumentsOptions } from './trusted-documents/trusted-documents';
import { AgencyShardDataSource } from './routing/agency-shard-data-source';
import type { AgencyCircuitSettings } from './routing/agency-circuit';
import { SignedDataSource } from './routing/signed-data-source';
import { SchemaCheck } from './routing/schema-check';
import { SUBGRAPH_NAMES, type SupergraphManifest } from './supergraph-files';

export { composeSupergraph } from './compose';
export {
  readSupergraph,
  SUPERGRAPH_PATH,
  MANIFEST_PATH,
  API_SCHEMA_PATH,
} from './supergraph-files';
export { apiSchemaSdl } from './api-schema';
export type { GatewayContext } from './request/gateway-context';
export { REDISCLOSURE_NOTICE_EXTENSION } from './consent/redisclosure-notice-plugin';
export { CORS_ALLOWED_HEADERS, DEVELOPMENT_CORS_ORIGINS, parseCorsOrigins } from './browser/cors';
export { EXPLORER_ASSET_PATH } from './browser/explorer';
export {
  DEFAULT_REQUEST_LIMITS,
  LIMIT_REASONS,
  queryShapeRules,
  type RequestLimits,
} from './limits/request-limits';
export { queryCost } from './limits/query-cost';
export {
  DEFAULT_AGENCY_CIRCUIT,
  type AgencyCircuitSettings,
  type AgencyCircuitState,
} from './routing/agency-circuit';
export {
  DEFAULT_IDENTITY_PROVIDER_ALGORITHMS,
  IDP_UNAVAILABLE,
  mapProviderRoles,
  type IdentityProviderOptions,
} from './auth/identity-providers';
export {
  PERSISTED_QUERY_NOT_LISTED,
  parseTrustedDocuments,
  readTrustedDocuments,
  type TrustedDocumentManifest,
  type TrustedDocumentsOptions,
} from './trusted-documents/trusted-documents';

/** Client requests the gateway executes at once, by default (GATEWAY_MAX_IN_FLIGHT). */
export const DEFAULT_MAX_IN_FLIGHT = 8;

export interface GatewayOptions {
  directory: Directory;
  /** The gateway's private key: signs every request it forwards. */
  privateKey: JWK;
  supergraphSdl: string;
  manifest: SupergraphManifest;
  /** default 4000; 0 picks a free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /**
   * Timeout of each subgraph request; default 5000 ms. An agency's directory entry may set its
   * own (`timeoutMs`).
   */
  subgraphTimeoutMs?: number;
  /**
   * Each agency's circuit breaker (ADR 0034): consecutive failures that open it, and how long
   * it stays open before a probe. Default DEFAULT_AGENCY_CIRCUIT (3 failures, 10 000 ms).
   */
  agencyCircuit?: AgencyCircuitSettings;
  /** How long an agency's schema check holds; default 60 000 ms. */
  schemaCheckTtlMs?: number;
  /**
   * How long the check of every agency at start waits for one not reachable yet; /health says
   * "starting" (503) until each agency is checked or this has passed. Default 30 000 ms.
   */
  startupCheckGraceMs?: number;
  limits?: RequestLimits;
  /**
   * Trusted documents (ADR 0032): the operations listed by hash; enforced in production, where
   * the gateway then runs nothing else. Default: none (any valid operation runs).
   */
  trustedDocuments?: TrustedDocumentsOptions;
  /**
   * Client requests executed at once; more wait their turn before planning (issue 13). Default
   * GATEWAY_MAX_IN_FLIGHT, else 8.
   */
  maxInFlight?: number;
  logger?: Logger;
  /**
   * How the signing keys of the agencies' own identity providers are fetched and kept (ADR 0033);
   * default jose's: kept 10 minutes, refetched for an unknown key at most every 30 s, 5 s timeout.
   */
  identityProviders?: IdentityProviderOptions;
  /**
   * The origins whose pages may call the gateway from a browser (CORS). Default:
   * GATEWAY_CORS_ORIGINS (comma-separated) when set; else the web app's development server
   * (http://localhost:5173, http://127.0.0.1:5173) outside production, and none in production.
   */
  corsOrigins?: readonly string[];
  /**
   * Serve the GraphQL explorer (GraphiQL, from installed files) at / and to a browser opening
   * the GraphQL endpoint. Default true; it is served only outside production, and only when it
   * is installed (a development dependency).
   */
  explorer?: boolean;
  /**
   * Send Strict-Transport-Security with this max-age (seconds): only when browsers reach the
   * gateway over HTTPS. Default: GATEWAY_HSTS_MAX_AGE, else not sent.
   */
  strictTransportSecurityMaxAge?: number;
}

export interface RunningGateway extends Listening {
  apollo: ApolloServer<GatewayContext>;
  agencies: AgencyShardDataSource;
}

/** Starts the gateway: authenticates agencies' users and routes their queries across the federation. */
export async function startGateway(o: GatewayOptions): Promise<RunningGateway> {
  const logger = o.logger ?? createLogger('gateway');
  const key = await importKey(o.privateKey);
  const signing = async () => ({ key, ...(o.privateKey.kid ? { kid: o.privateKey.kid } : {}) });
  const timeoutMs = o.subgraphTimeoutMs ?? 5000;
  const agencySchema = o.manifest.subgraphs[SUBGRAPH_NAMES.agency];
  if (!agencySchema)
    throw new Error('The supergraph manifest lacks the agency subgraph; run npm run compose');
  if (!agencySchema.sdl)
    logger.warn(
      'the supergraph manifest has no agency SDL (composed by an older release): only agency instances serving exactly the composed schema are served; run npm run compose',
    );
  const schemaCheck = new SchemaCheck(agencySchema, logger, o.schemaCheckTtlMs);
  const agencies = new AgencyShardDataSource({
    directory: o.directory,
    signing,
    timeoutMs,
    schemaCheck,
    ...(o.agencyCircuit ? { circuit: o.agencyCircuit } : {}),
    logger,
  });

  readAgencyCircuitsFrom(() => agencies.circuitStates()); // icp_agency_circuit_open

  const gateway = new ApolloGateway({
    supergraphSdl: o.supergraphSdl,
    logger,
    // Its spans (gateway.request, .plan, .fetch) name the operation and its type only: neither
    // the document (inline literals) nor exceptions (messages quote variables) (ADR 0038).
    telemetry: { includeDocument: false, recordExceptions: false },
    buildService: ({ name }) => {
      if (name === SUBGRAPH_NAMES.agency) return agencies;
      if (name === SUBGRAPH_NAMES.caseManagement) {
        return new SignedDataSource({
          url: () => o.directory.current.caseManagement.url,
          audience: CASE_MANAGEMENT_AUDIENCE,
          signing,
          timeoutMs,
          unavailable: { code: 'SERVICE_UNAVAILABLE', message: 'Case management is unavailable' },
        });
      }
      throw new Error(`Unknown subgraph ${name} in the supergraph`);
    },
  });
  const identityProviders = new IdentityProviders(logger, o.identityProviders);
  const limits = withDefaults(o.limits);
  const common = commonApolloOptions<GatewayContext>(logger);
  const trusted = o.trustedDocuments
    ? trustedDocumentsGate<GatewayContext>(o.trustedDocuments)
    : undefined;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...common,
    plugins: [
      ...(trusted ? [trusted.plugin] : []),
      ...common.plugins,
      errorMetricsPlugin<GatewayContext>('gateway'), // errors by code (icp_errors_total)
      requestLimitsPlugin(limits),
      scalarInputPlugin(), // UUID, LocalDate, DateTime checked before planning (ADR 0045)
      redisclosureNoticePlugin(),
    ],
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: queryShapeRules(limits),
  });
  await apollo.start();
  const wantExplorer = !isProduction() && (o.explorer ?? true);
  const explorerFiles = wantExplorer ? installedExplorer() : undefined;
  if (wantExplorer && !explorerFiles)
    logger.warn('the GraphQL explorer is not installed (npm install), so it is not served');
  const hsts = o.strictTransportSecurityMaxAge ?? Number(process.env.GATEWAY_HSTS_MAX_AGE);
  const admission = new Admission(
    o.maxInFlight ?? (Number(process.env.GATEWAY_MAX_IN_FLIGHT) || DEFAULT_MAX_IN_FLIGHT),
  );
  const corsOrigins = o.corsOrigins ?? defaultCorsOrigins();
  const server = createHttpApp<GatewayContext>({
    apollo,
    ...(hsts > 0 ? { securityHeaders: { strictTransportSecurityMaxAge: hsts } } : {}),
    middleware: [
      // No origin allowed (production's default): no CORS headers to send, so no middleware run
      // per request for it (ADR 0050).
      ...(corsOrigins.length > 0 ? [corsMiddleware(corsOrigins, '/graphql')] : []),
      ...(explorerFiles ? [explorerMiddleware(explorerFiles, '/graphql')] : []),
      // FHIR export (ADR 0041): the caller's own GraphQL operations, through this same server.
      fhirRoute({
        apollo,
        authenticate: (req) => authenticate(req, o.directory, identityProviders),
        admission,
        onError: (err) => logger.error({ err }, 'FHIR export failed'),
      }),
    ],
    health: async () => {
      const { status, agencySchemas, pending } = schemaCheck.health();
      return { status, service: 'gateway', agencySchemas, ...(pending ? { pending } : {}) };
    },
    context: async (req, body) => {
      const identity = await authenticate(req, o.directory, identityProviders);
      trusted?.refuseUnlisted(req, body); // after authentication: 401 says nothing of the manifest
      return { identity, disclosedCategories: new Set() };
    },
    onError: (err) => logger.error({ err }, 'request failed'),
    requestLog: logger,
    service: 'gateway',
    admission,
  });
  // Every agency's schema, checked as the gateway starts listening rather than on first use; /health says "starting" until then.
  schemaCheck
    .checkAtStart(
      o.directory.current.agencies.map((a) => a.code),
      (code) => agencies.sourceFor(code),
      o.startupCheckGraceMs !== undefined ? { graceMs: o.startupCheckGraceMs } : {},
    )
    .catch((err: unknown) => logger.error({ err }, 'checking the agencies at start failed'));
  const listening = await listen(server, o.port ?? 4000, o.host);
  logger.info({ url: listening.url }, 'gateway ready');
  return {
    ...listening,
    apollo,
    agencies,
    close: async () => {
      schemaCheck.stop();
      await listening.close();
      await apollo.stop();
    },
  };
}
