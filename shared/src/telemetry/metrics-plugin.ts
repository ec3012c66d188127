import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { countErrors } from './metrics';

/**
 * Counts the errors of every GraphQL response a server sends by their `extensions.code`
 * (icp_errors_total). Refusals answered before GraphQL runs (401, 413) are counted by the HTTP
 * server itself.
 */
export function errorMetricsPlugin<C extends BaseContext>(service: string): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (errors)
            countErrors(
              service,
              errors.map((e) => e.extensions?.code),
            );
        },
      };
    },
  };
}
