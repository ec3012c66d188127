import { Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { In, IsNull, LessThan, Between, Not } from 'typeorm';
import {
  AgencyCallError,
  ForbiddenError,
  addDays,
  today,
  type Identity,
  type Logger,
  type UnitOfWork,
} from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { CarePlan } from '../care-plan/care-plan.entity';
import { PlanAction } from '../care-plan/plan-action.entity';
import { Referral } from '../referral/referral.entity';
import type { ReferralService } from '../referral/referral.service';
import { Case, CaseStatus } from '../case/case.entity';
import { CaseTransfer, TransferStatus } from '../case/case-history.entity';
import { ServiceDeliveryChange } from '../service-delivery-change/service-delivery-change.entity';
import { Meeting, MeetingStatus } from '../meeting/meeting.entity';
import { GapBlock, GapBlockStatus } from '../gaps-and-blocks/gap-block.entity';
import type { AgencyStaff } from '../agency/agency-staff';
import { lateMeetingOutcomes } from '../meeting/meeting.service';
import { EmergencyAccess } from '../emergency-access/emergency-access.entity';

/** What a case manager must act on, across the open cases they hold. */
@ObjectType('CaseManagerWorklist')
export class CaseManagerWorklist {
  @Field(() => [CarePlan], {
    description: 'Plans whose review date has passed, most overdue first.',
  })
  overdueReviews!: CarePlan[];

  @Field(() => [CarePlan], {
    description: 'Plans due for review within the window, soonest first.',
  })
  reviewsDueSoon!: CarePlan[];

  @Field(() => [PlanAction], { description: 'Agreed actions past their due date.' })
  overdueActions!: PlanAction[];

  @Field(() => [Referral], {
    description: 'Referrals whose follow-up date has come, or waiting with none set.',
  })
  referralsAwaitingFollowUp!: Referral[];

  @Field(() => [CaseTransfer], {
    description: 'Transfers of cases to you that wait for your acceptance.',
  })
  transfersAwaitingAcceptance!: CaseTransfer[];

  @Field(() => [ServiceDeliveryChange], {
    description: 'Changes agencies made to their service delivery, not yet acknowledged.',
  })
  serviceDeliveryChanges!: ServiceDeliveryChange[];

  @Field(() => [Meeting], {
    description:
      'Meetings whose outcome was not circulated within 2 working days (Mon-Fri), oldest first.',
  })
  lateMeetingOutcomes!: Meeting[];

  @Field(() => [EmergencyAccess], {
    description:
      'Emergency (break-glass) accesses to your cases not yet reviewed, oldest first: review each with reviewEmergencyAccess.',
  })
  emergencyAccessesToReview!: EmergencyAccess[];

  @Field(() => [Meeting], {
    description:
      'Meetings of your cases still to be held, from now to the end of the window (dueWithinDays), soonest first.',
  })
  upcomingMeetings!: Meeting[];

  @Field(() => [GapBlock], {
    description:
      'Open Gaps and Blocks forms on your cases, at whatever level each has reached: the highest level first, then the oldest.',
  })
  openGapsAndBlocks!: GapBlock[];

  @Field(() => [PlanAction], {
    description:
      "Actions naming a key worker whom the responsible agency has deactivated (or who is no longer on its staff): name another with reviseCarePlan's updateActions.keyWorkerId. An agency that does not answer in time adds nothing here.",
  })
  actionsToReassign!: PlanAction[];
}

export class WorklistService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly referrals: ReferralService,
    /** Each agency's own answer to whether the key workers actions name are still its staff. */
    private readonly staff: AgencyStaff,
    private readonly logger: Logger,
  ) {}

  async forCaseManager(identity: Identity, dueWithinDays: number): Promise<CaseManagerWorklist> {
    if (!identity.roles.includes('CASE_MANAGER'))
      throw new ForbiddenError('The worklist is for case managers');
    const now = today();
    const cases = await this.uow.manager.getRepository(Case).findBy({
      leadAgencyCode: identity.agencyCode,
      caseManagerId: identity.userId,
      status: In([CaseStatus.ACTIVE, CaseStatus.REFERRED]),
    });
    const caseIds = cases.map((c) => c.id);
    const transfersAwaitingAcceptance = await this.uow.manager.getRepository(CaseTransfer).find({
      where: {
        toAgencyCode: identity.agencyCode,
        toCaseManagerId: identity.userId,
        status: TransferStatus.REQUESTED,
      },
      order: { requestedAt: 'ASC' },
    });
    if (caseIds.length === 0) {
      return {
        overdueReviews: [],
        reviewsDueSoon: [],
        overdueActions: [],
        referralsAwaitingFollowUp: [],
        transfersAwaitingAcceptance,
        serviceDeliveryChanges: [],
        lateMeetingOutcomes: [],
        emergencyAccessesToReview: [],
        upcomingMeetings: [],
        openGapsAndBlocks: [],
        actionsToReassign: [],
      };
    }
    const plans = this.uow.manager.getRepository(CarePlan);
    const [overdueReviews, reviewsDueSoon, overdueActions, referrals, serviceDeliveryChanges] =
      await Promise.all([
        plans.find({
          where: { caseId: In(caseIds), nextReviewOn: LessThan(now) },
          order: { nextReviewOn: 'ASC' },
        }),
        plans.find({
          where: { caseId: In(caseIds), nextReviewOn: Between(now, addDays(now, dueWithinDays)) },
          order: { nextReviewOn: 'ASC' },
        }),
        this.uow.manager
          .getRepository(PlanAction)
          .find({ where: { caseId: In(caseIds), dueOn: LessThan(now) }, order: { dueOn: 'ASC' } }),
        this.referrals.awaitingFollowUp(caseIds, now),
        this.uow.manager.getRepository(ServiceDeliveryChange).find({
          where: { caseId: In(caseIds), acknowledgedAt: IsNull() },
          order: { recordedAt: 'ASC' },
        }),
      ]);
    const lateMeetings = await lateMeetingOutcomes(this.uow.manager, caseIds);
    const emergencyAccessesToReview = await this.uow.manager.getRepository(EmergencyAccess).find({
      where: { caseId: In(caseIds), reviewedAt: IsNull() },
      order: { startedAt: 'ASC', id: 'ASC' },
    });
    const [upcomingMeetings, openGapsAndBlocks, actionsToReassign] = await Promise.all([
      this.uow.manager
        .getRepository(Meeting)
        .createQueryBuilder('mt')
        .where({ caseId: In(caseIds), status: MeetingStatus.SCHEDULED })
        .andWhere('mt.scheduled_for >= :from AND mt.scheduled_for < :until', {
          from: new Date(),
          until: new Date(`${addDays(now, dueWithinDays + 1)}T00:00:00Z`),
        })
        .orderBy('mt.scheduled_for', 'ASC')
        .addOrderBy('mt.id', 'ASC')
        .getMany(),
      this.uow.manager.getRepository(GapBlock).find({
        where: { caseId: In(caseIds), status: GapBlockStatus.OPEN },
        order: { level: 'DESC', raisedAt: 'ASC', id: 'ASC' },
      }),
      this.actionsToReassign(identity, caseIds),
    ]);
    return {
      overdueReviews,
      reviewsDueSoon,
      overdueActions,
      referralsAwaitingFollowUp: referrals,
      transfersAwaitingAcceptance,
      serviceDeliveryChanges,
      lateMeetingOutcomes: lateMeetings,
      emergencyAccessesToReview,
      upcomingMeetings,
      openGapsAndBlocks,
      actionsToReassign,
    };
  }

  /**
   * The actions of the cases whose named key worker is not active staff of the responsible
   * agency, as each agency's own server says (one call per agency, in parallel). An agency that
   * cannot be asked (within 3 s) is skipped and logged: the worklist still answers without it.
   */
  private async actionsToReassign(identity: Identity, caseIds: string[]): Promise<PlanAction[]> {
    const named = await this.uow.manager.getRepository(PlanAction).find({
      where: { caseId: In(caseIds), keyWorkerId: Not(IsNull()) },
      order: { dueOn: { direction: 'ASC', nulls: 'LAST' }, id: 'ASC' },
    });
    const byAgency = new Map<string, PlanAction[]>();
    for (const a of named) {
      byAgency.set(a.responsibleAgencyCode, [...(byAgency.get(a.responsibleAgencyCode) ?? []), a]);
    }
    const inactive = new Set<PlanAction>();
    await Promise.all(
      [...byAgency].map(async ([agencyCode, actions]) => {
        try {
          const standing = await this.staff.standing(
            identity,
            agencyCode,
            actions.map((a) => a.keyWorkerId!),
          );
          for (const a of actions) if (!standing.get(a.keyWorkerId!)?.active) inactive.add(a);
        } catch (error) {
          if (!(error instanceof AgencyCallError)) throw error;
          this.logger.warn(
            { agency: agencyCode, reason: error.message },
            'worklist: could not ask an agency about its staff',
          );
        }
      }),
    );
    return named.filter((a) => inactive.has(a));
  }
}

const DUE_WITHIN_DAYS = { message: 'dueWithinDays is 0 to 92' };

@ArgsType()
export class WorklistArgs {
  @Field(() => Int, { defaultValue: 14, description: 'Window for reviews due soon.' })
  @Min(0, DUE_WITHIN_DAYS)
  @Max(92, DUE_WITHIN_DAYS)
  dueWithinDays!: number;
}

@Resolver(() => CaseManagerWorklist)
export class WorklistResolver {
  @Query(() => CaseManagerWorklist, { description: "The caller's worklist as a case manager." })
  caseManagerWorklist(
    @Args() { dueWithinDays }: WorklistArgs,
    @Ctx() ctx: CmContext,
  ): Promise<CaseManagerWorklist> {
    return ctx.services.worklist.forCaseManager(ctx.identity, dueWithinDays);
  }
}
