import type { DataSource, EntityManager } from 'typeorm';
import { DEMO } from '@icp/shared';

/** Each agency's delivery of its action on Jamie's plan; the domain is the plan action's. */
const NOTES: Record<
  string,
  {
    actionId: string;
    serviceUserId: string;
    domain: string;
    keyWorkerId: string;
    notes: string[];
  }[]
> = {
  CDAS: [
    {
      actionId: DEMO.actions.jamieRelapsePrevention,
      serviceUserId: DEMO.serviceUsers.jamie.id,
      domain: 'PSYCHOLOGICAL',
      keyWorkerId: DEMO.staff.aoife.id,
      notes: [
        'Attended 3 of 4 relapse-prevention groups this month; engaged well in the trigger-mapping session.',
        'Reports one lapse (alcohol) after a family funeral; agreed extra one-to-one session.',
      ],
    },
  ],
  PROB: [
    {
      actionId: DEMO.actions.jamieProbationSupervision,
      serviceUserId: DEMO.serviceUsers.jamie.id,
      domain: 'LEGAL',
      keyWorkerId: DEMO.staff.declan.id,
      notes: ['Kept all fortnightly appointments; 40 of 120 community service hours completed.'],
    },
  ],
  HSEM: [
    {
      actionId: DEMO.actions.jamieMethadone,
      serviceUserId: DEMO.serviceUsers.jamie.id,
      domain: 'SUBSTANCE_USE',
      keyWorkerId: DEMO.staff.niamh.id,
      notes: ['Stable on 60 mg methadone daily; last three urine screens negative for opiates.'],
    },
  ],
};

/**
 * Seeds this agency's demo staff and deliveries once. Returns false when already seeded; a demo
 * seeded before deliveries kept their domain and key workers had caseloads is brought up to date.
 */
export async function seedDemo(ds: DataSource, agencyCode: string): Promise<boolean> {
  return ds.transaction(async (m) => {
    const existing: unknown[] = await m.query(`SELECT 1 FROM key_worker LIMIT 1`);
    if (existing.length > 0) {
      await upgradeDemo(m, agencyCode);
      return false;
    }
    const staff = Object.values(DEMO.staff).filter((s) => s.agencyCode === agencyCode);
    const supervisor = staff.find((s) => s.role === 'SUPERVISOR');
    for (const s of [...staff].sort((a) => (a.role === 'SUPERVISOR' ? -1 : 1))) {
      await m.query(
        `INSERT INTO key_worker (id, name, role, supervisor_id, email) VALUES ($1, $2, $3, $4, $5)`,
        [
          s.id,
          s.name,
          s.role,
          s === supervisor ? null : (supervisor?.id ?? null),
          `${s.id}@${agencyCode.toLowerCase()}.example.ie`,
        ],
      );
    }
    for (const d of NOTES[agencyCode] ?? []) {
      await m.query(
        `INSERT INTO action_delivery (action_id, service_user_id, domain, status, key_worker_id, accepted_at)
         VALUES ($1, $2, $3, 'IN_PROGRESS', $4, now() - interval '30 days')`,
        [d.actionId, d.serviceUserId, d.domain, d.keyWorkerId],
      );
      for (const [i, body] of d.notes.entries()) {
        await m.query(
          `INSERT INTO progress_note (id, action_id, service_user_id, body, written_by, written_at)
           VALUES (gen_random_uuid(), $1, $2, $3, $4, now() - make_interval(days => $5))`,
          [d.actionId, d.serviceUserId, body, d.keyWorkerId, 7 * (d.notes.length - i)],
        );
      }
    }
    await upgradeDemo(m, agencyCode);
    return true;
  });
}

/** Idempotent: fills what later versions of the demo added, without undoing what users did. */
async function upgradeDemo(m: EntityManager, agencyCode: string): Promise<void> {
  for (const d of NOTES[agencyCode] ?? []) {
    await m.query(
      `UPDATE action_delivery SET domain = $2 WHERE action_id = $1 AND domain IS NULL`,
      [d.actionId, d.domain],
    );
    // Each key worker is assigned to Jamie, unless an assignment (even an ended one) exists.
    await m.query(
      `INSERT INTO key_worker_assignment (id, service_user_id, key_worker_id, assigned_by, assigned_at)
       SELECT gen_random_uuid(), $1, $2, $2, now() - interval '30 days'
       WHERE EXISTS (SELECT 1 FROM key_worker WHERE id = $2)
         AND NOT EXISTS (SELECT 1 FROM key_worker_assignment WHERE service_user_id = $1 AND key_worker_id = $2)`,
      [d.serviceUserId, d.keyWorkerId],
    );
  }
}
