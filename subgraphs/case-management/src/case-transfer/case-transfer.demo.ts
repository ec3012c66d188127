import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEMO } from '@icp/shared';
import { ago, aoife } from '../kernel/demo';
import type { CmServices } from '../kernel/context';

/** Chloe's case, handed from the methadone clinic to CDAS by a completed three-way handover. */
export async function seedCaseTransferDemo(_: CmServices, m: EntityManager): Promise<void> {
  const transfer = randomUUID();
  await m.query(
    `INSERT INTO case_transfer (id, case_id, from_agency_code, from_case_manager_id, to_agency_code, to_case_manager_id, reason,
       status, requested_by, requested_at, accepted_at, handover_held_at, handover_note, written_follow_up, plan_revisions, completed_at)
     VALUES ($1, $2, 'HSEM', $3, 'CDAS', $4, 'Chloe now attends CDAS daily; CDAS is best placed to lead', 'COMPLETED', $3,
       ${ago(130)}, ${ago(128)}, ${ago(125)}, 'Chloe, Niamh and Aoife met at CDAS', 'Aoife leads from today; Niamh stays key worker for prescribing',
       'Housing need added; review brought forward', ${ago(124)})`,
    [transfer, DEMO.cases.chloe, DEMO.staff.niamh.id, aoife.userId],
  );
  await m.query(`UPDATE case_manager_assignment SET ended_at = ${ago(124)} WHERE case_id = $1`, [
    DEMO.cases.chloe,
  ]);
  await m.query(
    `UPDATE care_case SET lead_agency_code = 'CDAS', case_manager_id = $2 WHERE id = $1`,
    [DEMO.cases.chloe, aoife.userId],
  );
  await m.query(
    `INSERT INTO case_manager_assignment (id, case_id, agency_code, case_manager_id, reason, transfer_id, started_at)
     VALUES (gen_random_uuid(), $1, 'CDAS', $2, 'TRANSFER', $3, ${ago(124)})`,
    [DEMO.cases.chloe, aoife.userId, transfer],
  );
}
