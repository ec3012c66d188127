import type { AgencyModule } from '../kernel/context';
import {
  AgencyDisclosureLog,
  AgencyDisclosureLogResolver,
  agencyDisclosureLogSubject,
  resolveAgencyDisclosureLogReference,
} from './agency-disclosure-log.resolver';
import { DisclosureAuditNewest1764300000100 } from './1764300000100-disclosure-audit-newest';
import { SecurityEvents1764400000129 } from './1764400000129-security-events';
import { caseManagerOfLoader } from './case-manager-of.loader';

declare module '../kernel/context' {
  interface AgencyLoaders {
    /** Whether the reader manages each service user's open case, as case-management says. */
    caseManagerOf: ReturnType<typeof caseManagerOfLoader>;
  }
}

/**
 * This agency's part of a service user's "who saw my data", from its own audit trail, with the
 * reads it refused (security events, ADR 0029).
 */
export const disclosureLogModule: AgencyModule = {
  name: 'disclosure-log',
  migrations: [DisclosureAuditNewest1764300000100, SecurityEvents1764400000129],
  loaders: {
    caseManagerOf: (ctx) =>
      caseManagerOfLoader(ctx.services.credentials, ctx.behalf, ctx.services.logger),
  },
  resolvers: [AgencyDisclosureLogResolver],
  orphanedTypes: [AgencyDisclosureLog],
  referenceResolvers: {
    AgencyDisclosureLog: { __resolveReference: resolveAgencyDisclosureLogReference },
  },
  consentSubjects: {
    AgencyDisclosureLog: agencyDisclosureLogSubject,
  },
};
