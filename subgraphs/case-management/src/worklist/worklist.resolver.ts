import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, compareKeys, pageFromList, type CursorKey, type Page } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { shownRecords, type SubjectOf } from '../consent/listing';
import { subjectOfCase } from '../case/case.resolver';
import { CaseTransferConnection } from '../case/case.connection';
import type { CaseTransfer } from '../case/case-history.entity';
import { CarePlanConnection, PlanActionConnection } from '../care-plan/care-plan.connection';
import type { CarePlan } from '../care-plan/care-plan.entity';
import type { PlanAction } from '../care-plan/plan-action.entity';
import { ReferralConnection } from '../referral/referral.connection';
import type { Referral } from '../referral/referral.entity';
import { referralSubject } from '../referral/referral.resolver';
import { ServiceDeliveryChangeConnection } from '../service-delivery-change/service-delivery-change.connection';
import type { ServiceDeliveryChange } from '../service-delivery-change/service-delivery-change.entity';
import { MeetingConnection } from '../meeting/meeting.pages';
import type { Meeting } from '../meeting/meeting.entity';
import { meetingSubject } from '../meeting/meeting.subjects';
import {
  EmergencyAccessConnection,
  emergencyAccessSubject,
} from '../emergency-access/emergency-access.resolver';
import type { EmergencyAccess } from '../emergency-access/emergency-access.entity';
import { GapBlockConnection } from '../gaps-and-blocks/gap-block.resolver';
import type { GapBlock } from '../gaps-and-blocks/gap-block.entity';
import { gapBlockSubject } from '../gaps-and-blocks/gap-block.subject';
import { CaseManagerWorklist, WorklistArgs } from './worklist.type';

/** After every dated action: the sort key of an action with no due date. */
const UNDATED = '9999-12-31';

const at = (d: Date) => d.toISOString();

/**
 * One page of a section: the records the reader may see (the rule consent enforcement applies
 * to plain lists: a connection's edges are not records, so it is applied here, before paging),
 * in the order of their key, after the cursor's.
 */
async function section<T>(
  records: readonly T[],
  page: PageArgs,
  keyOf: (record: T) => CursorKey,
  visible: { typeName: string; subjectOf: SubjectOf<T>; ctx: CmContext },
): Promise<Page<T>> {
  const shown = await shownRecords(records, visible.typeName, visible.subjectOf, visible.ctx);
  const sorted = [...shown].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  return pageFromList(sorted, page, keyOf);
}

const ofCase = <T extends { caseId: string }>(r: T, ctx: CmContext) => subjectOfCase(r.caseId, ctx);

@Resolver(() => CaseManagerWorklist)
export class WorklistResolver {
  @Query(() => CaseManagerWorklist, {
    description:
      'Your worklist as a case manager: what to act on across the open cases you hold. FORBIDDEN without the CASE_MANAGER role; BAD_USER_INPUT for dueWithinDays outside 0 to 92.',
  })
  caseManagerWorklist(
    @Args() { dueWithinDays }: WorklistArgs,
    @Ctx() ctx: CmContext,
  ): CaseManagerWorklist {
    return ctx.services.worklist.forCaseManager(ctx.identity, dueWithinDays);
  }

  @FieldResolver(() => CarePlanConnection, {
    description: 'Plans whose review date has passed, most overdue first.',
  })
  async overdueReviews(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<CarePlan>> {
    const plans = await ctx.services.worklist.overdueReviews(w);
    return section(plans, page, (p) => [p.nextReviewOn, p.id], {
      typeName: 'CarePlan',
      subjectOf: ofCase,
      ctx,
    });
  }

  @FieldResolver(() => CarePlanConnection, {
    description:
      'Plans due for review from today to the end of the window (dueWithinDays), soonest first.',
  })
  async reviewsDueSoon(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<CarePlan>> {
    const plans = await ctx.services.worklist.reviewsDueSoon(w);
    return section(plans, page, (p) => [p.nextReviewOn, p.id], {
      typeName: 'CarePlan',
      subjectOf: ofCase,
      ctx,
    });
  }

  @FieldResolver(() => PlanActionConnection, {
    description: 'Agreed actions past their due date, most overdue first.',
  })
  async overdueActions(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<PlanAction>> {
    const actions = await ctx.services.worklist.overdueActions(w);
    return section(actions, page, (a) => [a.dueOn ?? UNDATED, a.id], {
      typeName: 'PlanAction',
      subjectOf: ofCase,
      ctx,
    });
  }

  @FieldResolver(() => ReferralConnection, {
    description:
      'Referrals whose follow-up date has come, or waiting with none set (those first), then by follow-up date and when they were made.',
  })
  async referralsAwaitingFollowUp(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<Referral>> {
    const referrals = await ctx.services.worklist.referralsAwaitingFollowUp(w);
    return section(referrals, page, (r) => [r.followUpOn ?? '', at(r.createdAt), r.id], {
      typeName: 'Referral',
      subjectOf: referralSubject,
      ctx,
    });
  }

  @FieldResolver(() => CaseTransferConnection, {
    description:
      'Transfers of cases to you that wait for your acceptance (acceptCaseTransfer), oldest first. A case another agency leads shows only under the service user’s consent to share their plan summary with your agency.',
  })
  async transfersAwaitingAcceptance(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<CaseTransfer>> {
    const transfers = await ctx.services.worklist.transfersAwaitingAcceptance(w);
    return section(transfers, page, (t) => [at(t.requestedAt), t.id], {
      typeName: 'CaseTransfer',
      subjectOf: ofCase,
      ctx,
    });
  }

  @FieldResolver(() => ServiceDeliveryChangeConnection, {
    description:
      'Changes agencies made to their service delivery, not yet acknowledged (acknowledgeServiceDeliveryChange), oldest first.',
  })
  async serviceDeliveryChanges(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<ServiceDeliveryChange>> {
    const changes = await ctx.services.worklist.serviceDeliveryChanges(w);
    // Held by the case's lead agency, the reader's (as its consent subject says).
    return section(changes, page, (c) => [at(c.recordedAt), c.id], {
      typeName: 'ServiceDeliveryChange',
      subjectOf: ofCase,
      ctx,
    });
  }

  @FieldResolver(() => MeetingConnection, {
    description:
      'Meetings whose outcome was not circulated within 2 working days (Mon-Fri), oldest first.',
  })
  async lateMeetingOutcomes(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<Meeting>> {
    const meetings = await ctx.services.worklist.lateMeetingOutcomes(w);
    return section(meetings, page, (m) => [at(m.scheduledFor), m.id], {
      typeName: 'Meeting',
      subjectOf: meetingSubject,
      ctx,
    });
  }

  @FieldResolver(() => EmergencyAccessConnection, {
    description:
      'Emergency (break-glass) accesses to your cases not yet reviewed, oldest first: review each with reviewEmergencyAccess.',
  })
  async emergencyAccessesToReview(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<EmergencyAccess>> {
    const accesses = await ctx.services.worklist.emergencyAccessesToReview(w);
    return section(accesses, page, (a) => [at(a.startedAt), a.id], {
      typeName: 'EmergencyAccess',
      subjectOf: emergencyAccessSubject,
      ctx,
    });
  }

  @FieldResolver(() => MeetingConnection, {
    description:
      'Meetings of your cases still to be held, from now to the end of the window (dueWithinDays), soonest first.',
  })
  async upcomingMeetings(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<Meeting>> {
    const meetings = await ctx.services.worklist.upcomingMeetings(w);
    return section(meetings, page, (m) => [at(m.scheduledFor), m.id], {
      typeName: 'Meeting',
      subjectOf: meetingSubject,
      ctx,
    });
  }

  @FieldResolver(() => GapBlockConnection, {
    description:
      'Open Gaps and Blocks forms on your cases, at whatever level each has reached: the highest level first, then the oldest.',
  })
  async openGapsAndBlocks(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<GapBlock>> {
    const forms = await ctx.services.worklist.openGapsAndBlocks(w);
    return section(forms, page, (g) => [-g.level, at(g.raisedAt), g.id], {
      typeName: 'GapBlock',
      subjectOf: gapBlockSubject,
      ctx,
    });
  }

  @FieldResolver(() => PlanActionConnection, {
    description:
      "Actions naming a key worker whom the responsible agency has deactivated (or who is no longer on its staff), by due date (undated last): name another with reviseCarePlan's updateActions.keyWorkerId. An agency that does not answer in time adds nothing here.",
  })
  async actionsToReassign(
    @Root() w: CaseManagerWorklist,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<PlanAction>> {
    const actions = await ctx.services.worklist.actionsToReassign(w);
    return section(actions, page, (a) => [a.dueOn ?? UNDATED, a.id], {
      typeName: 'PlanAction',
      subjectOf: ofCase,
      ctx,
    });
  }
}
