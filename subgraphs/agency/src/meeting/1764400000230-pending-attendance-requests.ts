import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A supervisor's list of requests to attend waiting for their decision reads the PENDING requests
 * of the key workers they supervise: a partial index over those only (few, and short-lived).
 */
export class PendingAttendanceRequests1764400000230 implements MigrationInterface {
  name = 'PendingAttendanceRequests1764400000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX meeting_attendance_request_pending
        ON meeting_attendance_request (key_worker_id, meeting_id) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meeting_attendance_request_pending`);
  }
}
