import type { CmModule } from '../kernel/context';
import { EmergencyAccess } from './emergency-access.entity';
import {
  EmergencyAccessResolver,
  ServiceUserEmergencyAccessResolver,
  emergencyAccessSubject,
} from './emergency-access.resolver';
import { EmergencyAccessService } from './emergency-access.service';
import { BoundedBreakGlass1764400000027 } from './1764400000027-bounded-break-glass';

declare module '../kernel/context' {
  interface CmServices {
    emergencyAccess: EmergencyAccessService;
  }
}

/**
 * Emergency (break-glass) access: named, time-limited, notified, reviewed (ADR 0018); open only
 * to agencies the directory allows, coded, and overseen by the rehabilitation co-ordinators
 * (ADR 0027).
 */
export const emergencyAccessModule: CmModule = {
  name: 'emergency-access',
  migrations: [BoundedBreakGlass1764400000027],
  entities: [EmergencyAccess],
  services: {
    emergencyAccess: (s) =>
      new EmergencyAccessService(s.uow, s.serviceUsers, s.notifications, s.directory),
  },
  resolvers: [EmergencyAccessResolver, ServiceUserEmergencyAccessResolver],
  consentSubjects: { EmergencyAccess: emergencyAccessSubject },
};
