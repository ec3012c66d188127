import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
  VersionConflictError,
  returnedRows,
  type Directory,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import type { CaseClosureService } from '../case/case-closure.service';
import { CarePlan } from '../care-plan/care-plan.entity';
import { PlanAction } from '../care-plan/plan-action.entity';
import type { CarePlanService } from '../care-plan/care-plan.service';
import type { PlanChanges } from '../care-plan/plan-content';
import type { TransferService } from '../case-transfer/transfer.service';
import type { GapBlockService } from '../gaps-and-blocks/gap-block.service';
import {
  Meeting,
  MeetingCirculation,
  MeetingInvitation,
  MeetingReason,
  MeetingStatus,
} from './meeting.entity';
import type { FinaliseMeetingInput, RecordMeetingMinutesInput } from './meeting.inputs';
import type { GapRaisedRecord, MeetingMinutes } from './meeting-minutes.type';
import { REASON_LABEL, meetingDate, requireStarted } from './meeting-rules';
import type { MeetingRecords } from './meeting-records';

/** The services of the features a meeting's outcome writes through, in its one transaction. */
export interface MeetingOutcomeFeatures {
  plans: CarePlanService;
  transfers: TransferService;
  closures: CaseClosureService;
  gapsAndBlocks: GapBlockService;
}

/**
 * The record and the after of a meeting (MeetingService fronts it): minutes saved as a
 * draft, finalised into one new plan version with the Gaps and Blocks forms it raised, then
 * circulated to every invited agency, which acknowledges it.
 */
export class MeetingOutcomes {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: Directory,
    private readonly meetings: MeetingRecords,
    private readonly features: MeetingOutcomeFeatures,
  ) {}

  recordMinutes(identity: Identity, input: RecordMeetingMinutesInput): Promise<Meeting> {
    const minutes = this.minutesOf(identity, input);
    return this.meetings.openForCaseManager(
      identity,
      input.meetingId,
      'record the meeting',
      async (m, mt, c) => {
        requireStarted(mt, MeetingStatus.MINUTES_DRAFT);
        if (mt.recordVersion !== input.expectedRecordVersion) {
          throw new VersionConflictError('MeetingRecord', mt.id, input.expectedRecordVersion);
        }
        const reviewed = minutes.actionReviews.map((r) => r.actionId);
        if (reviewed.length > 0) {
          const found = await m
            .getRepository(PlanAction)
            .find({ where: { id: In(reviewed), caseId: c.id }, select: { id: true } });
          const known = new Set(found.map((a) => a.id));
          const unknown = reviewed.filter((id) => !known.has(id));
          if (unknown.length > 0) {
            throw new BadInputError(
              `Reviewed actions must be actions of this case's plan; not: ${unknown.join(', ')}`,
              { field: 'actionReviews', reason: 'UNKNOWN_ACTION' },
            );
          }
        }
        await this.meetings.guarded(
          m,
          mt,
          `minutes = $2::jsonb, record_version = record_version + 1, status = 'MINUTES_DRAFT'`,
          [JSON.stringify(minutes)],
        );
      },
    );
  }

  /**
   * The minutes as stored, from an input already validated and normalised (meeting.inputs),
   * before anything is read: what depends on several items or on the directory is checked here.
   */
  private minutesOf(identity: Identity, input: RecordMeetingMinutesInput): MeetingMinutes {
    const seen = new Set<string>();
    const actionReviews = input.actionReviews.map((r) => {
      const { actionId } = r;
      if (seen.has(actionId)) {
        throw new BadInputError(`Action ${actionId} is reviewed twice`, { field: 'actionReviews' });
      }
      seen.add(actionId);
      return {
        actionId,
        whatWorkedWell: r.whatWorkedWell ?? null,
        challenges: r.challenges ?? null,
        gapsAndBlocks: r.gapsAndBlocks ?? null,
        newIssues: r.newIssues ?? null,
        nextSteps: r.nextSteps ?? null,
      };
    });
    const gapsAndBlocks: GapRaisedRecord[] = input.gapsAndBlocks.map((g) => {
      // The same rules as raising a form directly (GapBlockService.raise).
      if (!this.directory.agency(g.concerningAgencyCode)) {
        throw new BadInputError(`Agency ${g.concerningAgencyCode} is not in the directory`, {
          field: 'gapsAndBlocks.concerningAgencyCode',
        });
      }
      if (g.concerningAgencyCode === identity.agencyCode) {
        throw new BadInputError('A gap or block is raised about another agency than your own', {
          field: 'gapsAndBlocks.concerningAgencyCode',
        });
      }
      return {
        concerningAgencyCode: g.concerningAgencyCode,
        issue: g.issue,
        whatTried: g.whatTried,
      };
    });
    const pc = input.planChanges;
    const planChanges: PlanChanges = pc
      ? {
          nextReviewOn: pc.nextReviewOn || null,
          addNeeds: pc.addNeeds ?? [],
          updateNeeds: pc.updateNeeds ?? [],
          removeNeedIds: pc.removeNeedIds ?? [],
          addGoals: pc.addGoals ?? [],
          updateGoals: pc.updateGoals ?? [],
          addActions: pc.addActions ?? [],
          updateActions: pc.updateActions ?? [],
          removeActionIds: pc.removeActionIds ?? [],
        }
      : {};
    return {
      summary: input.summary,
      actionReviews,
      decisions: input.decisions,
      planChanges,
      gapsAndBlocks,
    };
  }

  /**
   * In one transaction: the minutes' plan changes (and for a REVIEW the review dates, the last one
   * the meeting's own date) become one new plan version tied to the meeting, each gap or block
   * raised becomes a level-1 form, and the meeting is FINALISED. Only once the meeting has
   * started; a stale plan version (VERSION_CONFLICT) or any refusal writes nothing.
   */
  finalise(identity: Identity, input: FinaliseMeetingInput): Promise<Meeting> {
    return this.meetings.openForCaseManager(
      identity,
      input.meetingId,
      'finalise the meeting',
      async (m, mt, c) => {
        // Never before it starts: the review date it records is the meeting's, never a future one.
        requireStarted(mt, MeetingStatus.FINALISED);
        const minutes = mt.minutes;
        if (!minutes) {
          throw new InvalidTransitionError('Meeting', mt.status, MeetingStatus.FINALISED);
        }
        const plan = await m.getRepository(CarePlan).findOneBy({ caseId: c.id });
        if (!plan) {
          throw new ConflictError('The case has no care plan to enter the outcome on', {
            reason: 'NO_PLAN',
          });
        }
        const on = meetingDate(mt);
        const changes: PlanChanges = { ...minutes.planChanges };
        const nextReviewOn = input.nextReviewOn ?? minutes.planChanges.nextReviewOn ?? null;
        if (nextReviewOn) changes.nextReviewOn = nextReviewOn;
        if (mt.reason === MeetingReason.REVIEW) {
          await this.requireEveryActionReviewed(m, plan, minutes);
          if (!nextReviewOn) {
            throw new BadInputError('A review meeting sets the next review date', {
              field: 'nextReviewOn',
            });
          }
          changes.lastReviewedOn = on;
        }
        // Each feature's service joins this transaction: all of it commits, or none.
        const changed = await this.features.plans.change(
          identity,
          plan.id,
          input.expectedPlanVersion,
          changes,
          {
            changeSummary: `${REASON_LABEL[mt.reason]} on ${on}: ${minutes.summary}`,
            meetingId: mt.id,
          },
        );
        // Each gap or block raised becomes a level-1 form raised by the case manager.
        const gapBlockIds = await this.features.gapsAndBlocks.raiseFromMeeting(
          identity,
          c,
          minutes.gapsAndBlocks,
        );
        // A transfer meeting is the three-way handover; its outcome is the written follow-up.
        if (mt.reason === MeetingReason.CASE_MANAGER_TRANSFER && mt.transferId) {
          if (!mt.serviceUserAttends) {
            throw new BadInputError(
              'A transfer meeting is the three-way handover: the service user attends',
              { field: 'serviceUserAttends', reason: 'HANDOVER_NOT_THREE_WAY' },
            );
          }
          await this.features.transfers.completeTransferAtMeeting(identity, mt.transferId, {
            heldAt: mt.scheduledFor,
            writtenFollowUp: [minutes.summary, ...minutes.decisions].join(' — '),
            planRevisions: `Plan version ${changed.version}`,
          });
        }
        // A closure meeting records the exit and closes the case.
        if (mt.reason === MeetingReason.CASE_CLOSURE) {
          if (!input.closure) {
            throw new BadInputError(
              'A closure meeting records goals achieved, future supports and the re-engagement message',
              {
                field: 'closure',
              },
            );
          }
          await this.features.closures.closeAtMeeting(identity, c, input.closure);
        }
        await this.meetings.guarded(
          m,
          mt,
          `status = 'FINALISED', finalised_at = now(), plan_version = $2, gap_block_ids = $3::uuid[]`,
          [changed.version, `{${gapBlockIds.join(',')}}`],
        );
      },
    );
  }

  /** A quarterly review reviews every current action of the plan: BAD_USER_INPUT lists the rest. */
  private async requireEveryActionReviewed(m: EntityManager, plan: CarePlan, mins: MeetingMinutes) {
    const actions = await m
      .getRepository(PlanAction)
      .find({ where: { planId: plan.id }, select: { id: true }, order: { id: 'ASC' } });
    const reviewed = new Set(mins.actionReviews.map((r) => r.actionId));
    const missingActionIds = actions.map((a) => a.id).filter((id) => !reviewed.has(id));
    if (missingActionIds.length > 0) {
      throw new BadInputError(
        `A review meeting reviews every action of the plan; not reviewed: ${missingActionIds.join(', ')}`,
        { field: 'actionReviews', reason: 'ACTIONS_NOT_REVIEWED' },
      );
    }
  }

  /** Sends the finalised outcome to every invited agency: one circulation row each. */
  circulate(identity: Identity, meetingId: string): Promise<Meeting> {
    return this.meetings.openForCaseManager(
      identity,
      meetingId,
      'circulate the outcome',
      async (m, mt) => {
        if (mt.status !== MeetingStatus.FINALISED) {
          throw new InvalidTransitionError('Meeting', mt.status, 'CIRCULATED');
        }
        const rows = returnedRows<{ circulated_at: Date }>(
          await m.query(
            `UPDATE care_meeting SET circulated_at = now()
             WHERE id = $1 AND status = 'FINALISED' AND circulated_at IS NULL RETURNING circulated_at`,
            [mt.id],
          ),
        );
        if (rows.length !== 1) {
          throw new ConflictError('The outcome has already been circulated', {
            reason: 'ALREADY_CIRCULATED',
          });
        }
        const invited = await m.getRepository(MeetingInvitation).findBy({ meetingId: mt.id });
        await m.getRepository(MeetingCirculation).insert(
          invited.map((i) => ({
            id: randomUUID(),
            meetingId: mt.id,
            agencyCode: i.agencyCode,
            circulatedAt: rows[0]!.circulated_at,
            acknowledgedBy: null,
            acknowledgedAt: null,
          })),
        );
      },
      { allowFinalised: true },
    );
  }

  /** Staff of an invited agency acknowledge the circulated outcome, once. */
  acknowledge(identity: Identity, meetingId: string): Promise<MeetingCirculation> {
    return this.uow.run(async (m) => {
      if (!(await m.getRepository(Meeting).existsBy({ id: meetingId }))) {
        throw new NotFoundError('Meeting', meetingId);
      }
      await this.meetings.requireInvited(m, identity, meetingId, 'acknowledge its outcome');
      const repo = m.getRepository(MeetingCirculation);
      const row = await repo.findOneBy({ meetingId, agencyCode: identity.agencyCode });
      if (!row) throw new InvalidTransitionError('Meeting', 'NOT_CIRCULATED', 'ACKNOWLEDGED');
      const done = returnedRows<{ id: string }>(
        await m.query(
          `UPDATE meeting_circulation SET acknowledged_at = now(), acknowledged_by = $2
           WHERE id = $1 AND acknowledged_at IS NULL RETURNING id`,
          [row.id, identity.userId],
        ),
      );
      if (done.length !== 1) {
        throw new ConflictError('Your agency has already acknowledged this outcome', {
          reason: 'ALREADY_ACKNOWLEDGED',
        });
      }
      return (await repo.findOneBy({ id: row.id }))!;
    });
  }
}
