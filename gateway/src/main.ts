// First: tracing hooks `http` and `pg` as they load (ADR 0038).
import { tracing } from './instrument';
import { z } from 'zod';
import {
  ConfigError,
  Directory,
  answerHelp,
  createLogger,
  envHelp,
  envPort,
  observabilitySettings,
  parseEnv,
  readPrivateJwk,
  runMain,
} from '@icp/shared';
import {
  DEFAULT_AGENCY_CIRCUIT,
  parseCorsOrigins,
  readTrustedDocuments,
  startGateway,
} from './index';
import { MANIFEST_PATH, SUPERGRAPH_PATH, readSupergraph } from './supergraph-files';

const settings = z.object({
  /** Path of the federation config (directory of agencies, URLs, public keys). */
  FEDERATION_CONFIG: z.string(),
  /** The gateway's private JWK: signs every request it forwards to a subgraph. */
  GATEWAY_PRIVATE_KEY_FILE: z.string(),
  SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_PATH),
  SUPERGRAPH_MANIFEST_PATH: z.string().default(MANIFEST_PATH),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  AGENCY_CIRCUIT_FAILURES: z.coerce
    .number()
    .int()
    .positive()
    .default(DEFAULT_AGENCY_CIRCUIT.failures)
    .describe('consecutive failed calls to an agency that open its circuit breaker'),
  AGENCY_CIRCUIT_HALF_OPEN_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(DEFAULT_AGENCY_CIRCUIT.halfOpenAfterMs)
    .describe("how long an agency's open circuit fails at once before a probe may close it"),
  PORT: envPort(4000),
  HOST: z.string().default('127.0.0.1'),
  ...observabilitySettings,
  GATEWAY_CORS_ORIGINS: z
    .string()
    .optional()
    .describe(
      'origins whose pages may call the gateway from a browser, comma-separated (default: the web app dev server outside production, none in production)',
    ),
  GATEWAY_HSTS_MAX_AGE: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('send Strict-Transport-Security with this max-age (only behind HTTPS)'),
  GATEWAY_TRUSTED_DOCUMENTS: z
    .string()
    .optional()
    .describe(
      'path of the trusted-documents manifest (persisted-documents.json from npm run codegen); in production the gateway then runs only the operations it lists, by id',
    ),
});

answerHelp(
  envHelp(
    'npm run start:gateway',
    "Runs the gateway: authenticates agencies' users and routes their queries across the federation.",
    settings,
  ),
);

runMain(async () => {
  const env = parseEnv('the gateway', settings);
  const logger = createLogger('gateway');
  logger.info(
    tracing.enabled ? 'tracing: on, exported by OTLP' : `tracing: off (${tracing.reason})`,
  );
  let privateKey;
  try {
    privateKey = readPrivateJwk(env.GATEWAY_PRIVATE_KEY_FILE);
  } catch (error) {
    throw new ConfigError(
      `Cannot use GATEWAY_PRIVATE_KEY_FILE: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let trustedDocuments;
  if (env.GATEWAY_TRUSTED_DOCUMENTS !== undefined) {
    try {
      trustedDocuments = { manifest: readTrustedDocuments(env.GATEWAY_TRUSTED_DOCUMENTS) };
    } catch (error) {
      throw new ConfigError(
        `Cannot use GATEWAY_TRUSTED_DOCUMENTS: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return startGateway({
    directory: Directory.fromFile(env.FEDERATION_CONFIG, 1000, (err) =>
      logger.error({ err }, 'bad federation config'),
    ),
    privateKey,
    ...readSupergraph(env.SUPERGRAPH_PATH, env.SUPERGRAPH_MANIFEST_PATH),
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    agencyCircuit: {
      failures: env.AGENCY_CIRCUIT_FAILURES,
      halfOpenAfterMs: env.AGENCY_CIRCUIT_HALF_OPEN_MS,
    },
    port: env.PORT,
    host: env.HOST,
    ...(env.GATEWAY_CORS_ORIGINS !== undefined
      ? { corsOrigins: parseCorsOrigins(env.GATEWAY_CORS_ORIGINS) }
      : {}),
    ...(env.GATEWAY_HSTS_MAX_AGE
      ? { strictTransportSecurityMaxAge: env.GATEWAY_HSTS_MAX_AGE }
      : {}),
    ...(trustedDocuments ? { trustedDocuments } : {}),
    logger,
  });
});
