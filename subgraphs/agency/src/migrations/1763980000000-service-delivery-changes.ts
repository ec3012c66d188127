import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Changes this agency makes to its service delivery, as reported to the case manager. */
export class ServiceDeliveryChanges1763980000000 implements MigrationInterface {
  name = 'ServiceDeliveryChanges1763980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_delivery_change (
        id uuid PRIMARY KEY,
        action_id uuid NOT NULL,
        service_user_id uuid NOT NULL,
        what text NOT NULL,
        why text NOT NULL,
        effective_from date NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX service_delivery_change_action ON service_delivery_change (action_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_delivery_change`);
  }
}
