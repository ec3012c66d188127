import { z } from 'zod';
import { ConfigError } from './federation-config';

/** An env var that is a boolean flag: 1/true/yes turn it on. */
export const envFlag = z
  .string()
  .optional()
  .transform((v) => ['1', 'true', 'yes'].includes((v ?? '').toLowerCase()));

export const envPort = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);

/**
 * Reads settings from the environment, refusing to start with one message that names every
 * missing or malformed variable.
 */
export function parseEnv<S extends z.ZodObject>(
  what: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const blankToUndefined = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]),
  );
  const parsed = schema.safeParse(blankToUndefined);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => {
    const name = i.path.join('.');
    return i.code === 'invalid_type' && i.input === undefined
      ? `  - ${name} is required`
      : `  - ${name}: ${i.message}`;
  });
  throw new ConfigError(`Cannot start ${what}; fix these settings:\n${lines.join('\n')}`);
}

/** Runs a server's main(): prints config errors plainly (no stack), and stops cleanly on signals. */
export function runMain(start: () => Promise<{ close(): Promise<void> }>): void {
  start()
    .then((running) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        running
          .close()
          .then(() => process.exit(0))
          .catch((error: unknown) => {
            process.stderr.write(`error while stopping on ${signal}: ${String(error)}\n`);
            process.exit(1);
          });
      };
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
    })
    .catch((error: unknown) => {
      process.stderr.write(
        `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    });
}
