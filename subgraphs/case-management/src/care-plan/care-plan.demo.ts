import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEMO } from '@icp/shared';
import { ago, aoife, days } from '../kernel/demo';
import type { CmServices } from '../kernel/context';
import { writePlanVersion } from './plan-versions';
import { CarePlan } from './care-plan.entity';
import { NeedDomain } from './need-domain';

async function plan(
  m: EntityManager,
  o: { id: string; caseId: string; lastReviewed: number; nextReview: number },
) {
  await m.query(
    `INSERT INTO care_plan (id, case_id, version, next_review_on, last_reviewed_on, created_by, created_at)
     VALUES ($1, $2, 1, $3, $4, $5, ${ago(-o.lastReviewed)})`,
    [o.id, o.caseId, days(o.nextReview), days(o.lastReviewed), aoife.userId],
  );
}

/** The plan's first version, by Aoife, with the plan's content as written. */
async function firstVersion(m: EntityManager, planId: string, summary: string) {
  const p = (await m.getRepository(CarePlan).findOneBy({ id: planId }))!;
  await writePlanVersion(m, aoife, p, { changeSummary: summary });
}

/** Jamie's plan: needs, SMART goals and actions across CDAS, probation and the methadone clinic. */
async function jamiesPlan(m: EntityManager): Promise<void> {
  const a = DEMO.actions;
  await plan(m, {
    id: DEMO.plans.jamie,
    caseId: DEMO.cases.jamie,
    lastReviewed: -60,
    nextReview: 30,
  });
  const needs = {
    opioids: randomUUID(),
    mood: randomUUID(),
    probation: randomUUID(),
  };
  for (const [id, domain, text] of [
    [
      needs.opioids,
      NeedDomain.SUBSTANCE_USE,
      'Opioid dependence; on methadone maintenance since March',
    ],
    [needs.mood, NeedDomain.PSYCHOLOGICAL, 'Low mood and anxiety since a family bereavement'],
    [needs.probation, NeedDomain.LEGAL, 'Probation order with 120 hours of community service'],
  ] as const) {
    await m.query(`INSERT INTO need (id, plan_id, domain, description) VALUES ($1, $2, $3, $4)`, [
      id,
      DEMO.plans.jamie,
      domain,
      text,
    ]);
  }
  const goals = { stable: randomUUID(), relapse: randomUUID(), order: randomUUID() };
  for (const [id, needId, domain, statement, measure, achievability, target] of [
    [
      goals.stable,
      needs.opioids,
      'SUBSTANCE_USE',
      'Stay stable on a methadone dose that holds for 24 hours',
      'Three consecutive negative opiate screens',
      'Dose titrated weekly with the clinic nurse',
      60,
    ],
    [
      goals.relapse,
      needs.mood,
      'PSYCHOLOGICAL',
      'Use relapse-prevention skills when low mood triggers cravings',
      'Attends 10 of 12 group sessions and keeps a trigger diary',
      'Group runs weekly near home',
      84,
    ],
    [
      goals.order,
      needs.probation,
      'LEGAL',
      'Complete the community service order on time',
      '120 hours logged by the probation officer',
      'Hours scheduled around clinic times',
      120,
    ],
  ] as const) {
    await m.query(
      `INSERT INTO goal (id, plan_id, need_id, domain, statement, measure, achievability, target_date, status, proposed_by_agency)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'ACTIVE', 'CDAS')`,
      [id, DEMO.plans.jamie, needId, domain, statement, measure, achievability, days(target)],
    );
  }
  const actions: [string, string, string, string, string, string, number][] = [
    [
      a.jamieRelapsePrevention,
      goals.relapse,
      'Attend the weekly relapse-prevention group',
      'PSYCHOLOGICAL',
      'CDAS',
      DEMO.staff.aoife.id,
      2,
    ],
    [
      a.jamieProbationSupervision,
      goals.order,
      'Keep fortnightly probation appointments and complete community service hours',
      'LEGAL',
      'PROB',
      DEMO.staff.declan.id,
      4,
    ],
    [
      a.jamieMethadone,
      goals.stable,
      'Stabilise on methadone maintenance with weekly clinic review',
      'SUBSTANCE_USE',
      'HSEM',
      DEMO.staff.niamh.id,
      1,
    ],
  ];
  for (const [
    i,
    [id, goalId, description, domain, agency, keyWorker, weeks],
  ] of actions.entries()) {
    await m.query(
      `INSERT INTO plan_action (id, plan_id, case_id, service_user_id, goal_id, description, domain, responsible_agency_code,
                                key_worker_id, due_on, review_every_weeks)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        DEMO.plans.jamie,
        DEMO.cases.jamie,
        DEMO.serviceUsers.jamie.id,
        goalId,
        description,
        domain,
        agency,
        keyWorker,
        days(14 * (i + 1)),
        weeks,
      ],
    );
  }
  await firstVersion(
    m,
    DEMO.plans.jamie,
    'Care plan agreed at the first interagency care plan meeting',
  );
}

/**
 * Jamie's plan, revised once (through the service, so the demo shows history and differences);
 * and Chloe's, carried over at her transfer to CDAS, last reviewed 100 days ago and due 10 days
 * ago: overdue on Aoife's worklist.
 */
export async function seedCarePlanDemo(s: CmServices, m: EntityManager): Promise<void> {
  await jamiesPlan(m);

  await plan(m, {
    id: DEMO.plans.chloe,
    caseId: DEMO.cases.chloe,
    lastReviewed: -100,
    nextReview: -10,
  });
  await m.query(
    `INSERT INTO need (id, plan_id, domain, description) VALUES (gen_random_uuid(), $1, 'SOCIAL', $2)`,
    [DEMO.plans.chloe, 'Sleeping in emergency accommodation; needs a stable tenancy'],
  );
  await m.query(
    `INSERT INTO plan_action (id, plan_id, case_id, service_user_id, description, domain, responsible_agency_code, key_worker_id, due_on, review_every_weeks)
     VALUES ($1, $2, $3, $4, 'Complete a housing needs assessment with the key worker', 'SOCIAL', 'CDAS', $5, $6, 4)`,
    [
      DEMO.actions.chloeHousing,
      DEMO.plans.chloe,
      DEMO.cases.chloe,
      DEMO.serviceUsers.chloe.id,
      aoife.userId,
      days(-3),
    ],
  );
  await firstVersion(m, DEMO.plans.chloe, 'Care plan carried over at the transfer to CDAS');

  await s.plans.revise(aoife, {
    planId: DEMO.plans.jamie,
    expectedVersion: 1,
    changeSummary: 'Monthly check-in: one lapse reported; extra one-to-one session agreed',
    addNeeds: [],
    updateNeeds: [],
    removeNeedIds: [],
    addGoals: [],
    updateGoals: [],
    addActions: [],
    updateActions: [
      {
        id: DEMO.actions.jamieRelapsePrevention,
        description: 'Attend the weekly relapse-prevention group and one extra one-to-one session',
      },
    ],
    removeActionIds: [],
  });
}
