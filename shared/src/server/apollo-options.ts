import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createErrorFormatter } from '../errors/format-error';
import type { Logger } from '../logging/logger';

export const isProduction = () => process.env.NODE_ENV === 'production';

/**
 * Apollo Server options shared by every server of the federation: no stack traces, masked
 * internal errors, no field suggestions, CSRF prevention, no batching, no introspection in
 * production, and never Apollo's landing page (Sandbox loads its code and fonts from the
 * internet; the gateway serves its own explorer, from installed files, outside production).
 */
export function commonApolloOptions<C extends BaseContext>(logger: Logger) {
  const production = isProduction();
  return {
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Each process stops its HTTP server, Apollo and database itself, in order (see runMain).
    stopOnTerminationSignals: false,
    introspection: !production,
    formatError: createErrorFormatter((error) => logger.error({ err: error }, 'internal error')),
    plugins: [ApolloServerPluginLandingPageDisabled()],
    logger,
  } satisfies Partial<ApolloServerOptions<C>>;
}
