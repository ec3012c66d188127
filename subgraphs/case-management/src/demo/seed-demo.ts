import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO, type Directory, type Identity } from '@icp/shared';
import { readPlanSnapshot, type CarePlanService } from '../care-plan/care-plan.service';
import { CarePlan } from '../care-plan/care-plan.entity';
import { CarePlanVersion } from '../care-plan/plan-version.entity';
import { NeedDomain } from '../care-plan/need-domain';
import type { MeetingService } from '../meeting/meeting.service';
import { MeetingReason } from '../meeting/meeting.entity';

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const ago = (n: number) => `now() - interval '${n} days'`;
const ALL = [
  'IDENTITY',
  'CARE_PLAN_SUMMARY',
  'PHYSICAL_HEALTH',
  'MENTAL_HEALTH',
  'SUBSTANCE_USE',
  'HOUSING_AND_SOCIAL',
  'LEGAL_AND_JUSTICE',
  'MEETING_RECORDS',
];
const aoife: Identity = {
  agencyCode: 'CDAS',
  userId: DEMO.staff.aoife.id,
  roles: ['CASE_MANAGER'],
  requestId: 'demo-seed',
};

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

async function firstVersion(m: EntityManager, planId: string, summary: string) {
  const p = (await m.getRepository(CarePlan).findOneBy({ id: planId }))!;
  await m.getRepository(CarePlanVersion).insert({
    id: randomUUID(),
    planId,
    version: 1,
    authorId: aoife.userId,
    authorAgencyCode: 'CDAS',
    createdAt: new Date(),
    changeSummary: summary,
    meetingId: null,
    snapshot: await readPlanSnapshot(m, p),
  });
}

/**
 * Seeds the demo federation's case-management data once, showing each feature: Jamie's plan with
 * needs, SMART goals and actions across three agencies and a revised second version; Chloe's case,
 * transferred from the methadone clinic to CDAS by a completed three-way handover, with an overdue
 * review, a referral awaiting follow-up and a Gaps and Blocks escalation at level 3; Alex's case,
 * closed at an exit meeting and re-opened when Alex re-engaged; and consents that differ per
 * agency. Returns false when the data was already there.
 */
export async function seedDemo(
  ds: DataSource,
  plans: CarePlanService,
  meetings: MeetingService,
  directory: Directory,
): Promise<boolean> {
  const { jamie, chloe, alex } = DEMO.serviceUsers;
  const a = DEMO.actions;
  const seeded = await ds.transaction(async (m) => {
    if ((await m.query(`SELECT 1 FROM service_user WHERE id = $1`, [jamie.id])).length > 0)
      return false;
    await person(m, jamie, 'Jamie', 'Doyle', '1991-04-12');
    await person(m, chloe, 'Chloe', 'Nolan', '1987-09-30');
    await person(m, alex, 'Alex', 'Byrne', '1995-01-22');

    // Jamie: CDAS leads; a plan across CDAS, probation and the methadone clinic.
    await openCase(m, {
      id: DEMO.cases.jamie,
      su: jamie.id,
      agency: 'CDAS',
      manager: aoife.userId,
      openedDaysAgo: 100,
    });
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
          jamie.id,
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

    // Chloe: opened by the methadone clinic, handed to CDAS by a completed three-way handover.
    await openCase(m, {
      id: DEMO.cases.chloe,
      su: chloe.id,
      agency: 'HSEM',
      manager: DEMO.staff.niamh.id,
      openedDaysAgo: 200,
    });
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
    // Last reviewed 100 days ago, due 10 days ago: overdue on Aoife's worklist.
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
      [a.chloeHousing, DEMO.plans.chloe, DEMO.cases.chloe, chloe.id, aoife.userId, days(-3)],
    );
    await firstVersion(m, DEMO.plans.chloe, 'Care plan carried over at the transfer to CDAS');
    // A referral waiting, follow-up due today; and probation not engaging, escalated to level 3.
    const consentProb = randomUUID();
    await m.query(
      `INSERT INTO consent (id, service_user_id, recipient_agency_code, categories, purpose, valid_from, status, evidence_ref, recorded_by, recorded_by_agency)
       VALUES ($1, $2, 'PROB', $3, 'REFERRAL', ${ago(40)}, 'ACTIVE', 'FORM-PROB-1002', $4, 'CDAS')`,
      [consentProb, chloe.id, ['CARE_PLAN_SUMMARY', 'LEGAL_AND_JUSTICE'], aoife.userId],
    );
    const referral = randomUUID();
    await m.query(
      `INSERT INTO referral (id, case_id, service_user_id, to_agency_code, reason, consent_id, status, follow_up_on, interim_plan, created_by, created_at)
       VALUES ($1, $2, $3, 'PROB', 'Support with an outstanding court summons', $4, 'WAITING', $5,
               'Aoife attends court with Chloe if the summons date comes first', $6, ${ago(35)})`,
      [referral, DEMO.cases.chloe, chloe.id, consentProb, days(0), aoife.userId],
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
    const gap = randomUUID();
    await m.query(
      `INSERT INTO gap_block (id, case_id, service_user_id, concerning_agency_code, issue, what_tried, level, status, raised_by, raised_by_agency, raised_at)
       VALUES ($1, $2, $3, 'PROB', 'Probation has given no date for the court-support referral in four weeks',
               'Phoned the duty officer twice and emailed the team leader', 3, 'OPEN', $4, 'CDAS', ${ago(28)})`,
      [gap, DEMO.cases.chloe, chloe.id, aoife.userId],
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

    // Alex: closed at an exit meeting, then re-engaged: a new case linked to the old one.
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

    const consents: [string, string, string[], string][] = [
      [jamie.id, 'CDAS', ALL, 'CASE_MANAGEMENT'],
      [jamie.id, 'HSEM', ALL, 'CARE_COORDINATION'],
      [jamie.id, 'PROB', ['CARE_PLAN_SUMMARY', 'LEGAL_AND_JUSTICE'], 'CARE_COORDINATION'],
      [chloe.id, 'CDAS', ALL, 'CASE_MANAGEMENT'],
      [chloe.id, 'HSEM', ALL, 'CARE_COORDINATION'],
      [alex.id, 'CDAS', ALL, 'CASE_MANAGEMENT'],
    ];
    for (const [suId, recipient, categories, purpose] of consents) {
      // HSEM provides methadone: its consents are full copies (every category, NDRF Protocol 3).
      await m.query(
        `INSERT INTO consent (id, service_user_id, recipient_agency_code, categories, purpose, valid_from, status,
                              evidence_ref, evidence_signed_on, recorded_by, recorded_by_agency, full_copy)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, now() - interval '90 days', 'ACTIVE', $5,
                 (now() - interval '90 days')::date, $6, 'CDAS', $7)`,
        [
          suId,
          recipient,
          categories,
          purpose,
          `FORM-${recipient}-${suId.slice(-4)}`,
          aoife.userId,
          recipient === 'HSEM',
        ],
      );
    }
    // Jamie lets any GP practice in the federation see who he is and his physical health.
    await m.query(
      `INSERT INTO consent (id, service_user_id, recipient_agency_kind, categories, purpose, valid_from, status,
                            evidence_ref, evidence_signed_on, recorded_by, recorded_by_agency)
       VALUES (gen_random_uuid(), $1, 'GP', $2, 'CARE_COORDINATION', now() - interval '60 days', 'ACTIVE',
               'FORM-GP-1001', (now() - interval '60 days')::date, $3, 'CDAS')`,
      [jamie.id, ['IDENTITY', 'PHYSICAL_HEALTH'], aoife.userId],
    );
    // Every consent starts with its first version.
    await m.query(
      `INSERT INTO consent_version (consent_id, version, change, snapshot, changed_by, changed_by_agency, changed_at)
       SELECT c.id, 1, 'GRANTED', jsonb_build_object(
                'recipientAgencyCode', c.recipient_agency_code, 'recipientAgencyKind', c.recipient_agency_kind,
                'categories', to_jsonb(c.categories), 'purpose', c.purpose, 'fullCopy', c.full_copy,
                'validFrom', c.valid_from, 'validUntil', c.valid_until, 'evidenceRef', c.evidence_ref,
                'evidenceSignedOn', c.evidence_signed_on, 'status', c.status),
              c.recorded_by, c.recorded_by_agency, c.recorded_at
         FROM consent c WHERE NOT EXISTS (SELECT 1 FROM consent_version v WHERE v.consent_id = c.id)`,
    );
    return true;
  });
  if (seeded) {
    // A second version through the service itself, so the demo shows history and differences.
    await plans.revise(aoife, {
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
          id: a.jamieRelapsePrevention,
          description:
            'Attend the weekly relapse-prevention group and one extra one-to-one session',
        },
      ],
      removeActionIds: [],
    });
  }
  // The demo meetings invite all three demo agencies; a smaller federation gets none.
  const present = ['CDAS', 'PROB', 'HSEM'].filter((code) => directory.agency(code));
  if (seeded && present.length === 3) await seedMeetings(ds, meetings);
  return seeded;
}

/**
 * Jamie's quarterly review, held three weeks ago, minuted action by action, finalised into a plan
 * version and circulated the next day with both other agencies' acknowledgements; and Chloe's
 * overdue review, scheduled for next week with invitations sent.
 */
async function seedMeetings(ds: DataSource, meetings: MeetingService): Promise<void> {
  const a = DEMO.actions;
  const held = new Date(Date.now() - 21 * 86_400_000);
  held.setUTCHours(10, 0, 0, 0);
  const review = await meetings.schedule(aoife, {
    caseId: DEMO.cases.jamie,
    reason: MeetingReason.REVIEW,
    scheduledFor: held,
    place: 'CDAS, Room 2',
    invitedAgencyCodes: ['CDAS', 'PROB', 'HSEM'],
    invitedKeyWorkers: [],
    purpose: "Quarterly review of Jamie's interagency care plan",
    aims: 'Review every action; agree support after the lapse',
    transferId: null,
  } as never);
  await meetings.sendInvitations(aoife, review.id);
  const plan = (await ds.getRepository(CarePlan).findOneBy({ id: DEMO.plans.jamie }))!;
  const actionReview = (actionId: string, worked: string, next: string) => ({
    actionId,
    whatWorkedWell: worked,
    challenges: 'Travel costs between appointments',
    gapsAndBlocks: null,
    newIssues: null,
    nextSteps: next,
  });
  await meetings.recordMinutes(aoife, {
    meetingId: review.id,
    expectedRecordVersion: 0,
    summary:
      'Good progress overall; one lapse handled well; keep the plan, review again in a month',
    actionReviews: [
      actionReview(
        a.jamieRelapsePrevention,
        'Attends the group most weeks',
        'Add a one-to-one after any lapse',
      ),
      actionReview(
        a.jamieProbationSupervision,
        'All appointments kept',
        'Continue; 80 hours remain',
      ),
      actionReview(a.jamieMethadone, 'Dose stable', 'Continue weekly review'),
    ],
    decisions: ['Keep the current plan', 'CDAS to fund a travel pass'],
    planChanges: null,
    gapsAndBlocks: [],
  } as never);
  await meetings.finalise(aoife, {
    meetingId: review.id,
    expectedPlanVersion: plan.version,
    nextReviewOn: days(30),
  });
  await meetings.circulate(aoife, review.id);
  // Circulated the day after the meeting, within the two working days.
  await ds.query(`UPDATE meeting_circulation SET circulated_at = $2 WHERE meeting_id = $1`, [
    review.id,
    new Date(held.getTime() + 86_400_000),
  ]);
  await ds.query(`UPDATE care_meeting SET circulated_at = $2 WHERE id = $1`, [
    review.id,
    new Date(held.getTime() + 86_400_000),
  ]);
  for (const staff of [DEMO.staff.declan, DEMO.staff.niamh]) {
    await meetings.acknowledge(
      {
        agencyCode: staff.agencyCode,
        userId: staff.id,
        roles: ['KEY_WORKER'],
        requestId: 'demo-seed',
      },
      review.id,
    );
  }
  const upcoming = new Date(Date.now() + 7 * 86_400_000);
  upcoming.setUTCHours(14, 0, 0, 0);
  const next = await meetings.schedule(aoife, {
    caseId: DEMO.cases.chloe,
    reason: MeetingReason.REVIEW,
    scheduledFor: upcoming,
    place: 'Video call',
    invitedAgencyCodes: ['CDAS', 'HSEM', 'PROB'],
    invitedKeyWorkers: [],
    purpose: "Chloe's overdue quarterly review",
    aims: 'Agree the housing plan; settle the probation referral',
    transferId: null,
  } as never);
  await meetings.sendInvitations(aoife, next.id);
}
