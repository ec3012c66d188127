import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agency manages its own staff: a member of staff can be deactivated (kept, for the history
 * of what they did, but no longer given work), and the record says how it came to be: seeded,
 * added by the agency's administrator, or provisioned at the user's first sign-in.
 */
export class StaffManagement1764250000142 implements MigrationInterface {
  name = 'StaffManagement1764250000142';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE key_worker
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN deactivated_at timestamptz,
        ADD COLUMN deactivated_by text,
        ADD COLUMN provisioned_by text NOT NULL DEFAULT 'SEED'
          CHECK (provisioned_by IN ('SEED', 'ADMIN', 'SIGN_IN')),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT key_worker_deactivation CHECK (active = (deactivated_at IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE key_worker
        DROP CONSTRAINT key_worker_deactivation,
        DROP COLUMN updated_at,
        DROP COLUMN provisioned_by,
        DROP COLUMN deactivated_by,
        DROP COLUMN deactivated_at,
        DROP COLUMN active`);
  }
}
