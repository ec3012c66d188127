import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deny provisions (ADR 0028): a consent's exceptions, categories refused to its recipient for its
 * period or a part of it. Every consent recorded before has none: it stays permit-only.
 */
export class ConsentDenyProvisions1764400000006 implements MigrationInterface {
  name = 'ConsentDenyProvisions1764400000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE consent
        ADD COLUMN exceptions jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD CONSTRAINT consent_exceptions_list CHECK (jsonb_typeof(exceptions) = 'array')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE consent
        DROP CONSTRAINT consent_exceptions_list,
        DROP COLUMN exceptions`);
  }
}
