import type { MigrationInterface, QueryRunner } from 'typeorm';

/** This agency's part of care plan meetings: attendance permission, written reports, substitutes. */
export class MeetingWork1763990000000 implements MigrationInterface {
  name = 'MeetingWork1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_attendance_request (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL,
        service_user_id uuid NOT NULL,
        key_worker_id text NOT NULL,
        note text,
        status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by text,
        decided_at timestamptz,
        refusal_reason text,
        CHECK (status <> 'REFUSED' OR refusal_reason IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX meeting_attendance_request_meeting ON meeting_attendance_request (meeting_id)`,
    );
    await q.query(`
      CREATE UNIQUE INDEX meeting_attendance_request_open
        ON meeting_attendance_request (meeting_id, key_worker_id) WHERE status <> 'REFUSED'`);
    await q.query(`
      CREATE TABLE meeting_report (
        meeting_id uuid PRIMARY KEY,
        service_user_id uuid NOT NULL,
        lead_agency_code text NOT NULL,
        key_worker_id text NOT NULL,
        contribution text NOT NULL,
        issues text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        phone_follow_up_at timestamptz,
        phone_follow_up_note text
      )`);
    await q.query(`
      CREATE TABLE meeting_substitute (
        meeting_id uuid PRIMARY KEY,
        service_user_id uuid NOT NULL,
        substitute_key_worker_id text NOT NULL,
        handover_note text NOT NULL,
        named_by text NOT NULL,
        named_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_substitute`);
    await q.query(`DROP TABLE meeting_report`);
    await q.query(`DROP TABLE meeting_attendance_request`);
  }
}
