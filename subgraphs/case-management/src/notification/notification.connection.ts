import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@icp/shared';
import { Notification } from './notification.entity';

/** Pages of notifications (myNotifications), newest first. */
@ObjectType('NotificationConnection', {
  description: 'A page of notifications, newest first, with the cursor to the next page.',
})
export class NotificationConnection extends ConnectionOf(Notification, 'Notification', {
  noun: 'notification',
}) {}
