import type { CmModule } from '../kernel/context';
import { ServiceUserNameKeys1764400000143 } from './1764400000143-service-user-name-keys';
import { ServiceUserSearchResolver, searchResultSubject } from './service-user-search.resolver';
import { ServiceUserSearch } from './service-user-search.service';

declare module '../kernel/context' {
  interface CmServices {
    /** Finds people the agency may see; the case feature's duplicate check at registration. */
    serviceUserSearch: ServiceUserSearch;
  }
}

/**
 * Finding people without exposing them: search by name, date of birth or pseudonym among the
 * people the agency may already see, and the duplicate check at registration (ADR 0036).
 */
export const serviceUserSearchModule: CmModule = {
  name: 'service-user-search',
  migrations: [ServiceUserNameKeys1764400000143],
  services: {
    serviceUserSearch: (s) => new ServiceUserSearch(s.uow, s.directory, s.decider),
  },
  resolvers: [ServiceUserSearchResolver],
  consentSubjects: { ServiceUserSearchResult: searchResultSubject },
};
