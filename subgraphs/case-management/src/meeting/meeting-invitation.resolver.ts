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
import { PageArgs, consent, type Page } from '@icp/shared';
import { underConsent } from '../consent/consent-note';
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
import { MeetingReportRef } from './meeting-report.ref';
import { MeetingInvitationConnection, invitationsPage } from './meeting.pages';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const RECORDS = consent('MEETING_RECORDS');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);
const R = (d: string) => underConsent('MEETING_RECORDS', d);
/** Refusals of an invited agency's operations. */
const INVITED_ERRORS =
  'FORBIDDEN (reason NOT_INVITED_AGENCY) unless your agency is invited; NOT_FOUND for a meeting that does not exist';
/** Refusals of the case manager's records of an agency's attendance. */
const CM_ERRORS =
  'FORBIDDEN (reason NOT_CASE_MANAGER) unless you are the case manager; NOT_FOUND for an unknown meeting; BAD_USER_INPUT for an agency not invited';

const meetingOf = (i: { meetingId: string }, ctx: CmContext): Promise<Meeting | null> =>
  ctx.loaders.meetingById.load(i.meetingId);

/**
 * An agency's invitation to a meeting. The invited agency reads what it was sent (reason, time,
 * place, purpose and aims) and, once circulated, the outcome, as the holder of its own invitation.
 */
@Resolver(() => MeetingInvitation)
export class MeetingInvitationResolver {
  @Query(() => MeetingInvitationConnection, {
    description:
      "Invitations of the caller's agency to care plan meetings, a page at a time: those still to come, soonest first; then those held or cancelled, latest first. For staff of any agency; your agency's own records.",
  })
  myMeetingInvitations(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<MeetingInvitation>> {
    return invitationsPage(ctx.identity, page, ctx);
  }

  @Mutation(() => MeetingInvitation, {
    description:
      'Staff of an invited agency answer its invitation: attending, apologies with a written report, or a substitute; a new answer replaces the last until the meeting is held. ' +
      `Errors: ${INVITED_ERRORS}; BAD_USER_INPUT for PENDING or a SUBSTITUTE without substituteName; INVALID_TRANSITION once the meeting is finalised or cancelled.`,
  })
  respondToMeetingInvitation(
    @Arg('input', () => RespondToMeetingInvitationInput, { description: 'Your agency’s answer.' })
    input: RespondToMeetingInvitationInput,
    @Ctx() ctx: CmContext,
  ): Promise<MeetingInvitation> {
    return ctx.services.meetingAttendance.respond(ctx.identity, input);
  }

  @Mutation(() => MeetingInvitation, {
    description: `The case manager records an agency's written report as received, once. Errors: ${CM_ERRORS}; CONFLICT (reason ALREADY_RECORDED) the second time.`,
  })
  recordReportReceived(
    @Args() { meetingId, agencyCode }: MeetingAgencyArgs,
    @Ctx() ctx: CmContext,
  ): Promise<MeetingInvitation> {
    return ctx.services.meetingAttendance.recordReportReceived(ctx.identity, meetingId, agencyCode);
  }

  @Mutation(() => MeetingInvitation, {
    description: `The case manager records the phone call following up an agency's report, once. Errors: ${CM_ERRORS}, for calledAt in the future, or before the report (reason NO_REPORT, BEFORE_REPORT); CONFLICT (reason ALREADY_RECORDED) the second time.`,
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
    description: `Staff of an invited agency acknowledge the meeting's circulated outcome, once. Errors: ${INVITED_ERRORS}; INVALID_TRANSITION before it is circulated; CONFLICT (reason ALREADY_ACKNOWLEDGED) the second time.`,
  })
  acknowledgeMeetingOutcome(
    @Args() { meetingId }: MeetingIdArgs,
    @Ctx() ctx: CmContext,
  ): Promise<MeetingCirculation> {
    return ctx.services.meetings.acknowledge(ctx.identity, meetingId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: S('The agency invited.') })
  @Directive(SUMMARY)
  agency(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: i.agencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: S('The key worker invited by name; null when the agency was invited as a whole.'),
  })
  @Directive(SUMMARY)
  keyWorker(@Root() i: MeetingInvitation): KeyWorkerRef | null {
    return i.keyWorkerId ? KeyWorkerRef.of(i.agencyCode, i.keyWorkerId) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: S('Whether the case manager recorded the written report as received.'),
  })
  @Directive(SUMMARY)
  reportReceived(@Root() i: MeetingInvitation): boolean {
    return i.reportReceivedAt !== null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: S('Whether the case manager phoned to follow up the report.'),
  })
  @Directive(SUMMARY)
  phoneFollowUpDone(@Root() i: MeetingInvitation): boolean {
    return i.phoneFollowUpAt !== null;
  }

  @FieldResolver(() => MeetingReportRef, {
    nullable: true,
    description: R(
      "The agency's written report, held by that agency; null until it answers APOLOGIES_WITH_REPORT.",
    ),
  })
  @Directive(RECORDS)
  report(@Root() i: MeetingInvitation): MeetingReportRef | null {
    return i.reportReceivedAt !== null || i.response === MeetingResponse.APOLOGIES_WITH_REPORT
      ? MeetingReportRef.of(i.agencyCode, i.meetingId)
      : null;
  }

  @FieldResolver(() => MeetingReason, {
    nullable: true,
    description: S('Why the meeting is held.'),
  })
  @Directive(SUMMARY)
  async reason(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return (await meetingOf(i, ctx))?.reason ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: S('When the meeting starts.') })
  @Directive(SUMMARY)
  async scheduledFor(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return (await meetingOf(i, ctx))?.scheduledFor ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: S('Where the meeting is, or by which channel.'),
  })
  @Directive(SUMMARY)
  async place(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return (await meetingOf(i, ctx))?.place ?? null;
  }

  @FieldResolver(() => MeetingStatus, {
    nullable: true,
    description: S('Where the meeting is: scheduled, minuted, finalised or cancelled.'),
  })
  @Directive(SUMMARY)
  async meetingStatus(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return (await meetingOf(i, ctx))?.status ?? null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: S('When the meeting was cancelled; null if not.'),
  })
  @Directive(SUMMARY)
  async cancelledAt(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return (await meetingOf(i, ctx))?.cancelledAt ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: R('Why the meeting was cancelled; null unless the invitation was sent.'),
  })
  @Directive(RECORDS)
  async cancellationReason(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return i.sentAt ? ((await meetingOf(i, ctx))?.cancellationReason ?? null) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: R('What the meeting is for; null until the invitation is sent.'),
  })
  @Directive(RECORDS)
  async purpose(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return i.sentAt ? ((await meetingOf(i, ctx))?.purpose ?? null) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: R('What the meeting should achieve; null until the invitation is sent.'),
  })
  @Directive(RECORDS)
  async aims(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return i.sentAt ? ((await meetingOf(i, ctx))?.aims ?? null) : null;
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description: S('The meeting itself, held by the lead agency (its own fields under consent).'),
  })
  @Directive(SUMMARY)
  meeting(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    return meetingOf(i, ctx);
  }

  @FieldResolver(() => MeetingCirculation, {
    nullable: true,
    description: S('The outcome as circulated to this agency; null until circulated.'),
  })
  @Directive(SUMMARY)
  async circulation(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    const all = await ctx.loaders.circulationsByMeetingId.load(i.meetingId);
    return all.find((c) => c.agencyCode === i.agencyCode) ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: R('The circulated outcome summary; null until circulated.'),
  })
  @Directive(RECORDS)
  async outcomeSummary(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    const mt = await meetingOf(i, ctx);
    return mt?.circulatedAt ? (mt.minutes?.summary ?? null) : null;
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: R('The circulated decisions; null until circulated.'),
  })
  @Directive(RECORDS)
  async outcomeDecisions(@Root() i: MeetingInvitation, @Ctx() ctx: CmContext) {
    const mt = await meetingOf(i, ctx);
    return mt?.circulatedAt ? (mt.minutes?.decisions ?? []) : null;
  }
}

@Resolver(() => MeetingCirculation)
export class MeetingCirculationResolver {
  @FieldResolver(() => Agency, {
    nullable: true,
    description: S('The agency the outcome was circulated to.'),
  })
  @Directive(SUMMARY)
  agency(@Root() c: MeetingCirculation, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: c.agencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: S('Who acknowledged it; null until acknowledged.'),
  })
  @Directive(SUMMARY)
  acknowledgedBy(@Root() c: MeetingCirculation): KeyWorkerRef | null {
    return c.acknowledgedBy ? KeyWorkerRef.of(c.agencyCode, c.acknowledgedBy) : null;
  }
}
