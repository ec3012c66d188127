import type { CmModule } from '../kernel/context';
import { ServiceUserDisclosureLogResolver, DisclosureLogResolver } from './disclosure-log.resolver';
import { AgencyDisclosureLogRef, type DisclosureLog } from './disclosure-log.type';
import { DisclosureAuditNewest1764300000002 } from './1764300000002-disclosure-audit-newest';

/** Who saw my data: this subgraph's disclosure audit and each agency's, merged (ADR 0020). */
export const disclosureLogModule: CmModule = {
  name: 'disclosure-log',
  migrations: [DisclosureAuditNewest1764300000002],
  resolvers: [ServiceUserDisclosureLogResolver, DisclosureLogResolver],
  orphanedTypes: [AgencyDisclosureLogRef],
  consentSubjects: {
    /** The log is its service user's data, held by the agency that asked for it (checked there). */
    DisclosureLog: (log: DisclosureLog) => ({
      serviceUserId: log.serviceUserId,
      holderAgencyCode: log.holderAgencyCode,
    }),
  },
};
