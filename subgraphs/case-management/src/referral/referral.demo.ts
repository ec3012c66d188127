import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEMO } from '@icp/shared';
import { ago, aoife, days } from '../kernel/demo';
import type { CmServices } from '../kernel/context';

/**
 * Chloe's referral to probation, under her consent to it (the consent part's FORM-PROB-1002):
 * waiting, its follow-up due today.
 */
export async function seedReferralDemo(_: CmServices, m: EntityManager): Promise<void> {
  const chloe = DEMO.serviceUsers.chloe;
  const [consent] = await m.query<{ id: string }[]>(
    `SELECT id FROM consent WHERE service_user_id = $1 AND evidence_ref = 'FORM-PROB-1002'`,
    [chloe.id],
  );
  if (!consent) throw new Error("The demo's referral needs Chloe's consent to probation");
  const referral = randomUUID();
  await m.query(
    `INSERT INTO referral (id, case_id, service_user_id, to_agency_code, reason, consent_id, status, follow_up_on, interim_plan, created_by, created_at)
     VALUES ($1, $2, $3, 'PROB', 'Support with an outstanding court summons', $4, 'WAITING', $5,
             'Aoife attends court with Chloe if the summons date comes first', $6, ${ago(35)})`,
    [referral, DEMO.cases.chloe, chloe.id, consent.id, days(0), aoife.userId],
  );
  for (const [status, daysAgo] of [
    ['PLANNED', 35],
    ['SENT', 34],
    ['WAITING', 30],
  ] as const) {
    await m.query(
      `INSERT INTO referral_event (id, referral_id, status, by_user, by_agency, at) VALUES (gen_random_uuid(), $1, $2, $3, 'CDAS', ${ago(daysAgo)})`,
      [referral, status, aoife.userId],
    );
  }
}
