import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEMO } from '@icp/shared';
import { ago, aoife } from '../kernel/demo';
import type { CmServices } from '../kernel/context';

/** Probation not engaging with Chloe's referral: a Gaps and Blocks form escalated to level 3. */
export async function seedGapBlockDemo(_: CmServices, m: EntityManager): Promise<void> {
  const gap = randomUUID();
  await m.query(
    `INSERT INTO gap_block (id, case_id, service_user_id, concerning_agency_code, issue, what_tried, level, status, raised_by, raised_by_agency, raised_at)
     VALUES ($1, $2, $3, 'PROB', 'Probation has given no date for the court-support referral in four weeks',
             'Phoned the duty officer twice and emailed the team leader', 3, 'OPEN', $4, 'CDAS', ${ago(28)})`,
    [gap, DEMO.cases.chloe, DEMO.serviceUsers.chloe.id, aoife.userId],
  );
  for (const [level, action, outcome, user, role, daysAgo] of [
    [1, 'RAISED', 'Raised with colleagues at the team meeting', aoife.userId, 'CASE_MANAGER', 28],
    [
      1,
      'ESCALATED',
      'No reply after two calls; escalated to the manager',
      aoife.userId,
      'CASE_MANAGER',
      21,
    ],
    [
      2,
      'ESCALATED',
      'Manager wrote to the probation team leader; no reply in a week',
      DEMO.staff.sean.id,
      'SUPERVISOR',
      14,
    ],
  ] as const) {
    await m.query(
      `INSERT INTO gap_block_step (id, gap_block_id, level, action, outcome, by_user, by_agency, by_role, at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'CDAS', $6, ${ago(daysAgo)})`,
      [gap, level, action, outcome, user, role],
    );
  }
}
