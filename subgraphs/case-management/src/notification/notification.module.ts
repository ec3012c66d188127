import type { CmModule } from '../kernel/context';
import { Notification } from './notification.entity';
import { NotificationResolver, notificationSubject } from './notification.resolver';
import { NotificationService } from './notification.service';

declare module '../kernel/context' {
  interface CmServices {
    notifications: NotificationService;
  }
}

/** What a case manager is told: referral outcomes, disengagement, emergency accesses. */
export const notificationModule: CmModule = {
  name: 'notification',
  entities: [Notification],
  services: { notifications: (s) => new NotificationService(s.uow) },
  resolvers: [NotificationResolver],
  consentSubjects: { Notification: notificationSubject },
};
