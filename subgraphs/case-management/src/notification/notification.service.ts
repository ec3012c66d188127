import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  returnedRows,
  type Identity,
  type Page,
  type UnitOfWork,
} from '@icp/shared';
import { pageByInstant } from '../kernel/keyset';
import { Notification } from './notification.entity';

/** Kinds of notification; stored as text so new kinds need no migration. */
export const NotificationKind = {
  DISENGAGED_AFTER_REFERRAL: 'DISENGAGED_AFTER_REFERRAL',
  /** Someone read the service user's data beyond consent (break-glass): review it. */
  EMERGENCY_ACCESS: 'EMERGENCY_ACCESS',
  /** An agency changed what it delivers from what the plan agreed: acknowledge the change. */
  SERVICE_DELIVERY_CHANGE: 'SERVICE_DELIVERY_CHANGE',
  /** A meeting the agency was invited to moved: its answer may be asked again. */
  MEETING_RESCHEDULED: 'MEETING_RESCHEDULED',
  /** A meeting the agency was invited to was cancelled, with the reason. */
  MEETING_CANCELLED: 'MEETING_CANCELLED',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export interface NewNotification {
  caseId: string;
  recipientAgencyCode: string;
  /** Null: every staff member of the agency, until one of them acknowledges it. */
  recipientUserId: string | null;
  kind: NotificationKind;
  message: string;
}

/**
 * Notifications addressed to one user of one agency, or to every staff member of an agency, kept
 * until acknowledged (an agency's by any one of its staff).
 */
export class NotificationService {
  constructor(private readonly uow: UnitOfWork) {}

  /** Inside the caller's transaction, so a notification exists only if what caused it does. */
  async notify(m: EntityManager, n: NewNotification): Promise<Notification> {
    const row = m.getRepository(Notification).create({
      id: randomUUID(),
      ...n,
      createdAt: new Date(),
      acknowledgedAt: null,
      acknowledgedBy: null,
    });
    await m.getRepository(Notification).insert(row);
    return row;
  }

  /** The caller's own notifications and their agency's, newest first, a keyset page at a time. */
  mine(
    identity: Identity,
    includeAcknowledged: boolean,
    page: { first: number; after?: string | null },
  ): Promise<Page<Notification>> {
    return pageByInstant(
      this.uow.manager,
      Notification,
      {
        table: 'notification',
        column: 'created_at',
        order: 'DESC',
        where:
          'recipient_agency_code = $1 AND (recipient_user_id = $2 OR recipient_user_id IS NULL)' +
          (includeAcknowledged ? '' : ' AND acknowledged_at IS NULL'),
        params: [identity.agencyCode, identity.userId],
      },
      page,
    );
  }

  /** Only the recipient (for an agency's, one of its staff) acknowledges, once. */
  async acknowledge(identity: Identity, id: string): Promise<Notification> {
    const n = await this.uow.manager.getRepository(Notification).findOneBy({ id });
    if (!n) throw new NotFoundError('Notification', id);
    if (
      n.recipientAgencyCode !== identity.agencyCode ||
      (n.recipientUserId !== null && n.recipientUserId !== identity.userId)
    ) {
      throw new ForbiddenError('Only its recipient can acknowledge a notification', {
        reason: 'NOT_RECIPIENT',
      });
    }
    const already = () =>
      new ConflictError('This notification is already acknowledged', {
        id,
        reason: 'ACKNOWLEDGED',
      });
    if (n.acknowledgedAt) throw already();
    // Two acknowledgements at once: only one sets the time; the other is told it was done.
    const rows = returnedRows<{ acknowledged_at: Date }>(
      await this.uow.manager.query(
        `UPDATE notification SET acknowledged_at = now(), acknowledged_by = $2
         WHERE id = $1 AND acknowledged_at IS NULL RETURNING acknowledged_at`,
        [id, identity.userId],
      ),
    );
    if (rows.length !== 1) throw already();
    return Object.assign(n, {
      acknowledgedAt: new Date(rows[0]!.acknowledged_at),
      acknowledgedBy: identity.userId,
    });
  }
}
