import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings are rescheduled (when they were last moved) and cancelled with a reason (issue 14):
 * a fourth status, CANCELLED, which only a cancelled meeting has.
 */
export class MeetingRescheduleCancel1764400000014 implements MigrationInterface {
  name = 'MeetingRescheduleCancel1764400000014';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE care_meeting DROP CONSTRAINT care_meeting_status_check`);
    await q.query(`
      ALTER TABLE care_meeting
        ADD COLUMN rescheduled_at timestamptz,
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN cancelled_by text,
        ADD COLUMN cancellation_reason text,
        ADD CONSTRAINT care_meeting_status_check
          CHECK (status IN ('SCHEDULED', 'MINUTES_DRAFT', 'FINALISED', 'CANCELLED')),
        ADD CONSTRAINT care_meeting_cancelled_check
          CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)
            AND (cancelled_at IS NULL OR (cancelled_by IS NOT NULL AND cancellation_reason IS NOT NULL)))`);
  }

  /** Refused (the old status check fails) while a cancelled meeting is kept: none is lost. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE care_meeting
        DROP CONSTRAINT care_meeting_cancelled_check,
        DROP CONSTRAINT care_meeting_status_check,
        ADD CONSTRAINT care_meeting_status_check
          CHECK (status IN ('SCHEDULED', 'MINUTES_DRAFT', 'FINALISED')),
        DROP COLUMN rescheduled_at,
        DROP COLUMN cancelled_at,
        DROP COLUMN cancelled_by,
        DROP COLUMN cancellation_reason`);
  }
}
