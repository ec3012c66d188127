import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_TABLE_DDL, AUDIT_TABLE_DROP } from '@icp/shared';

/**
 * The disclosure audit trail (ADR 0020): append-only, hash-chained entries of what this
 * subgraph disclosed, in its own database. The DDL is shared so every subgraph's trail is alike.
 */
export class DisclosureAudit1764200000000 implements MigrationInterface {
  name = 'DisclosureAudit1764200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of AUDIT_TABLE_DDL) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of AUDIT_TABLE_DROP) await q.query(sql);
  }
}
