import type { CmModule } from '../kernel/context';
import { Notification } from './notification.entity';
import { NotificationResolver, notificationSubject } from './notification.resolver';
import { NotificationService } from './notification.service';
import { AgencyNotifications1764400000015 } from './1764400000015-agency-notifications';

declare module '../kernel/context' {
  interface CmServices {
    notifications: NotificationService;
  }
}

/**
 * What a case manager is told (referral outcomes, disengagement, emergency accesses) and what a
 * meeting's invited agencies are told (a meeting moved or cancelled).
 */
export const notificationModule: CmModule = {
  name: 'notification',
  entities: [Notification],
  migrations: [AgencyNotifications1764400000015],
  services: { notifications: (s) => new NotificationService(s.uow) },
  resolvers: [NotificationResolver],
  consentSubjects: { Notification: notificationSubject },
};
