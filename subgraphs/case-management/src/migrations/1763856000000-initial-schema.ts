import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Service users, cases, the care plan and its actions, and the consent register. */
export class InitialSchema1763856000000 implements MigrationInterface {
  name = 'InitialSchema1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_user (
        id uuid PRIMARY KEY,
        pseudonym text NOT NULL UNIQUE,
        registered_by_agency text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE service_user_identity (
        service_user_id uuid PRIMARY KEY REFERENCES service_user(id),
        given_name text NOT NULL,
        family_name text NOT NULL,
        date_of_birth date,
        phone text
      )`);
    await q.query(`
      CREATE TABLE care_case (
        id uuid PRIMARY KEY,
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        lead_agency_code text NOT NULL,
        case_manager_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('REFERRED', 'ACTIVE', 'CLOSED')),
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    // "One open case per service user at a time", enforced by the database itself.
    await q.query(
      `CREATE UNIQUE INDEX care_case_one_open ON care_case (service_user_id) WHERE status <> 'CLOSED'`,
    );
    await q.query(`
      CREATE TABLE care_plan (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES care_case(id),
        version integer NOT NULL DEFAULT 1,
        next_review_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX care_plan_one_per_case ON care_plan (case_id)`);
    await q.query(`
      CREATE TABLE plan_action (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES care_plan(id),
        case_id uuid NOT NULL REFERENCES care_case(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        description text NOT NULL,
        domain text NOT NULL,
        responsible_agency_code text NOT NULL,
        key_worker_id text,
        due_on date,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX plan_action_plan ON plan_action (plan_id)`);
    await q.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY,
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        recipient_agency_code text NOT NULL,
        categories text[] NOT NULL,
        purpose text NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_until timestamptz,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
        evidence_ref text,
        recorded_by text NOT NULL,
        recorded_by_agency text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz,
        withdrawn_by text,
        CHECK (valid_until IS NULL OR valid_until > valid_from)
      )`);
    await q.query(
      `CREATE INDEX consent_decision ON consent (service_user_id, recipient_agency_code) WHERE status = 'ACTIVE'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'consent',
      'plan_action',
      'care_plan',
      'care_case',
      'service_user_identity',
      'service_user',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
