import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bounded break-glass (ADR 0027): a coded reason, and the flag that puts an access before the
 * rehabilitation co-ordinators, with their acknowledgement.
 *
 * Accesses opened before keep `reason_code` NULL: their users gave no code, and the record says
 * what they gave, not a guess (the service requires a code on every new access). They are
 * never flagged after the fact; an unreviewed one appears on the co-ordinators' list like any
 * other once its 5 working days have passed.
 */
export class BoundedBreakGlass1764400000027 implements MigrationInterface {
  name = 'BoundedBreakGlass1764400000027';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE emergency_access
        ADD COLUMN reason_code text CHECK (reason_code IN ('ETREAT', 'THREAT')),
        ADD COLUMN flag text CHECK (flag IN ('SECOND_PERSON_WITHIN_24_HOURS')),
        ADD COLUMN flagged_at timestamptz,
        ADD COLUMN flag_acknowledged_at timestamptz,
        ADD COLUMN flag_acknowledged_by text,
        ADD COLUMN flag_acknowledged_by_agency text,
        ADD COLUMN flag_note text,
        ADD CONSTRAINT emergency_access_flagged_when CHECK ((flag IS NULL) = (flagged_at IS NULL)),
        ADD CONSTRAINT emergency_access_flag_acknowledged CHECK (
          (flag_acknowledged_at IS NULL) = (flag_acknowledged_by IS NULL)
          AND (flag_acknowledged_at IS NULL OR flag IS NOT NULL))`);
    // A user's accesses of the last 24 hours, for the second-person flag.
    await q.query(
      `CREATE INDEX emergency_access_user_started ON emergency_access (agency_code, user_id, started_at)`,
    );
    // The co-ordinators' list: flags not yet acknowledged, reviews not yet done, by age.
    await q.query(
      `CREATE INDEX emergency_access_flag_open ON emergency_access (started_at) WHERE flag IS NOT NULL AND flag_acknowledged_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX emergency_access_unreviewed_started ON emergency_access (started_at) WHERE reviewed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX emergency_access_unreviewed_started`);
    await q.query(`DROP INDEX emergency_access_flag_open`);
    await q.query(`DROP INDEX emergency_access_user_started`);
    await q.query(`
      ALTER TABLE emergency_access
        DROP CONSTRAINT emergency_access_flag_acknowledged,
        DROP CONSTRAINT emergency_access_flagged_when,
        DROP COLUMN flag_note,
        DROP COLUMN flag_acknowledged_by_agency,
        DROP COLUMN flag_acknowledged_by,
        DROP COLUMN flag_acknowledged_at,
        DROP COLUMN flagged_at,
        DROP COLUMN flag,
        DROP COLUMN reason_code`);
  }
}
