import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ConsentContext } from '../consent/consent-guard';
import type { Logger } from '../logging/logger';
import type { DisclosureAudit } from './disclosure-audit-store';

export const AUDIT_UNAVAILABLE_MESSAGE =
  'The disclosure audit could not be written, so the data is withheld; try again later';

/**
 * Writes what a request disclosed to the audit trail before the response leaves the subgraph:
 * Apollo awaits `willSendResponse`, so the entry is committed before a byte of data is sent. If
 * the write fails the data is withheld — the whole response becomes `data: null` and one
 * AUDIT_UNAVAILABLE error — because a disclosure nobody can later account for is exactly what
 * the audit exists to prevent. Requests that disclosed nothing write nothing.
 */
export function disclosureAuditPlugin<C extends BaseContext>(
  audit: DisclosureAudit,
  logger: Logger,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          // The landing page is served with an empty context: nothing to audit.
          const ctx = contextValue as Partial<ConsentContext>;
          const disclosures = ctx.consent?.disclosures;
          if (!ctx.identity || !disclosures || disclosures.length === 0) return;
          try {
            await audit.record(ctx.identity, disclosures);
          } catch (err) {
            logger.error(
              { err, requestId: ctx.identity.requestId },
              'disclosure audit write failed; withholding the response',
            );
            response.body = {
              kind: 'single',
              singleResult: {
                data: null,
                errors: [
                  {
                    message: AUDIT_UNAVAILABLE_MESSAGE,
                    extensions: { code: 'AUDIT_UNAVAILABLE' },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}
