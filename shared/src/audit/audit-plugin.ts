import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ConsentContext } from '../consent/consent-guard';
import type { Logger } from '../logging/logger';
import type { DisclosureAudit } from './disclosure-audit-store';
import type { SecurityEvents } from './security-event-store';

export const AUDIT_UNAVAILABLE_MESSAGE =
  'The disclosure audit could not be written, so the data is withheld; try again later';

/**
 * Writes what a request disclosed to the audit trail before the response leaves the subgraph:
 * Apollo awaits `willSendResponse`, so the entry is committed before a byte of data is sent. If
 * the write fails the data is withheld — the whole response becomes `data: null` and one
 * AUDIT_UNAVAILABLE error — because a disclosure nobody can later account for is exactly what
 * the audit exists to prevent. Requests that disclosed nothing write nothing.
 *
 * With `securityEvents`, the request's refused reads are written too, at the same moment, to
 * their own chain (ADR 0029). A failure there is logged but withholds nothing: a refused read
 * disclosed nothing, so no answer is left unaccounted for.
 */
export function disclosureAuditPlugin<C extends BaseContext>(
  audit: DisclosureAudit,
  logger: Logger,
  securityEvents?: SecurityEvents,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          // A context without an identity (none reaches GraphQL today) has nothing to audit.
          const ctx = contextValue as Partial<ConsentContext>;
          const identity = ctx.identity;
          if (!identity) return;
          const disclosures = ctx.consent?.disclosures ?? [];
          const denials = ctx.consent?.denials ?? [];
          const events =
            securityEvents && denials.length > 0
              ? securityEvents.record(identity, denials).catch((err: unknown) => {
                  logger.error(
                    { err, requestId: identity.requestId, denials },
                    'security event write failed; the refused reads are logged here instead',
                  );
                })
              : undefined;
          try {
            if (disclosures.length > 0) await audit.record(identity, disclosures);
          } catch (err) {
            logger.error(
              { err, requestId: identity.requestId },
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
          } finally {
            await events;
          }
        },
      };
    },
  };
}
