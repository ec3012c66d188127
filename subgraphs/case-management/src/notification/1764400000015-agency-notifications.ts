import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification may be addressed to a whole agency (no user): each of its staff sees it until
 * one of them acknowledges it, who is recorded (issue 14: a meeting's invitees told).
 */
export class AgencyNotifications1764400000015 implements MigrationInterface {
  name = 'AgencyNotifications1764400000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification
        ALTER COLUMN recipient_user_id DROP NOT NULL,
        ADD COLUMN acknowledged_by text`);
  }

  /** Refused while an agency-wide notification is kept: none is lost. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notification
        DROP COLUMN acknowledged_by,
        ALTER COLUMN recipient_user_id SET NOT NULL`);
  }
}
