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

declare module '../kernel/context' {
  interface AgencyServices {
    keyWorkers: KeyWorkerService;
    keyWorkerAssignments: KeyWorkerAssignmentService;
  }
  interface AgencyLoaders {
    keyWorkerById: ReturnType<typeof keyWorkerByIdLoader>;
  }
}

/** The agency's staff and which of them work with which service users. */
export const keyWorkerModule: AgencyModule = {
  name: 'key-worker',
  entities: [KeyWorker, KeyWorkerAssignment],
  services: {
    keyWorkers: (s) => new KeyWorkerService(s.uow, s.agencyCode),
    keyWorkerAssignments: (s) => new KeyWorkerAssignmentService(s.uow, s.agencyCode),
  },
  loaders: {
    keyWorkerById: (ctx) => keyWorkerByIdLoader(ctx.services.dataSource, ctx.agencyCode),
  },
  resolvers: [KeyWorkerResolver, KeyWorkerAssignmentResolver],
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
