import type { CmModule } from '../kernel/context';
import { ServiceUserDisclosureLogResolver, DisclosureLogResolver } from './disclosure-log.resolver';
import { AgencyDisclosureLogRef, type DisclosureLog } from './disclosure-log.type';
import { DisclosureAuditNewest1764300000002 } from './1764300000002-disclosure-audit-newest';
import { SecurityEvents1764400000029 } from './1764400000029-security-events';
import { caseManagerOfRoutes } from './case-manager-of.routes';

/**
 * Who saw my data: this subgraph's disclosure audit and each agency's, merged (ADR 0020), with
 * the reads each refused (security events, ADR 0029); and, for the agencies, whether a reader is
 * the person's case manager, who reads every agency's part whatever the consents.
 */
export const disclosureLogModule: CmModule = {
  name: 'disclosure-log',
  migrations: [DisclosureAuditNewest1764300000002, SecurityEvents1764400000029],
  resolvers: [ServiceUserDisclosureLogResolver, DisclosureLogResolver],
  routes: caseManagerOfRoutes,
  orphanedTypes: [AgencyDisclosureLogRef],
  consentSubjects: {
    /** The log is its service user's data, held by the agency that asked for it (checked there). */
    DisclosureLog: (log: DisclosureLog) => ({
      serviceUserId: log.serviceUserId,
      holderAgencyCode: log.holderAgencyCode,
    }),
  },
};
