import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Key workers, and the delivery of the plan actions assigned to this agency. */
export class InitialSchema1763856100000 implements MigrationInterface {
  name = 'InitialSchema1763856100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE key_worker (
        id text PRIMARY KEY,
        name text NOT NULL,
        role text NOT NULL,
        supervisor_id text REFERENCES key_worker(id),
        email text,
        phone text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE action_delivery (
        action_id uuid PRIMARY KEY,
        service_user_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN
          ('PENDING', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'BLOCKED', 'COMPLETED', 'NOT_COMPLETED')),
        key_worker_id text REFERENCES key_worker(id),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE progress_note (
        id uuid PRIMARY KEY,
        action_id uuid NOT NULL REFERENCES action_delivery(action_id),
        service_user_id uuid NOT NULL,
        body text NOT NULL,
        written_by text NOT NULL,
        written_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX progress_note_action ON progress_note (action_id, written_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE progress_note`);
    await q.query(`DROP TABLE action_delivery`);
    await q.query(`DROP TABLE key_worker`);
  }
}
