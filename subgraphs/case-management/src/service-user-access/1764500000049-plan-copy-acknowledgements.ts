import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The service user acknowledges their own copy of the plan (ADR 0049, issue 16). */
export class PlanCopyAcknowledgements1764500000049 implements MigrationInterface {
  name = 'PlanCopyAcknowledgements1764500000049';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_copy_acknowledgement (
        copy_id uuid PRIMARY KEY REFERENCES plan_copy (id),
        service_user_id uuid NOT NULL,
        agency_code text NOT NULL,
        acknowledged_by text NOT NULL,
        acknowledged_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE plan_copy_acknowledgement`);
  }
}
