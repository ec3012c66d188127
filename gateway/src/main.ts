import { z } from 'zod';
import {
  ConfigError,
  Directory,
  createLogger,
  envPort,
  parseEnv,
  readPrivateJwk,
  runMain,
} from '@icp/shared';
import { startGateway } from './index';
import { MANIFEST_PATH, SUPERGRAPH_PATH, readSupergraph } from './supergraph-files';

const settings = z.object({
  /** Path of the federation config (directory of agencies, URLs, public keys). */
  FEDERATION_CONFIG: z.string(),
  /** The gateway's private JWK: signs every request it forwards to a subgraph. */
  GATEWAY_PRIVATE_KEY_FILE: z.string(),
  SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_PATH),
  SUPERGRAPH_MANIFEST_PATH: z.string().default(MANIFEST_PATH),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  PORT: envPort(4000),
  HOST: z.string().default('127.0.0.1'),
});

runMain(async () => {
  const env = parseEnv('the gateway', settings);
  const logger = createLogger('gateway');
  let privateKey;
  try {
    privateKey = readPrivateJwk(env.GATEWAY_PRIVATE_KEY_FILE);
  } catch (error) {
    throw new ConfigError(
      `Cannot use GATEWAY_PRIVATE_KEY_FILE: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return startGateway({
    directory: Directory.fromFile(env.FEDERATION_CONFIG, 1000, (err) =>
      logger.error({ err }, 'bad federation config'),
    ),
    privateKey,
    ...readSupergraph(env.SUPERGRAPH_PATH, env.SUPERGRAPH_MANIFEST_PATH),
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    port: env.PORT,
    host: env.HOST,
    logger,
  });
});
