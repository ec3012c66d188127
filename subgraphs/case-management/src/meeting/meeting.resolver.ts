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
import { LocalDateScalar, PageArgs, circulationDueOn, consent, type Page } from '@icp/shared';
import { underConsent } from '../consent/consent-note';
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
import { MeetingConnection, caseMeetingsPage } from './meeting.pages';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const RECORDS = consent('MEETING_RECORDS');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);
const R = (d: string) => underConsent('MEETING_RECORDS', d);

/** The refusals every case manager's meeting operation may answer with. */
const CM_ERRORS =
  'FORBIDDEN (reason NOT_CASE_MANAGER) unless you are the case manager of its case; NOT_FOUND for a meeting that does not exist or you cannot see; BAD_USER_INPUT for a malformed input';

/** The meeting a mutation returns is what this request's field resolvers should see. */
function fresh(ctx: CmContext, mt: Meeting): Meeting {
  ctx.loaders.meetingById.clear(mt.id).prime(mt.id, mt);
  return mt;
}

const minutesOf = (mt: Meeting): MeetingMinutes | null => mt.minutes;

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, {
    nullable: true,
    description:
      'A care plan meeting by id; null when it does not exist or you may see nothing of it (never an error); BAD_USER_INPUT for a malformed id.',
  })
  meeting(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<Meeting | null> {
    return ctx.loaders.meetingById.load(id);
  }

  @Mutation(() => Meeting, {
    description:
      'Schedules an interagency care plan meeting between two or more agencies. Case manager only. ' +
      'Errors: FORBIDDEN (reason NOT_CASE_MANAGER); NOT_FOUND for an unknown case; CONFLICT (reason CASE_CLOSED) on a closed case; BAD_USER_INPUT for fewer than two agencies, an agency not in the directory, a transferId not of this case or a contentious meeting the service user attends without a reason.',
  })
  async scheduleMeeting(
    @Arg('input', () => ScheduleMeetingInput, { description: 'The meeting to schedule.' })
    input: ScheduleMeetingInput,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.schedule(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description:
      'Moves a meeting not yet held to a new time (still to come) or place; invitations already sent are sent again, and a new time asks every agency to answer again. Case manager only. ' +
      `Errors: ${CM_ERRORS} (a time past, or nothing changed); INVALID_TRANSITION once minuted, finalised or cancelled.`,
  })
  async rescheduleMeeting(
    @Arg('input', () => RescheduleMeetingInput, {
      description: 'The meeting and its new time or place.',
    })
    input: RescheduleMeetingInput,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.reschedule(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description:
      'Cancels a meeting not yet held, with a reason the invited agencies are told. Case manager only. ' +
      `Errors: ${CM_ERRORS}; INVALID_TRANSITION once minuted, finalised or cancelled.`,
  })
  async cancelMeeting(@Args() input: CancelMeetingArgs, @Ctx() ctx: CmContext): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.cancel(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description: `Records how and when the service user was prepared for the meeting. Case manager only. Errors: ${CM_ERRORS} (preparedAt in the future).`,
  })
  async recordServiceUserPrepared(
    @Args() input: RecordServiceUserPreparedInput,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.recordServiceUserPrepared(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description: `Records that the purpose and aims were sent to every invited agency. Case manager only. Errors: ${CM_ERRORS}; CONFLICT (reason INVITATIONS_SENT) when every invitation was already sent; INVALID_TRANSITION once cancelled.`,
  })
  async sendMeetingInvitations(
    @Args() { meetingId }: MeetingIdArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.sendInvitations(ctx.identity, meetingId));
  }

  @Mutation(() => Meeting, {
    description: `Saves the minutes of a meeting that has started as a draft; again and again until finalised. Case manager only. Errors: ${CM_ERRORS} (an action not of the plan or reviewed twice, a gap about your own agency); VERSION_CONFLICT when expectedRecordVersion is not the current recordVersion; INVALID_TRANSITION (reason MEETING_NOT_STARTED) before the meeting starts, or once finalised or cancelled.`,
  })
  async recordMeetingMinutes(
    @Arg('input', () => RecordMeetingMinutesInput, { description: 'The minutes to save.' })
    input: RecordMeetingMinutesInput,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.recordMinutes(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description:
      'Enters the outcome on the plan as one new version, raises the gaps and blocks, and finalises the minutes (a CASE_CLOSURE meeting closes the case). Case manager only. ' +
      `Errors: ${CM_ERRORS} (actions not all reviewed, a REVIEW without a next review date, a CASE_CLOSURE without closure); VERSION_CONFLICT when the plan changed since expectedPlanVersion; REVIEW_TOO_LATE; CONFLICT (reason NO_PLAN) without a plan; INVALID_TRANSITION before it starts, with no minutes, or once finalised or cancelled.`,
  })
  async finaliseMeeting(
    @Args() input: FinaliseMeetingArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.finalise(ctx.identity, input));
  }

  @Mutation(() => Meeting, {
    description: `Circulates the finalised outcome to every invited agency, once. Case manager only. Errors: ${CM_ERRORS}; INVALID_TRANSITION before it is finalised; CONFLICT (reason ALREADY_CIRCULATED) the second time.`,
  })
  async circulateMeetingOutcome(
    @Args() { meetingId }: MeetingIdArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Meeting> {
    return fresh(ctx, await ctx.services.meetings.circulate(ctx.identity, meetingId));
  }

  @FieldResolver(() => Case, { nullable: true, description: S('The case the meeting is about.') })
  @Directive(SUMMARY)
  case(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(mt.caseId);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: S('The case manager chairing.'),
  })
  @Directive(SUMMARY)
  chairedBy(@Root() mt: Meeting): KeyWorkerRef {
    return KeyWorkerRef.of(mt.chairedByAgencyCode, mt.chairedBy);
  }

  @FieldResolver(() => CaseTransfer, {
    nullable: true,
    description: S('CASE_MANAGER_TRANSFER: the transfer the meeting is about; else null.'),
  })
  @Directive(SUMMARY)
  async transfer(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<CaseTransfer | null> {
    if (!mt.transferId) return null;
    const all = await ctx.loaders.transfersByCaseId.load(mt.caseId);
    return all.find((t) => t.id === mt.transferId) ?? null;
  }

  @FieldResolver(() => [MeetingInvitation], {
    nullable: true,
    description: S('Each invited agency: invitation sent, answer, report, phone follow-up.'),
  })
  @Directive(SUMMARY)
  attendance(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<MeetingInvitation[]> {
    ctx.loaders.meetingById.prime(mt.id, mt);
    return ctx.loaders.invitationsByMeetingId.load(mt.id);
  }

  @FieldResolver(() => [Agency], {
    nullable: true,
    description: S('Invited agencies that have not answered (PENDING).'),
  })
  @Directive(SUMMARY)
  async notAnswered(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<Agency[]> {
    const all = await ctx.loaders.invitationsByMeetingId.load(mt.id);
    return all
      .filter((i) => i.response === MeetingResponse.PENDING)
      .map((i) => resolveAgencyReference({ code: i.agencyCode }, ctx))
      .filter((a): a is Agency => a !== null);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: R('The minutes’ summary; null before minutes are saved.'),
  })
  @Directive(RECORDS)
  summary(@Root() mt: Meeting): string | null {
    return minutesOf(mt)?.summary ?? null;
  }

  @FieldResolver(() => [MeetingActionReview], {
    nullable: true,
    description: R('The review of each plan action in the minutes.'),
  })
  @Directive(RECORDS)
  actionReviews(@Root() mt: Meeting, @Ctx() ctx: CmContext): MeetingActionReview[] {
    ctx.loaders.meetingById.prime(mt.id, mt);
    return (minutesOf(mt)?.actionReviews ?? []).map((r) => MeetingActionReview.of(mt.id, r));
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: R('The decisions taken, as minuted.'),
  })
  @Directive(RECORDS)
  decisions(@Root() mt: Meeting): string[] {
    return minutesOf(mt)?.decisions ?? [];
  }

  @FieldResolver(() => [MeetingGapRaised], {
    nullable: true,
    description: R('Gaps and blocks raised in the minutes; forms once finalised (gapBlocks).'),
  })
  @Directive(RECORDS)
  gapsAndBlocksRaised(@Root() mt: Meeting, @Ctx() ctx: CmContext): MeetingGapRaised[] {
    ctx.loaders.meetingById.prime(mt.id, mt);
    return (minutesOf(mt)?.gapsAndBlocks ?? []).map((g) => MeetingGapRaised.of(mt.id, g));
  }

  @FieldResolver(() => [GapBlock], {
    nullable: true,
    description: S('The Gaps and Blocks forms the meeting raised when finalised.'),
  })
  @Directive(SUMMARY)
  async gapBlocks(@Root() mt: Meeting, @Ctx() ctx: CmContext): Promise<GapBlock[]> {
    const found = await ctx.loaders.gapBlockById.loadMany(mt.gapBlockIds);
    return found.filter((g): g is GapBlock => g instanceof GapBlock);
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: S(
      'The last day to circulate the outcome: 2 working days after the meeting; null once cancelled.',
    ),
  })
  @Directive(SUMMARY)
  outcomeCirculationDueOn(@Root() mt: Meeting): string | null {
    return mt.status === MeetingStatus.CANCELLED ? null : circulationDueOn(meetingDate(mt));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: S(
      'The outcome was not circulated within 2 working days (Mon-Fri) of the meeting.',
    ),
  })
  @Directive(SUMMARY)
  outcomeCirculationLate(@Root() mt: Meeting): boolean {
    return outcomeCirculationLate(mt);
  }

  @FieldResolver(() => [MeetingCirculation], {
    nullable: true,
    description: S('The outcome as circulated to each invited agency, and its acknowledgement.'),
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
  @FieldResolver(() => MeetingConnection, {
    nullable: true,
    description: S(
      'The case’s care plan meetings, oldest first, a page at a time; only those you may see.',
    ),
  })
  @Directive(SUMMARY)
  meetings(
    @Root() c: Case,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<Meeting>> {
    return caseMeetingsPage(c.id, page, ctx);
  }
}

/** CarePlanVersion.meeting: the meeting whose outcome made this version, if any. */
@Resolver(() => CarePlanVersion)
export class PlanVersionMeetingResolver {
  @FieldResolver(() => Meeting, {
    nullable: true,
    description: S('The meeting whose outcome made this version; null if none did.'),
  })
  @Directive(SUMMARY)
  meeting(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext): Promise<Meeting | null> {
    return v.meetingId ? ctx.loaders.meetingById.load(v.meetingId) : Promise.resolve(null);
  }
}
