import type { CmModule } from '../kernel/context';
import { EmergencyAccess } from './emergency-access.entity';
import {
  EmergencyAccessResolver,
  ServiceUserEmergencyAccessResolver,
  emergencyAccessSubject,
} from './emergency-access.resolver';
import { EmergencyAccessService } from './emergency-access.service';

declare module '../kernel/context' {
  interface CmServices {
    emergencyAccess: EmergencyAccessService;
  }
}

/** Emergency (break-glass) access: named, time-limited, notified, reviewed (ADR 0018). */
export const emergencyAccessModule: CmModule = {
  name: 'emergency-access',
  entities: [EmergencyAccess],
  services: {
    emergencyAccess: (s) => new EmergencyAccessService(s.uow, s.serviceUsers, s.notifications),
  },
  resolvers: [EmergencyAccessResolver, ServiceUserEmergencyAccessResolver],
  consentSubjects: { EmergencyAccess: emergencyAccessSubject },
};
