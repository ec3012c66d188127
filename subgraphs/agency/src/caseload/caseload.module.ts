import type { AgencyModule } from '../kernel/context';
import { CaseloadService } from './caseload.service';
import { CaseloadResolver, caseloadEntrySubject, caseloadSubject } from './caseload.resolver';

declare module '../kernel/context' {
  interface AgencyServices {
    caseloads: CaseloadService;
  }
}

/** A key worker's caseload: their service users, open actions and what needs attention. */
export const caseloadModule: AgencyModule = {
  name: 'caseload',
  services: {
    caseloads: (s) =>
      new CaseloadService(s.uow, s.agencyCode, s.keyWorkerAssignments, s.caseManagement),
  },
  resolvers: [CaseloadResolver],
  consentSubjects: {
    Caseload: caseloadSubject,
    CaseloadAction: caseloadEntrySubject,
    AttentionItem: caseloadEntrySubject,
  },
};
