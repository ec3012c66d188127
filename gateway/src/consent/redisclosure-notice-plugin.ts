import type { ApolloServerPlugin } from '@apollo/server';
import { redisclosureNotice } from '@icp/shared';
import type { GatewayContext } from '../request/gateway-context';

/** Key of the notice in a client response's `extensions`. */
export const REDISCLOSURE_NOTICE_EXTENSION = 'redisclosureNotice';

/**
 * Adds `extensions.redisclosureNotice` (42 CFR Part 2 §2.32) to a response when any subgraph
 * disclosed substance-use information in answering it, to a holder or under consent. A response
 * without such data (a denied field included) carries none.
 */
export function redisclosureNoticePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const notice = redisclosureNotice(contextValue.disclosedCategories ?? []);
          if (!notice) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [REDISCLOSURE_NOTICE_EXTENSION]: notice };
        },
      };
    },
  };
}
