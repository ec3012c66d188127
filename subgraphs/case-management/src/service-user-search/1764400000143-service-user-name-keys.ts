import type { MigrationInterface, QueryRunner } from 'typeorm';
import { NAME_KEY_FUNCTION_DDL, NAME_KEY_FUNCTION_DROP } from './name-key';

/**
 * Finding a person by name: each identity keeps its names as compared (name-key.ts), computed by
 * the database itself, so every writer of `service_user_identity` keeps them right, and indexed
 * with the date of birth for the duplicate check at registration.
 */
export class ServiceUserNameKeys1764400000143 implements MigrationInterface {
  name = 'ServiceUserNameKeys1764400000143';

  async up(q: QueryRunner): Promise<void> {
    await q.query(NAME_KEY_FUNCTION_DDL);
    await q.query(`
      ALTER TABLE service_user_identity
        ADD COLUMN given_name_key text GENERATED ALWAYS AS (icp_name_key(given_name)) STORED,
        ADD COLUMN family_name_key text GENERATED ALWAYS AS (icp_name_key(family_name)) STORED`);
    await q.query(
      `CREATE INDEX service_user_identity_name_key ON service_user_identity (family_name_key, given_name_key)`,
    );
    await q.query(
      `CREATE INDEX service_user_identity_birth ON service_user_identity (date_of_birth)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_user_identity_birth`);
    await q.query(`DROP INDEX service_user_identity_name_key`);
    await q.query(
      `ALTER TABLE service_user_identity DROP COLUMN family_name_key, DROP COLUMN given_name_key`,
    );
    await q.query(NAME_KEY_FUNCTION_DROP);
  }
}
