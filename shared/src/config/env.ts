import { z } from 'zod';
import { ConfigError } from './federation-config';
import { shutdownTracing } from '../telemetry/tracing';

/** An env var that is a boolean flag: 1/true/yes turn it on. */
export const envFlag = z
  .string()
  .optional()
  .transform((v) => ['1', 'true', 'yes'].includes((v ?? '').toLowerCase()));

export const envPort = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);

/**
 * The settings every server shares for metrics and traces (ADR 0038), spread into each server's
 * own settings: `z.object({ ...own, ...observabilitySettings })`.
 */
export const observabilitySettings = {
  METRICS_TOKEN: z
    .string()
    .min(16, 'use a random token of at least 16 characters')
    .optional()
    .describe(
      'bearer token Prometheus sends to read GET /metrics (unset: /metrics is off in production, open elsewhere)',
    ),
  METRICS_TOKEN_FILE: z
    .string()
    .optional()
    .describe(
      'a file holding the metrics token instead (a mounted secret; re-read when it changes)',
    ),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .string()
    .optional()
    .describe(
      'OpenTelemetry collector (OTLP/HTTP) to send traces to; unset, tracing is off. The other OTEL_* variables apply',
    ),
};

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

/**
 * A server's `--help`: how it is run and every variable of its settings, each marked required or
 * with its default (read from the schema itself, so the text cannot drift from what is parsed),
 * and its description when the schema gives one (`.describe(...)`).
 */
export function envHelp(command: string, summary: string, schema: z.ZodObject): string {
  const rows = Object.entries(schema.shape).map(([name, field]) => {
    const absent = (field as z.ZodType).safeParse(undefined);
    const when = !absent.success
      ? 'required'
      : absent.data === undefined
        ? 'optional'
        : `default ${JSON.stringify(absent.data)}`;
    const description = (field as z.ZodType).description;
    return { name, when, description };
  });
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = rows.map(
    (r) => `  ${r.name.padEnd(width)}  ${r.when}${r.description ? `: ${r.description}` : ''}`,
  );
  return `Usage: ${command}\n\n${summary}\n\nConfigured by environment variables (it takes no options):\n${lines.join('\n')}\n`;
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
          // The last spans are exported before the process ends (a no-op without tracing).
          .then(() => shutdownTracing())
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
