import type { CmFeature } from '../feature';
import { ServiceUserDisclosureLogResolver, DisclosureLogResolver } from './disclosure-log.resolver';
import { AgencyDisclosureLogRef, type DisclosureLog } from './disclosure-log.type';

export const disclosureLogFeature: CmFeature = {
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
