import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { JWK } from 'jose';
import {
  Admission,
  CASE_MANAGEMENT_AUDIENCE,
  commonApolloOptions,
  createHttpApp,
  createLogger,
  importKey,
  listen,
  type Directory,
  type Listening,
  type Logger,
} from '@icp/shared';
import type { GatewayContext } from './request/gateway-context';
import { authenticate } from './auth/authenticate';
import { redisclosureNoticePlugin } from './consent/redisclosure-notice-plugin';
import { AgencyShardDataSource } from './routing/agency-shard-data-source';
import { SignedDataSource } from './routing/signed-data-source';
import { SchemaCheck } from './routing/schema-check';
import { SUBGRAPH_NAMES, type SupergraphManifest } from './supergraph-files';

export { composeSupergraph } from './compose';
export { readSupergraph, SUPERGRAPH_PATH, MANIFEST_PATH } from './supergraph-files';
export type { GatewayContext } from './request/gateway-context';
export { REDISCLOSURE_NOTICE_EXTENSION } from './consent/redisclosure-notice-plugin';

/** Request limits; every option has a default suited to the care-plan API. */
export interface RequestLimits {
  /** default 12 */
  maxDepth?: number;
  /** default 15 */
  maxAliases?: number;
  /** default 5000 */
  maxCost?: number;
  /** default 3000 */
  maxTokens?: number;
}

/**
 * graphql-armor's rules throw by default, which Apollo Server reports as an internal error;
 * reporting through the validation context makes them ordinary GRAPHQL_VALIDATION_FAILED errors.
 */
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

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
  /** Timeout of each subgraph request; default 5000 ms. */
  subgraphTimeoutMs?: number;
  /** How long an agency's schema check holds; default 60 000 ms. */
  schemaCheckTtlMs?: number;
  limits?: RequestLimits;
  /**
   * Client requests executed at once; more wait their turn before planning (issue 13). Default
   * GATEWAY_MAX_IN_FLIGHT, else 8.
   */
  maxInFlight?: number;
  logger?: Logger;
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
  const agencySdlHash = o.manifest.subgraphs[SUBGRAPH_NAMES.agency]?.sdlSha256;
  if (!agencySdlHash)
    throw new Error('The supergraph manifest lacks the agency subgraph; run npm run compose');
  const schemaCheck = new SchemaCheck(agencySdlHash, logger, o.schemaCheckTtlMs);
  const agencies = new AgencyShardDataSource({
    directory: o.directory,
    signing,
    timeoutMs,
    schemaCheck,
  });

  const gateway = new ApolloGateway({
    supergraphSdl: o.supergraphSdl,
    logger,
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
  const limits = o.limits ?? {};
  const common = commonApolloOptions<GatewayContext>(logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...common,
    plugins: [...common.plugins, redisclosureNoticePlugin()],
    parseOptions: { maxTokens: limits.maxTokens ?? 3000 },
    validationRules: [
      maxDepthRule({ n: limits.maxDepth ?? 12, ...reportAsValidationError }),
      maxAliasesRule({ n: limits.maxAliases ?? 15, ...reportAsValidationError }),
      costLimitRule({ maxCost: limits.maxCost ?? 5000, ...reportAsValidationError }),
    ],
  });
  await apollo.start();
  const server = createHttpApp<GatewayContext>({
    apollo,
    health: async () => ({ status: 'ok', service: 'gateway', agencySchemas: schemaCheck.status() }),
    context: async (req) => ({
      identity: await authenticate(req, o.directory),
      disclosedCategories: new Set(),
    }),
    onError: (err) => logger.error({ err }, 'request failed'),
    admission: new Admission(
      o.maxInFlight ?? (Number(process.env.GATEWAY_MAX_IN_FLIGHT) || DEFAULT_MAX_IN_FLIGHT),
    ),
  });
  const listening = await listen(server, o.port ?? 4000, o.host);
  logger.info({ url: listening.url }, 'gateway ready');
  return {
    ...listening,
    apollo,
    agencies,
    close: async () => {
      await listening.close();
      await apollo.stop();
    },
  };
}
