import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_NEWEST_INDEX_DDL, AUDIT_NEWEST_INDEX_DROP } from '@icp/shared';

/**
 * This agency's part of "who saw my data", newest first, one page at a time: a person's entries
 * in chain order, so that the first page reads that page and not the person's whole history.
 */
export class DisclosureAuditNewest1764300000100 implements MigrationInterface {
  name = 'DisclosureAuditNewest1764300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(AUDIT_NEWEST_INDEX_DDL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(AUDIT_NEWEST_INDEX_DROP);
  }
}
