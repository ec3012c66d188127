import type { EntityManager } from 'typeorm';
import { DEMO } from '@icp/shared';
import type { AgencyServices } from '../kernel/context';

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

/** This agency's delivery of its action on Jamie's plan, in progress, with its notes. */
export async function seedDeliveryDemo(s: AgencyServices, m: EntityManager): Promise<void> {
  for (const d of NOTES[s.agencyCode] ?? []) {
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
}

/** Idempotent: a demo seeded before deliveries kept their domain gets it, from the plan's action. */
export async function upgradeDeliveryDemo(s: AgencyServices, m: EntityManager): Promise<void> {
  for (const d of NOTES[s.agencyCode] ?? []) {
    await m.query(
      `UPDATE action_delivery SET domain = $2 WHERE action_id = $1 AND domain IS NULL`,
      [d.actionId, d.domain],
    );
  }
}
