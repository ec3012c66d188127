import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SECURITY_EVENT_TABLE_DDL, SECURITY_EVENT_TABLE_DROP } from '@icp/shared';

/**
 * Security events (ADR 0029): the reads this agency instance refused, append-only and
 * hash-chained in a table of their own, apart from its disclosure audit. The DDL is shared.
 */
export class SecurityEvents1764400000129 implements MigrationInterface {
  name = 'SecurityEvents1764400000129';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of SECURITY_EVENT_TABLE_DDL) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of SECURITY_EVENT_TABLE_DROP) await q.query(sql);
  }
}
