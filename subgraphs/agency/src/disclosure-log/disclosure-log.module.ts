import type { AgencyModule } from '../kernel/context';
import {
  AgencyDisclosureLog,
  AgencyDisclosureLogResolver,
  agencyDisclosureLogSubject,
  resolveAgencyDisclosureLogReference,
} from './agency-disclosure-log.resolver';

/** This agency's part of a service user's "who saw my data", from its own audit trail. */
export const disclosureLogModule: AgencyModule = {
  name: 'disclosure-log',
  resolvers: [AgencyDisclosureLogResolver],
  orphanedTypes: [AgencyDisclosureLog],
  referenceResolvers: {
    AgencyDisclosureLog: { __resolveReference: resolveAgencyDisclosureLogReference },
  },
  consentSubjects: {
    AgencyDisclosureLog: agencyDisclosureLogSubject,
  },
};
