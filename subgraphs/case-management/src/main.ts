import { z } from 'zod';
import { Directory, createLogger, envFlag, envPort, parseEnv, runMain } from '@icp/shared';
import { startCaseManagement } from './index';

const settings = z.object({
  /** Path of the federation config (directory of agencies, URLs, public keys). */
  FEDERATION_CONFIG: z.string(),
  /** A PostgreSQL URL; without it an embedded PGlite database is used. */
  DATABASE_URL: z.string().optional(),
  /** Where the embedded database keeps its files; in memory when absent. */
  DATA_DIR: z.string().optional(),
  PORT: envPort(4001),
  HOST: z.string().default('127.0.0.1'),
  SEED_DEMO: envFlag,
});

runMain(async () => {
  const env = parseEnv('case-management', settings);
  const logger = createLogger('case-management');
  return startCaseManagement({
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
