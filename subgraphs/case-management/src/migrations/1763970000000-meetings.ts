import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Interagency care plan meetings (Protocol 4): the meeting, its invitations and circulation. */
export class Meetings1763970000000 implements MigrationInterface {
  name = 'Meetings1763970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE care_meeting (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES care_case(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        reason text NOT NULL CHECK (reason IN ('REVIEW', 'REFERRAL', 'CASE_MANAGER_TRANSFER',
          'SERVICE_USER_REQUEST', 'LEAD_AGENCY_DISPUTE', 'DIVERGENCE_OF_VIEWS', 'CASE_CLOSURE')),
        scheduled_for timestamptz NOT NULL,
        place text NOT NULL,
        purpose text NOT NULL,
        aims text NOT NULL,
        status text NOT NULL CHECK (status IN ('SCHEDULED', 'MINUTES_DRAFT', 'FINALISED')),
        service_user_attends boolean NOT NULL,
        service_user_attendance_reason text,
        service_user_prepared_at timestamptz,
        service_user_preparation text,
        invitations_sent_at timestamptz,
        transfer_id uuid REFERENCES case_transfer(id),
        chaired_by text NOT NULL,
        chaired_by_agency text NOT NULL,
        record_version integer NOT NULL DEFAULT 0,
        minutes jsonb,
        finalised_at timestamptz,
        plan_version integer,
        gap_block_ids uuid[] NOT NULL DEFAULT '{}',
        circulated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (transfer_id IS NULL OR reason = 'CASE_MANAGER_TRANSFER'),
        CHECK ((status = 'FINALISED') = (finalised_at IS NOT NULL)),
        CHECK (circulated_at IS NULL OR status = 'FINALISED')
      )`);
    await q.query(`CREATE INDEX care_meeting_case ON care_meeting (case_id, scheduled_for)`);
    await q.query(
      `CREATE INDEX care_meeting_not_circulated ON care_meeting (case_id) WHERE circulated_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE meeting_invitation (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES care_meeting(id),
        agency_code text NOT NULL,
        key_worker_id text,
        sent_at timestamptz,
        response text NOT NULL DEFAULT 'PENDING'
          CHECK (response IN ('PENDING', 'ATTENDING', 'APOLOGIES_WITH_REPORT', 'SUBSTITUTE')),
        substitute_name text,
        response_note text,
        responded_by text,
        responded_at timestamptz,
        report_received_at timestamptz,
        phone_follow_up_at timestamptz,
        UNIQUE (meeting_id, agency_code),
        CHECK (response <> 'SUBSTITUTE' OR substitute_name IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX meeting_invitation_agency ON meeting_invitation (agency_code)`);
    await q.query(`
      CREATE TABLE meeting_circulation (
        id uuid PRIMARY KEY,
        meeting_id uuid NOT NULL REFERENCES care_meeting(id),
        agency_code text NOT NULL,
        circulated_at timestamptz NOT NULL,
        acknowledged_by text,
        acknowledged_at timestamptz,
        UNIQUE (meeting_id, agency_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_circulation`);
    await q.query(`DROP TABLE meeting_invitation`);
    await q.query(`DROP TABLE care_meeting`);
  }
}
