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
import { consent, type ConsentSubject } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { KeyWorkerRef } from '../federation/refs';
import {
  Meeting,
  MeetingCirculation,
  MeetingInvitation,
  MeetingReason,
  MeetingResponse,
  MeetingStatus,
} from './meeting.entity';
import {
  MeetingAgencyArgs,
  MeetingIdArgs,
  RecordPhoneFollowUpArgs,
  RespondToMeetingInvitationInput,
} from './meeting.inputs';
import { meetingSubject } from './meeting.resolver';
import { MeetingReportRef } from './meeting-report.ref';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const RECORDS = consent('MEETING_RECORDS');

const meetingOf = (i: { meetingId: string }, ctx: CmContext): Promise<Meeting | null> =>
  ctx.loaders.meetingById.load(i.meetingId);

/**
 * An agency's invitation to a meeting. The invited agency reads what it was sent (reason, time,
 * place, purpose and aims) and, once circulated, the outcome, as the holder of its own invitation.
 */
@Resolver(() => MeetingInvitation)
export class MeetingInvitationResolver {
  @Query(() => [MeetingInvitation], {
    description:
      "Invitations of the caller's agency to care plan meetings: those still to come, soonest first; then those held or cancelled, latest first.",
  })
  myMeetingInvitations(@Ctx() ctx: CmContext): Promise<MeetingInvitation[]> {
    return ctx.services.meetingAttendance.invitationsOf(ctx.identity);
  }

  @Mutation(() => MeetingInvitation, {
    description:
      'Staff of an invited agency answer its invitation: attending, apologies with a written report, or a substitute.',
  })
  respondToMeetingInvitation(
    @Arg('input', () => RespondToMeetingInvitationInput) input: RespondToMeetingInvitationInput,
    @Ctx() ctx: CmContext,
  ): Promise<MeetingInvitation> {
    return ctx.services.meetingAttendance.respond(ctx.identity, input);
  }

  @Mutation(() => MeetingInvitation, {
    description: "The case manager records an agency's written report as received.",
  })
  recordReportReceived(
    @Args() { meetingId, agencyCode }: MeetingAgencyArgs,
    @Ctx() ctx: CmContext,
  ): Promise<MeetingInvitation> {
    return ctx.services.meetingAttendance.recordReportReceived(ctx.identity, meetingId, agencyCode);
  }

  @Mutation(() => MeetingInvitation, {
    description: "The case manager records the phone call following up an agency's report.",
  })
  recordPhoneFollowUp(
    @Args() { meetingId, agencyCode, calledAt }: RecordPhoneFollowUpArgs,
    @Ctx() ctx: CmContext,
  ): Promise<MeetingInvitation> {
    return ctx.services.meetingAttendance.recordPhoneFollowUp(
      ctx.identity,
      meetingId,
      agencyCode,
      calledAt,
    );
  }

  @Mutation(() => MeetingCirculation, {
    description: "Staff of an invited agency acknowledge the meeting's circulated outcome, once.",
  })
  acknowledgeMeetingOutcome(
    @Args() { meetingId }: MeetingIdArgs,
    @Ctx() ctx: CmContext,
  ): Promise<MeetingCirculation> {
    return ctx.services.meetings.acknowledge(ctx.identity, meetingId);
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  agency(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: i.agencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true, description: 'The key worker invited.' })
  @Directive(SUMMARY)
  keyWorker(@Root() i: MeetingInvitation): KeyWorkerRef | null {
    return i.keyWorkerId ? KeyWorkerRef.of(i.agencyCode, i.keyWorkerId) : null;
  }

  @FieldResolver(() => Boolean, { nullable: true })
  @Directive(SUMMARY)
  reportReceived(@Root() i: MeetingInvitation): boolean {
    return i.reportReceivedAt !== null;
  }

  @FieldResolver(() => Boolean, { nullable: true })
  @Directive(SUMMARY)
  phoneFollowUpDone(@Root() i: MeetingInvitation): boolean {
    return i.phoneFollowUpAt !== null;
  }

  @FieldResolver(() => MeetingReportRef, {
    nullable: true,
    description:
      "The agency's written report, held by that agency; null until it answers APOLOGIES_WITH_REPORT.",
  })
  @Directive(RECORDS)
  report(@Root() i: MeetingInvitation): MeetingReportRef | null {
    return i.reportReceivedAt !== null || i.response === MeetingResponse.APOLOGIES_WITH_REPORT
      ? MeetingReportRef.of(i.agencyCode, i.meetingId)
      : null;
  }

  @FieldResolver(() => MeetingReason, { nullable: true })
  @Directive(SUMMARY)
  async reason(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return (await meetingOf(i, ctx))?.reason ?? null;
  }

  @FieldResolver(() => Date, { nullable: true })
  @Directive(SUMMARY)
  async scheduledFor(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return (await meetingOf(i, ctx))?.scheduledFor ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  @Directive(SUMMARY)
  async place(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return (await meetingOf(i, ctx))?.place ?? null;
  }

  @FieldResolver(() => MeetingStatus, { nullable: true })
  @Directive(SUMMARY)
  async meetingStatus(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return (await meetingOf(i, ctx))?.status ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the meeting was cancelled.' })
  @Directive(SUMMARY)
  async cancelledAt(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return (await meetingOf(i, ctx))?.cancelledAt ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the meeting was cancelled; null unless the invitation was sent.',
  })
  @Directive(RECORDS)
  async cancellationReason(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return i.sentAt ? ((await meetingOf(i, ctx))?.cancellationReason ?? null) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Null until the invitation is sent.',
  })
  @Directive(RECORDS)
  async purpose(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return i.sentAt ? ((await meetingOf(i, ctx))?.purpose ?? null) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Null until the invitation is sent.',
  })
  @Directive(RECORDS)
  async aims(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return i.sentAt ? ((await meetingOf(i, ctx))?.aims ?? null) : null;
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The meeting itself, held by the lead agency.',
  })
  @Directive(SUMMARY)
  meeting(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return meetingOf(i, ctx);
  }

  @FieldResolver(() => MeetingCirculation, {
    nullable: true,
    description: 'The outcome as circulated to this agency; null until circulated.',
  })
  @Directive(SUMMARY)
  async circulation(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    const all = await ctx.loaders.circulationsByMeetingId.load(i.meetingId);
    return all.find((c) => c.agencyCode === i.agencyCode) ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The circulated outcome summary.' })
  @Directive(RECORDS)
  async outcomeSummary(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    const mt = await meetingOf(i, ctx);
    return mt?.circulatedAt ? (mt.minutes?.summary ?? null) : null;
  }

  @FieldResolver(() => [String], { nullable: true, description: 'The circulated decisions.' })
  @Directive(RECORDS)
  async outcomeDecisions(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    const mt = await meetingOf(i, ctx);
    return mt?.circulatedAt ? (mt.minutes?.decisions ?? []) : null;
  }
}

@Resolver(() => MeetingCirculation)
export class MeetingCirculationResolver {
  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  agency(@Root() c: MeetingCirculation, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: c.agencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(SUMMARY)
  acknowledgedBy(@Root() c: MeetingCirculation): KeyWorkerRef | null {
    return c.acknowledgedBy ? KeyWorkerRef.of(c.agencyCode, c.acknowledgedBy) : null;
  }
}

/**
 * An invitation (and the outcome circulated to it) is held by the invited agency for its own
 * staff; anyone else reads it as the lead agency's meeting record.
 */
export async function invitationSubject(
  i: Pick<MeetingInvitation | MeetingCirculation, 'meetingId' | 'agencyCode'>,
  ctx: CmContext,
): Promise<ConsentSubject> {
  const s = await meetingSubject(await meetingOf(i, ctx), ctx);
  return ctx.identity.agencyCode === i.agencyCode ? { ...s, holderAgencyCode: i.agencyCode } : s;
}

/** A report's reference is read like the invitation of the agency that wrote it. */
export function meetingReportRefSubject(
  r: MeetingReportRef,
  ctx: CmContext,
): Promise<ConsentSubject> {
  return invitationSubject(r, ctx);
}
