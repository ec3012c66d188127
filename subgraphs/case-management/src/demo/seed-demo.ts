import type { DataSource } from 'typeorm';
import { DEMO } from '@icp/shared';

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Seeds the demo federation's case-management data once: two service users with cases, Jamie's
 * plan with actions across three agencies, and consents that differ per agency so the demo shows
 * consent at work. Returns false when the data was already there.
 */
export async function seedDemo(ds: DataSource): Promise<boolean> {
  return ds.transaction(async (m) => {
    const seeded: unknown[] = await m.query(`SELECT 1 FROM service_user WHERE id = $1`, [
      DEMO.serviceUsers.jamie.id,
    ]);
    if (seeded.length > 0) return false;
    const { jamie, chloe } = DEMO.serviceUsers;
    for (const [su, given, family, dob] of [
      [jamie, 'Jamie', 'Doyle', '1991-04-12'],
      [chloe, 'Chloe', 'Nolan', '1987-09-30'],
    ] as const) {
      await m.query(
        `INSERT INTO service_user (id, pseudonym, registered_by_agency) VALUES ($1, $2, 'CDAS')`,
        [su.id, su.pseudonym],
      );
      await m.query(
        `INSERT INTO service_user_identity (service_user_id, given_name, family_name, date_of_birth) VALUES ($1, $2, $3, $4)`,
        [su.id, given, family, dob],
      );
    }
    await m.query(
      `INSERT INTO care_case (id, service_user_id, lead_agency_code, case_manager_id, status, opened_at)
       VALUES ($1, $2, 'CDAS', $3, 'ACTIVE', now() - interval '100 days'),
              ($4, $5, 'CDAS', $3, 'ACTIVE', now() - interval '20 days')`,
      [DEMO.cases.jamie, jamie.id, DEMO.staff.aoife.id, DEMO.cases.chloe, chloe.id],
    );
    await m.query(
      `INSERT INTO care_plan (id, case_id, version, next_review_on) VALUES ($1, $2, 1, $3), ($4, $5, 1, $6)`,
      [DEMO.plans.jamie, DEMO.cases.jamie, days(30), DEMO.plans.chloe, DEMO.cases.chloe, days(80)],
    );
    const a = DEMO.actions;
    const actions: [string, string, string, string, string, string, string, string][] = [
      [
        a.jamieRelapsePrevention,
        DEMO.plans.jamie,
        DEMO.cases.jamie,
        jamie.id,
        'Attend the weekly relapse-prevention group',
        'PSYCHOLOGICAL',
        'CDAS',
        DEMO.staff.aoife.id,
      ],
      [
        a.jamieProbationSupervision,
        DEMO.plans.jamie,
        DEMO.cases.jamie,
        jamie.id,
        'Keep fortnightly probation appointments and complete community service hours',
        'LEGAL',
        'PROB',
        DEMO.staff.declan.id,
      ],
      [
        a.jamieMethadone,
        DEMO.plans.jamie,
        DEMO.cases.jamie,
        jamie.id,
        'Stabilise on methadone maintenance with weekly clinic review',
        'PHYSICAL',
        'HSEM',
        DEMO.staff.niamh.id,
      ],
      [
        a.chloeHousing,
        DEMO.plans.chloe,
        DEMO.cases.chloe,
        chloe.id,
        'Complete a housing needs assessment with the key worker',
        'SOCIAL',
        'CDAS',
        DEMO.staff.aoife.id,
      ],
    ];
    for (const [i, row] of actions.entries()) {
      await m.query(
        `INSERT INTO plan_action (id, plan_id, case_id, service_user_id, description, domain, responsible_agency_code, key_worker_id, due_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [...row, days(14 * (i + 1))],
      );
    }
    const all = [
      'IDENTITY',
      'CARE_PLAN_SUMMARY',
      'PHYSICAL_HEALTH',
      'MENTAL_HEALTH',
      'SUBSTANCE_USE',
      'HOUSING_AND_SOCIAL',
      'LEGAL_AND_JUSTICE',
      'MEETING_RECORDS',
    ];
    const consents: [string, string, string[], string][] = [
      [jamie.id, 'CDAS', all, 'CASE_MANAGEMENT'],
      [jamie.id, 'HSEM', all, 'CARE_COORDINATION'],
      [jamie.id, 'PROB', ['CARE_PLAN_SUMMARY', 'LEGAL_AND_JUSTICE'], 'CARE_COORDINATION'],
      [chloe.id, 'CDAS', all, 'CASE_MANAGEMENT'],
    ];
    for (const [suId, recipient, categories, purpose] of consents) {
      await m.query(
        `INSERT INTO consent (id, service_user_id, recipient_agency_code, categories, purpose, valid_from, status,
                              evidence_ref, recorded_by, recorded_by_agency)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, now() - interval '90 days', 'ACTIVE', $5, $6, 'CDAS')`,
        [
          suId,
          recipient,
          categories,
          purpose,
          `FORM-${recipient}-${suId.slice(-4)}`,
          DEMO.staff.aoife.id,
        ],
      );
    }
    return true;
  });
}
