import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs (pino). Level from LOG_LEVEL (default info; silent under jest unless
 * LOG_LEVEL is set). Authorization headers and tokens are redacted.
 */
export function createLogger(name: string, bindings: Record<string, unknown> = {}): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info');
  return pino({
    name,
    level,
    base: { service: name, ...bindings },
    redact: ['req.headers.authorization', 'token', '*.token'],
  });
}
