import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REQUEST_TOKEN_USE_DDL, REQUEST_TOKEN_USE_TABLE } from '@icp/shared';

/**
 * The single-use token ids this server has accepted (ADR 0039), in its database so that its
 * replicas share them. The DDL is shared with the other subgraph.
 */
export class RequestTokenUses1764400000181 implements MigrationInterface {
  name = 'RequestTokenUses1764400000181';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of REQUEST_TOKEN_USE_DDL) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS ${REQUEST_TOKEN_USE_TABLE}`);
  }
}
