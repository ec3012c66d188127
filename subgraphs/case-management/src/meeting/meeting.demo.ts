import type { EntityManager } from 'typeorm';
import { DEMO } from '@icp/shared';
import { aoife, days } from '../kernel/demo';
import type { CmServices } from '../kernel/context';
import { CarePlan } from '../care-plan/care-plan.entity';
import { MeetingReason } from './meeting.entity';

/**
 * Jamie's quarterly review, held three weeks ago, minuted action by action, finalised into a plan
 * version and circulated the next day with both other agencies' acknowledgements; and Chloe's
 * overdue review, scheduled for next week with invitations sent. Written through the meeting
 * service. The demo meetings invite all three demo agencies: a smaller federation gets none.
 */
export async function seedMeetingDemo(s: CmServices, m: EntityManager): Promise<void> {
  if (!['CDAS', 'PROB', 'HSEM'].every((code) => s.directory.agency(code))) return;
  const meetings = s.meetings;
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
  });
  await meetings.sendInvitations(aoife, review.id);
  const plan = (await m.getRepository(CarePlan).findOneBy({ id: DEMO.plans.jamie }))!;
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
  });
  // Finalising records the meeting as a new version of Jamie's plan.
  await meetings.finalise(aoife, {
    meetingId: review.id,
    expectedPlanVersion: plan.version,
    nextReviewOn: days(30),
  });
  await meetings.circulate(aoife, review.id);
  // Circulated the day after the meeting, within the two working days.
  await m.query(`UPDATE meeting_circulation SET circulated_at = $2 WHERE meeting_id = $1`, [
    review.id,
    new Date(held.getTime() + 86_400_000),
  ]);
  await m.query(`UPDATE care_meeting SET circulated_at = $2 WHERE id = $1`, [
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
  });
  await meetings.sendInvitations(aoife, next.id);
}
