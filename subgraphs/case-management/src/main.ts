// First: tracing hooks `http` and `pg` as they load (ADR 0038).
import { tracing } from './instrument';
import { z } from 'zod';
import {
  ConfigError,
  Directory,
  answerHelp,
  createLogger,
  envFlag,
  envHelp,
  envPort,
  observabilitySettings,
  parseEnv,
  readPrivateJwk,
  runMain,
} from '@icp/shared';
import { startCaseManagement } from './index';

const settings = z.object({
  /** Path of the federation config (directory of agencies, URLs, public keys). */
  FEDERATION_CONFIG: z.string(),
  /**
   * case-management's private JWK: signs its calls to agency instances (is a key worker on the
   * agency's staff?). Its public half is `caseManagement.publicKey` in the directory.
   */
  CASE_MANAGEMENT_PRIVATE_KEY_FILE: z.string().optional(),
  /** A PostgreSQL URL; without it an embedded PGlite database is used. */
  DATABASE_URL: z.string().optional(),
  /** Where the embedded database keeps its files; in memory when absent. */
  DATA_DIR: z.string().optional(),
  PORT: envPort(4001),
  HOST: z.string().default('127.0.0.1'),
  ...observabilitySettings,
  SEED_DEMO: envFlag,
});

answerHelp(
  envHelp(
    'npm run start:case-management',
    'Runs the case-management subgraph: cases, care plans, consents, meetings and the worklist.',
    settings,
  ),
);

runMain(async () => {
  const env = parseEnv('case-management', settings);
  const logger = createLogger('case-management');
  logger.info(
    tracing.enabled ? 'tracing: on, exported by OTLP' : `tracing: off (${tracing.reason})`,
  );
  let privateKey;
  if (env.CASE_MANAGEMENT_PRIVATE_KEY_FILE) {
    try {
      privateKey = readPrivateJwk(env.CASE_MANAGEMENT_PRIVATE_KEY_FILE);
    } catch (error) {
      throw new ConfigError(
        `Cannot use CASE_MANAGEMENT_PRIVATE_KEY_FILE: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  } else {
    logger.warn(
      'CASE_MANAGEMENT_PRIVATE_KEY_FILE is not set: agencies cannot be asked about their staff, so plans naming a key worker are refused',
    );
  }
  return startCaseManagement({
    ...(privateKey ? { privateKey } : {}),
    directory: Directory.fromFile(env.FEDERATION_CONFIG, 1000, (err) =>
      logger.error({ err }, 'bad federation config'),
    ),
    database: {
      ...(env.DATABASE_URL ? { url: env.DATABASE_URL } : {}),
      ...(env.DATA_DIR ? { dataDir: env.DATA_DIR } : {}),
    },
    port: env.PORT,
    host: env.HOST,
    seedDemo: env.SEED_DEMO,
    logger,
  });
});
