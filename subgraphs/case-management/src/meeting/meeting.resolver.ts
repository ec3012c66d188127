import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { circulationDueOn, consent, type ConsentSubject } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ByIdArgs } from '../kernel/by-id.args';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { Case } from '../case/case.entity';
import { CaseTransfer } from '../case/case-history.entity';
import { CarePlanVersion } from '../care-plan/plan-version.entity';
import { GapBlock } from '../gaps-and-blocks/gap-block.entity';
import { KeyWorkerRef } from '../federation/refs';
import {
  Meeting,
  MeetingCirculation,
  MeetingInvitation,
  MeetingResponse,
  MeetingStatus,
} from './meeting.entity';
import { MeetingActionReview, MeetingGapRaised, type MeetingMinutes } from './meeting-minutes.type';
import {
  CancelMeetingArgs,
  FinaliseMeetingArgs,
  MeetingIdArgs,
  RecordMeetingMinutesInput,
  RecordServiceUserPreparedInput,
  RescheduleMeetingInput,
  ScheduleMeetingInput,
} from './meeting.inputs';
import { meetingDate, outcomeCirculationLate } from './meeting-rules';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const RECORDS = consent('MEETING_RECORDS');

/** The meeting a mutation returns is what this request's field resolvers should see. */
function fresh(ctx: CmContext, mt: Meeting): Meeting {
  ctx.loaders.meetingById.clear(mt.id).prime(mt.id, mt);
  return mt;
}

const minutesOf = (mt: Meeting): MeetingMinutes | null => mt.minutes;

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true })
  meeting(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<Meeting | null> {
    return ctx.loaders.meetingById.load(id);
  }

  @Mutation(() => Meeting, {
    description:
      'Schedules an interagency care plan meeting between two or more agencies. Case manager only.',
  })
  async scheduleMeeting(
    @Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.schedule(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description:
      'Moves a meeting not yet held to a new time (still to come) or place; invitations already sent are sent again, and a new time asks every agency to answer again. Case manager only.',
  })
  async rescheduleMeeting(
    @Arg('input', () => RescheduleMeetingInput) input: RescheduleMeetingInput,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.reschedule(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description:
      'Cancels a meeting not yet held, with a reason the invited agencies are told. Case manager only.',
  })
  async cancelMeeting(@Args() input: CancelMeetingArgs, @Ctx() ctx: CmContext): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.cancel(ctx.identity, input));
  }

  @Mutation(() => Meeting, { description: 'Records how the service user was prepared.' })
  async recordServiceUserPrepared(
    @Args() input: RecordServiceUserPreparedInput,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.recordServiceUserPrepared(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description: 'Records that the purpose and aims were sent to every invited service.',
  })
  async sendMeetingInvitations(
    @Args() { meetingId }: MeetingIdArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.sendInvitations(ctx.identity, meetingId));
  }

  @Mutation(() => Meeting, {
    description: 'Saves the minutes as a draft; again and again until finalised.',
  })
  async recordMeetingMinutes(
    @Arg('input', () => RecordMeetingMinutesInput) input: RecordMeetingMinutesInput,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.recordMinutes(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description:
      'Enters the outcome on the plan as one new version, raises the gaps and blocks, and finalises the minutes.',
  })
  async finaliseMeeting(
    @Args() input: FinaliseMeetingArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.finalise(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description: 'Circulates the finalised outcome to every invited agency.',
  })
  async circulateMeetingOutcome(
    @Args() { meetingId }: MeetingIdArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.circulate(ctx.identity, meetingId));
  }

  @FieldResolver(() => Case, { nullable: true })
  @Directive(SUMMARY)
  case(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(mt.caseId);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true, description: 'The case manager chairing.' })
  @Directive(SUMMARY)
  chairedBy(@Root() mt: Meeting): KeyWorkerRef {
    return KeyWorkerRef.of(mt.chairedByAgencyCode, mt.chairedBy);
  }

  @FieldResolver(() => CaseTransfer, {
    nullable: true,
    description: 'CASE_MANAGER_TRANSFER: the transfer the meeting is about.',
  })
  @Directive(SUMMARY)
  async transfer(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<CaseTransfer | null> {
    if (!mt.transferId) return null;
    const all = await ctx.loaders.transfersByCaseId.load(mt.caseId);
    return all.find((t) => t.id === mt.transferId) ?? null;
  }

  @FieldResolver(() => [MeetingInvitation], {
    nullable: true,
    description: 'Each invited agency: invitation sent, answer, report, phone follow-up.',
  })
  @Directive(SUMMARY)
  attendance(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<MeetingInvitation[]> {
    ctx.loaders.meetingById.prime(mt.id, mt);
    return ctx.loaders.invitationsByMeetingId.load(mt.id);
  }

  @FieldResolver(() => [Agency], {
    nullable: true,
    description: 'Invited agencies that have not answered (PENDING).',
  })
  @Directive(SUMMARY)
  async notAnswered(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<Agency[]> {
    const all = await ctx.loaders.invitationsByMeetingId.load(mt.id);
    return all
      .filter((i) => i.response === MeetingResponse.PENDING)
      .map((i) => resolveAgencyReference({ code: i.agencyCode }, ctx))
      .filter((a): a is Agency => a !== null);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The minutes’ summary.' })
  @Directive(RECORDS)
  summary(@Root() mt: Meeting): string | null {
    return minutesOf(mt)?.summary ?? null;
  }

  @FieldResolver(() => [MeetingActionReview], { nullable: true })
  @Directive(RECORDS)
  actionReviews(@Root() mt: Meeting, @Ctx() ctx: CmContext): MeetingActionReview[] {
    ctx.loaders.meetingById.prime(mt.id, mt);
    return (minutesOf(mt)?.actionReviews ?? []).map((r) => MeetingActionReview.of(mt.id, r));
  }

  @FieldResolver(() => [String], { nullable: true })
  @Directive(RECORDS)
  decisions(@Root() mt: Meeting): string[] {
    return minutesOf(mt)?.decisions ?? [];
  }

  @FieldResolver(() => [MeetingGapRaised], {
    nullable: true,
    description: 'Gaps and blocks raised in the minutes; forms once finalised (gapBlocks).',
  })
  @Directive(RECORDS)
  gapsAndBlocksRaised(@Root() mt: Meeting, @Ctx() ctx: CmContext): MeetingGapRaised[] {
    ctx.loaders.meetingById.prime(mt.id, mt);
    return (minutesOf(mt)?.gapsAndBlocks ?? []).map((g) => MeetingGapRaised.of(mt.id, g));
  }

  @FieldResolver(() => [GapBlock], {
    nullable: true,
    description: 'The Gaps and Blocks forms the meeting raised when finalised.',
  })
  @Directive(SUMMARY)
  async gapBlocks(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<GapBlock[]> {
    const found = await ctx.loaders.gapBlockById.loadMany(mt.gapBlockIds);
    return found.filter((g): g is GapBlock => g instanceof GapBlock);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The last day to circulate the outcome: 2 working days after the meeting; null once cancelled.',
  })
  @Directive(SUMMARY)
  outcomeCirculationDueOn(@Root() mt: Meeting): string | null {
    return mt.status === MeetingStatus.CANCELLED ? null : circulationDueOn(meetingDate(mt));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'The outcome was not circulated within 2 working days (Mon-Fri) of the meeting.',
  })
  @Directive(SUMMARY)
  outcomeCirculationLate(@Root() mt: Meeting): boolean {
    return outcomeCirculationLate(mt);
  }

  @FieldResolver(() => [MeetingCirculation], {
    nullable: true,
    description: 'The outcome as circulated to each invited agency, and its acknowledgement.',
  })
  @Directive(SUMMARY)
  circulations(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<MeetingCirculation[]> {
    ctx.loaders.meetingById.prime(mt.id, mt);
    return ctx.loaders.circulationsByMeetingId.load(mt.id);
  }
}

/** Case.meetings lives with the feature, so the case folder does not depend on it. */
@Resolver(() => Case)
export class CaseMeetingsResolver {
  @FieldResolver(() => [Meeting], {
    nullable: true,
    description: 'Care plan meetings, oldest first.',
  })
  @Directive(SUMMARY)
  async meetings(@Root() c: Case, @Ctx() ctx: CmContext): Promise<Meeting[]> {
    const list = await ctx.loaders.meetingsByCaseId.load(c.id);
    for (const mt of list) ctx.loaders.meetingById.prime(mt.id, mt);
    return list;
  }
}

/** CarePlanVersion.meeting: the meeting whose outcome made this version, if any. */
@Resolver(() => CarePlanVersion)
export class PlanVersionMeetingResolver {
  @FieldResolver(() => Meeting, { nullable: true })
  @Directive(SUMMARY)
  meeting(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext): Promise<Meeting | null> {
    return v.meetingId ? ctx.loaders.meetingById.load(v.meetingId) : Promise.resolve(null);
  }
}

/** A meeting and its minutes are held by the case's lead agency. */
export async function meetingSubject(mt: Meeting | null, ctx: CmContext): Promise<ConsentSubject> {
  if (!mt) return { serviceUserId: null, holderAgencyCode: null };
  const c = await ctx.loaders.caseById.load(mt.caseId);
  return { serviceUserId: mt.serviceUserId, holderAgencyCode: c?.leadAgencyCode ?? null };
}

/** Parts of the minutes are held like their meeting. */
export async function minutesPartSubject(
  p: MeetingActionReview | MeetingGapRaised,
  ctx: CmContext,
): Promise<ConsentSubject> {
  return meetingSubject(await ctx.loaders.meetingById.load(p.meetingId), ctx);
}
