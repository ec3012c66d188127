import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case manager's cases (myCases, the worklist) by case manager, agency and status, instead of
 * reading every case (issue 13: flat to 100,000 service users; docs/benchmarks.md).
 */
export class CaseManagerIndex1764300000000 implements MigrationInterface {
  name = 'CaseManagerIndex1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX care_case_case_manager ON care_case (case_manager_id, lead_agency_code, status)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX care_case_case_manager`);
  }
}
