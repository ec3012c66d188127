import type { EntityManager } from 'typeorm';
import { DEMO } from '@icp/shared';
import type { AgencyServices } from '../kernel/context';

/** The key worker of each demo agency who works with Jamie (on the agency's action on his plan). */
const JAMIES_KEY_WORKER: Readonly<Record<string, string>> = {
  CDAS: DEMO.staff.aoife.id,
  PROB: DEMO.staff.declan.id,
  HSEM: DEMO.staff.niamh.id,
};

/** Whether the demo is there: the agency has staff. */
export async function isDemoSeeded(m: EntityManager): Promise<boolean> {
  const staff: unknown[] = await m.query(`SELECT 1 FROM key_worker LIMIT 1`);
  return staff.length > 0;
}

/** This agency's demo staff, the supervisor first, and Jamie's key worker assigned to him. */
export async function seedKeyWorkerDemo(s: AgencyServices, m: EntityManager): Promise<void> {
  const staff = Object.values(DEMO.staff).filter((k) => k.agencyCode === s.agencyCode);
  const supervisor = staff.find((k) => k.role === 'SUPERVISOR');
  for (const k of [...staff].sort((a) => (a.role === 'SUPERVISOR' ? -1 : 1))) {
    await m.query(
      `INSERT INTO key_worker (id, name, role, supervisor_id, email) VALUES ($1, $2, $3, $4, $5)`,
      [
        k.id,
        k.name,
        k.role,
        k === supervisor ? null : (supervisor?.id ?? null),
        `${k.id}@${s.agencyCode.toLowerCase()}.example.ie`,
      ],
    );
  }
  await upgradeKeyWorkerDemo(s, m);
}

/**
 * Idempotent (a demo seeded before key workers had caseloads gets them): Jamie's key worker is
 * assigned to him, unless an assignment (even an ended one) exists.
 */
export async function upgradeKeyWorkerDemo(s: AgencyServices, m: EntityManager): Promise<void> {
  const keyWorkerId = JAMIES_KEY_WORKER[s.agencyCode];
  if (!keyWorkerId) return;
  await m.query(
    `INSERT INTO key_worker_assignment (id, service_user_id, key_worker_id, assigned_by, assigned_at)
     SELECT gen_random_uuid(), $1, $2, $2, now() - interval '30 days'
     WHERE EXISTS (SELECT 1 FROM key_worker WHERE id = $2)
       AND NOT EXISTS (SELECT 1 FROM key_worker_assignment WHERE service_user_id = $1 AND key_worker_id = $2)`,
    [DEMO.serviceUsers.jamie.id, keyWorkerId],
  );
}
