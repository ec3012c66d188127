import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Intervention types on plan actions (to flag duplication) and agencies' service-delivery changes. */
export class InterventionsAndDeliveryChanges1763960000000 implements MigrationInterface {
  name = 'InterventionsAndDeliveryChanges1763960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE plan_action ADD COLUMN intervention_type text NOT NULL DEFAULT 'OTHER'`,
    );
    await q.query(`
      CREATE TABLE service_delivery_change (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES care_case(id),
        action_id uuid REFERENCES plan_action(id) ON DELETE SET NULL,
        agency_code text NOT NULL,
        what text NOT NULL,
        why text NOT NULL,
        effective_from date NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_by text,
        acknowledged_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX service_delivery_change_open ON service_delivery_change (case_id) WHERE acknowledged_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_delivery_change`);
    await q.query(`ALTER TABLE plan_action DROP COLUMN intervention_type`);
  }
}
