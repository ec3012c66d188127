import type { EntityManager } from 'typeorm';
import { DEMO } from '@icp/shared';
import { ago, aoife } from '../kernel/demo';
import type { CmServices } from '../kernel/context';

async function person(
  m: EntityManager,
  su: { id: string; pseudonym: string },
  given: string,
  family: string,
  dob: string,
) {
  await m.query(
    `INSERT INTO service_user (id, pseudonym, registered_by_agency, created_by) VALUES ($1, $2, 'CDAS', $3)`,
    [su.id, su.pseudonym, aoife.userId],
  );
  await m.query(
    `INSERT INTO service_user_identity (service_user_id, given_name, family_name, date_of_birth) VALUES ($1, $2, $3, $4)`,
    [su.id, given, family, dob],
  );
}

async function openCase(
  m: EntityManager,
  o: {
    id: string;
    su: string;
    agency: string;
    manager: string;
    openedDaysAgo: number;
    previous?: string;
  },
) {
  await m.query(
    `INSERT INTO care_case (id, service_user_id, lead_agency_code, case_manager_id, status, opened_at, previous_case_id)
     VALUES ($1, $2, $3, $4, 'ACTIVE', ${ago(o.openedDaysAgo)}, $5)`,
    [o.id, o.su, o.agency, o.manager, o.previous ?? null],
  );
  await m.query(
    `INSERT INTO case_manager_assignment (id, case_id, agency_code, case_manager_id, reason, started_at)
     VALUES (gen_random_uuid(), $1, $2, $3, 'OPENED', ${ago(o.openedDaysAgo)})`,
    [o.id, o.agency, o.manager],
  );
}

/** Whether the demo is there: Jamie, its first service user, is registered. */
export async function isDemoSeeded(m: EntityManager): Promise<boolean> {
  const rows: unknown[] = await m.query(`SELECT 1 FROM service_user WHERE id = $1`, [
    DEMO.serviceUsers.jamie.id,
  ]);
  return rows.length > 0;
}

/**
 * The demo's three service users and their cases: Jamie's, led by CDAS; Chloe's, opened by the
 * methadone clinic (transferred to CDAS by the case-transfer part); Alex's, closed at an exit
 * meeting, and the new case opened when Alex re-engaged, linked to the closed one.
 */
export async function seedCaseDemo(_: CmServices, m: EntityManager): Promise<void> {
  const { jamie, chloe, alex } = DEMO.serviceUsers;
  await person(m, jamie, 'Jamie', 'Doyle', '1991-04-12');
  await person(m, chloe, 'Chloe', 'Nolan', '1987-09-30');
  await person(m, alex, 'Alex', 'Byrne', '1995-01-22');

  await openCase(m, {
    id: DEMO.cases.jamie,
    su: jamie.id,
    agency: 'CDAS',
    manager: aoife.userId,
    openedDaysAgo: 100,
  });
  await openCase(m, {
    id: DEMO.cases.chloe,
    su: chloe.id,
    agency: 'HSEM',
    manager: DEMO.staff.niamh.id,
    openedDaysAgo: 200,
  });

  await openCase(m, {
    id: DEMO.cases.alexClosed,
    su: alex.id,
    agency: 'CDAS',
    manager: aoife.userId,
    openedDaysAgo: 400,
  });
  await m.query(
    `INSERT INTO case_closure (case_id, goals_achieved, future_supports, re_engagement_explained, closed_by, closed_at)
     VALUES ($1, 'Drug-free for six months; back in part-time work', 'Monthly aftercare group at CDAS; GP to continue reviews', true, $2, ${ago(150)})`,
    [DEMO.cases.alexClosed, aoife.userId],
  );
  await m.query(`UPDATE care_case SET status = 'CLOSED', closed_at = ${ago(150)} WHERE id = $1`, [
    DEMO.cases.alexClosed,
  ]);
  await m.query(`UPDATE case_manager_assignment SET ended_at = ${ago(150)} WHERE case_id = $1`, [
    DEMO.cases.alexClosed,
  ]);
  await openCase(m, {
    id: DEMO.cases.alex,
    su: alex.id,
    agency: 'CDAS',
    manager: aoife.userId,
    openedDaysAgo: 5,
    previous: DEMO.cases.alexClosed,
  });
}
