import type { AgencyModule } from '../kernel/context';
import {
  AgencyDisclosureLog,
  AgencyDisclosureLogResolver,
  agencyDisclosureLogSubject,
  resolveAgencyDisclosureLogReference,
} from './agency-disclosure-log.resolver';
import { DisclosureAuditNewest1764300000100 } from './1764300000100-disclosure-audit-newest';

/** This agency's part of a service user's "who saw my data", from its own audit trail. */
export const disclosureLogModule: AgencyModule = {
  name: 'disclosure-log',
  migrations: [DisclosureAuditNewest1764300000100],
  resolvers: [AgencyDisclosureLogResolver],
  orphanedTypes: [AgencyDisclosureLog],
  referenceResolvers: {
    AgencyDisclosureLog: { __resolveReference: resolveAgencyDisclosureLogReference },
  },
  consentSubjects: {
    AgencyDisclosureLog: agencyDisclosureLogSubject,
  },
};
