import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The actions of a set of cases by due date (the worklist's overdue actions), instead of reading
 * every action (issue 13: flat to 100,000 service users; docs/benchmarks.md).
 */
export class PlanActionCaseIndex1764300000001 implements MigrationInterface {
  name = 'PlanActionCaseIndex1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX plan_action_case ON plan_action (case_id, due_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX plan_action_case`);
  }
}
