import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery practice: a delivery remembers its action's domain (the consent category of its notes),
 * acceptance, a reason for declining, the outcome, and the note given with the last status change;
 * key workers are assigned to service users.
 *
 * Existing rows keep a null domain: the agency cannot know it without asking case-management,
 * which a migration cannot do. It is filled the next time the delivery is written, and read from
 * case-management meanwhile (see deliverySubject); nothing is guessed here.
 */
export class DeliveryPractice1763950000000 implements MigrationInterface {
  name = 'DeliveryPractice1763950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE action_delivery
        ADD COLUMN domain text,
        ADD COLUMN accepted_at timestamptz,
        ADD COLUMN declined_reason text,
        ADD COLUMN outcome text,
        ADD COLUMN outcome_recorded_at timestamptz,
        ADD COLUMN last_status_note text`);
    // No CHECK that a declined delivery has a reason or a closed one an outcome: rows written
    // before this migration have neither, and PostgreSQL checks even NOT VALID constraints on any
    // later UPDATE of such a row (a note filling its domain would fail). DeliveryService ensures it.
    await q.query(
      `CREATE INDEX action_delivery_key_worker ON action_delivery (key_worker_id, status)`,
    );
    await q.query(`
      CREATE TABLE key_worker_assignment (
        id uuid PRIMARY KEY,
        service_user_id uuid NOT NULL,
        key_worker_id text NOT NULL REFERENCES key_worker(id),
        assigned_by text NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        ended_by text,
        ended_at timestamptz,
        CHECK (ended_at IS NULL OR ended_at >= assigned_at)
      )`);
    // One open assignment per key worker and service user; ended ones stay as history.
    await q.query(`
      CREATE UNIQUE INDEX key_worker_assignment_open
        ON key_worker_assignment (key_worker_id, service_user_id) WHERE ended_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE key_worker_assignment`);
    await q.query(`DROP INDEX action_delivery_key_worker`);
    await q.query(`
      ALTER TABLE action_delivery
        DROP COLUMN domain,
        DROP COLUMN accepted_at,
        DROP COLUMN declined_reason,
        DROP COLUMN outcome,
        DROP COLUMN outcome_recorded_at,
        DROP COLUMN last_status_note`);
  }
}
