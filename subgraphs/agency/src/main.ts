// First: tracing hooks `http` and `pg` as they load (ADR 0038).
import { tracing } from './instrument';
import { z } from 'zod';
import {
  AGENCY_CODE_PATTERN,
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
import { startAgency } from './index';

const settings = z.object({
  /** This instance's agency code, as in the federation directory. */
  AGENCY_CODE: z.string().regex(AGENCY_CODE_PATTERN, 'agency codes are 2-16 capitals or digits'),
  /** Path of the federation config (directory of agencies, URLs, public keys). */
  FEDERATION_CONFIG: z.string(),
  /** The agency's private JWK (from `npm run agency:keys`). */
  AGENCY_PRIVATE_KEY_FILE: z.string(),
  /** A PostgreSQL URL for this agency's own database; without it an embedded PGlite is used. */
  DATABASE_URL: z.string().optional(),
  /** Where the embedded database keeps its files; in memory when absent. */
  DATA_DIR: z.string().optional(),
  /** Overrides the directory's case-management URL (e.g. an internal address). */
  CASE_MANAGEMENT_URL: z.url().optional(),
  PORT: envPort(4100),
  HOST: z.string().default('127.0.0.1'),
  ...observabilitySettings,
  SEED_DEMO: envFlag,
});

answerHelp(
  envHelp(
    'npm run start:agency',
    "Runs one agency's subgraph (its key workers, the delivery of its actions, its part of meetings) on its own database; see the README, Hosting your agency's subgraph.",
    settings,
  ),
);

runMain(async () => {
  const env = parseEnv('the agency subgraph', settings);
  const logger = createLogger('agency', { agency: env.AGENCY_CODE });
  logger.info(
    tracing.enabled ? 'tracing: on, exported by OTLP' : `tracing: off (${tracing.reason})`,
  );
  const directory = Directory.fromFile(env.FEDERATION_CONFIG, 1000, (err) =>
    logger.error({ err }, 'bad federation config'),
  );
  if (!directory.agency(env.AGENCY_CODE)) {
    throw new ConfigError(
      `Agency ${env.AGENCY_CODE} is not in the federation directory ${env.FEDERATION_CONFIG}; ask the federation operator to add the entry printed by npm run agency:keys`,
    );
  }
  let privateKey;
  try {
    privateKey = readPrivateJwk(env.AGENCY_PRIVATE_KEY_FILE);
  } catch (error) {
    throw new ConfigError(
      `Cannot use AGENCY_PRIVATE_KEY_FILE: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return startAgency({
    agencyCode: env.AGENCY_CODE,
    directory,
    privateKey,
    database: {
      ...(env.DATABASE_URL ? { url: env.DATABASE_URL } : {}),
      ...(env.DATA_DIR ? { dataDir: env.DATA_DIR } : {}),
    },
    ...(env.CASE_MANAGEMENT_URL ? { caseManagementUrl: env.CASE_MANAGEMENT_URL } : {}),
    port: env.PORT,
    host: env.HOST,
    seedDemo: env.SEED_DEMO,
    logger,
  });
});
