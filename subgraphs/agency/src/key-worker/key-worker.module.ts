import type { AgencyModule } from '../kernel/context';
import { KeyWorker } from './key-worker.entity';
import { KeyWorkerAssignment } from './key-worker-assignment.entity';
import { keyWorkerByIdLoader } from './key-worker.loaders';
import { KeyWorkerService } from './key-worker.service';
import { KeyWorkerAssignmentService } from './key-worker-assignment.service';
import { KeyWorkerResolver, resolveKeyWorkerReference } from './key-worker.resolver';
import {
  KeyWorkerAssignmentResolver,
  keyWorkerAssignmentSubject,
} from './key-worker-assignment.resolver';
import { seedKeyWorkerDemo, upgradeKeyWorkerDemo } from './key-worker.demo';
import { staffStatusRoutes } from './staff-status.routes';
import { StaffManagement1764250000142 } from './1764250000142-staff-management';

declare module '../kernel/context' {
  interface AgencyServices {
    keyWorkers: KeyWorkerService;
    keyWorkerAssignments: KeyWorkerAssignmentService;
  }
  interface AgencyLoaders {
    keyWorkerById: ReturnType<typeof keyWorkerByIdLoader>;
  }
}

/**
 * The agency's staff, managed by its administrator and provisioned at a user's first sign-in,
 * and which of them work with which service users.
 */
export const keyWorkerModule: AgencyModule = {
  name: 'key-worker',
  migrations: [StaffManagement1764250000142],
  entities: [KeyWorker, KeyWorkerAssignment],
  services: {
    keyWorkers: (s) => new KeyWorkerService(s.uow, s.agencyCode, s.logger),
    keyWorkerAssignments: (s) => new KeyWorkerAssignmentService(s.uow, s.agencyCode),
  },
  loaders: {
    keyWorkerById: (ctx) => keyWorkerByIdLoader(ctx.services.dataSource, ctx.agencyCode),
  },
  resolvers: [KeyWorkerResolver, KeyWorkerAssignmentResolver],
  routes: staffStatusRoutes,
  orphanedTypes: [KeyWorker],
  referenceResolvers: {
    KeyWorker: { __resolveReference: resolveKeyWorkerReference },
  },
  consentSubjects: {
    KeyWorkerAssignment: keyWorkerAssignmentSubject,
  },
  seedDemo: seedKeyWorkerDemo,
  upgradeDemo: upgradeKeyWorkerDemo,
};
