import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@icp/shared';
import {
  ENTITIES as AGENCY_ENTITIES,
  MIGRATIONS as AGENCY_MIGRATIONS,
} from '../subgraphs/agency/src/database';
import {
  ENTITIES as CM_ENTITIES,
  MIGRATIONS as CM_MIGRATIONS,
} from '../subgraphs/case-management/src/database';
import { createTestDatabase } from './support/test-database';

/**
 * An agency that has run an earlier release has data; upgrading runs the newer migrations over
 * it. Each subgraph's first migration is applied, data is written in that shape, then the
 * database is reopened with every migration, as a restart after an upgrade does.
 */
/** A real server's database, or an embedded one kept on disk so that it can be reopened. */
const where = (url: string | undefined) =>
  url ? { url } : { dataDir: mkdtempSync(join(tmpdir(), 'icp-upgrade-')) };

describe('upgrading an instance that already has data', () => {
  it("keeps an agency's deliveries and notes through every later migration", async () => {
    const db = await createTestDatabase('upgrade_agency');
    const settings = {
      ...where(db.url),
      applicationName: 'upgrade-test',
      entities: AGENCY_ENTITIES,
    };
    const actionId = randomUUID();
    const serviceUserId = randomUUID();
    const first = await openDatabase({ ...settings, migrations: AGENCY_MIGRATIONS.slice(0, 1) });
    await first.dataSource.query(
      `INSERT INTO key_worker (id, name, role) VALUES ('kw-1', 'Mary', 'KEY_WORKER')`,
    );
    await first.dataSource.query(
      `INSERT INTO action_delivery (action_id, service_user_id, status, key_worker_id) VALUES ($1, $2, 'IN_PROGRESS', 'kw-1')`,
      [actionId, serviceUserId],
    );
    await first.dataSource.query(
      `INSERT INTO progress_note (id, action_id, service_user_id, body, written_by) VALUES ($1, $2, $3, 'Before the upgrade', 'kw-1')`,
      [randomUUID(), actionId, serviceUserId],
    );
    await first.close();
    const upgraded = await openDatabase({ ...settings, migrations: AGENCY_MIGRATIONS });
    try {
      const applied: { name: string }[] = await upgraded.dataSource.query(
        `SELECT name FROM schema_migrations ORDER BY id`,
      );
      expect(applied.map((m) => m.name)).toEqual(AGENCY_MIGRATIONS.map((m) => m.name));
      const [delivery] = await upgraded.dataSource.query(
        `SELECT status, key_worker_id, version, domain FROM action_delivery`,
      );
      expect(delivery).toEqual({
        status: 'IN_PROGRESS',
        key_worker_id: 'kw-1',
        version: 1,
        domain: null,
      });
      const notes = await upgraded.dataSource.query(`SELECT body FROM progress_note`);
      expect(notes).toEqual([{ body: 'Before the upgrade' }]);
    } finally {
      await upgraded.close();
      await db.drop();
    }
  });

  it("keeps case-management's cases and plans through every later migration", async () => {
    const db = await createTestDatabase('upgrade_cm');
    const settings = {
      ...where(db.url),
      applicationName: 'upgrade-test',
      entities: CM_ENTITIES,
    };
    const first = await openDatabase({ ...settings, migrations: CM_MIGRATIONS.slice(0, 1) });
    const su = randomUUID();
    const c = randomUUID();
    const p = randomUUID();
    await first.dataSource.query(
      `INSERT INTO service_user (id, pseudonym, registered_by_agency) VALUES ($1, 'SU-OLD1', 'CDAS')`,
      [su],
    );
    await first.dataSource.query(
      `INSERT INTO care_case (id, service_user_id, lead_agency_code, case_manager_id, status) VALUES ($1, $2, 'CDAS', 'cm-1', 'ACTIVE')`,
      [c, su],
    );
    await first.dataSource.query(
      `INSERT INTO care_plan (id, case_id, version, next_review_on) VALUES ($1, $2, 1, now()::date + 30)`,
      [p, c],
    );
    await first.dataSource.query(
      `INSERT INTO plan_action (id, plan_id, case_id, service_user_id, description, domain, responsible_agency_code)
       VALUES (gen_random_uuid(), $1, $2, $3, 'Old action', 'SOCIAL', 'CDAS')`,
      [p, c, su],
    );
    await first.close();
    const upgraded = await openDatabase({ ...settings, migrations: CM_MIGRATIONS });
    try {
      // The upgrade gives every case its opening assignment and every plan its first version.
      const assignments = await upgraded.dataSource.query(
        `SELECT reason, case_manager_id FROM case_manager_assignment`,
      );
      expect(assignments).toEqual([{ reason: 'OPENED', case_manager_id: 'cm-1' }]);
      const [version] = await upgraded.dataSource.query(
        `SELECT version, snapshot FROM care_plan_version WHERE plan_id = $1`,
        [p],
      );
      expect(version.version).toBe(1);
      expect(version.snapshot.actions.map((a: { description: string }) => a.description)).toEqual([
        'Old action',
      ]);
      const [action] = await upgraded.dataSource.query(`SELECT intervention_type FROM plan_action`);
      expect(action).toEqual({ intervention_type: 'OTHER' });
    } finally {
      await upgraded.close();
      await db.drop();
    }
  });
});
