import {
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs, UUIDScalar, consent, type ConsentSubject, type Page } from '@icp/shared';
import type { AgencyContext } from '../kernel/context';
import { KeyWorker } from '../key-worker/key-worker.entity';
import { MeetingAttendanceRequest, MeetingReport, MeetingSubstitute } from './meeting-work.entity';
import {
  AttendanceRequestToDecideConnection,
  type AttendanceRequestToDecide,
} from './attendance-to-decide';
import type { MeetingWork as MeetingWorkData } from './meeting-work.service';
import {
  DecideMeetingAttendanceArgs,
  MeetingIdArgs,
  NameMeetingSubstituteArgs,
  RecordReportPhoneFollowUpArgs,
  RequestMeetingAttendanceArgs,
  SubmitWrittenReportArgs,
} from './meeting-work.args';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const RECORDS = consent('MEETING_RECORDS');

/** What the caller's agency did towards one care plan meeting. */
@ObjectType('MeetingWork', {
  description:
    "What your agency did towards one care plan meeting it is invited to: its key workers' attendance requests, its written report, its substitute.",
})
export class MeetingWork implements MeetingWorkData {
  @Field(() => UUIDScalar, {
    nullable: true,
    description:
      'The meeting (Meeting.id). Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  meetingId!: string;

  serviceUserId!: string;

  @Field(() => [MeetingAttendanceRequest], {
    nullable: true,
    description:
      "Your key workers' requests to attend, oldest first. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.",
  })
  @Directive(SUMMARY)
  requests!: MeetingAttendanceRequest[];

  @Field(() => MeetingReport, {
    nullable: true,
    description:
      "Your agency's written report; null until one is sent. Consent category MEETING_RECORDS: null with CONSENT_REQUIRED when not shared.",
  })
  @Directive(RECORDS)
  report!: MeetingReport | null;

  @Field(() => MeetingSubstitute, {
    nullable: true,
    description:
      'The substitute your agency named; null when none. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  substitute!: MeetingSubstitute | null;
}

@Resolver(() => MeetingWork)
export class MeetingWorkResolver {
  @Query(() => MeetingWork, {
    description:
      "Your agency's attendance requests, written report and substitute for a meeting it is invited to (a finalised or cancelled one too). FORBIDDEN for staff of another agency or without a key worker, case manager or supervisor role; FORBIDDEN (reason NOT_INVITED_AGENCY) when your agency is not invited; SERVICE_UNAVAILABLE when case-management cannot be asked.",
  })
  async myMeetingWork(
    @Args() { meetingId }: MeetingIdArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<MeetingWork> {
    const w = await ctx.services.meetingWork.work(ctx.identity, ctx.behalf, meetingId);
    return Object.assign(new MeetingWork(), w);
  }

  @Query(() => AttendanceRequestToDecideConnection, {
    description:
      'Requests to attend care plan meetings waiting for your decision: the PENDING requests of the key workers you supervise (their staff record names you as supervisor), for the coming meetings your agency is invited to (those still to be decided), soonest meeting first, a page at a time. FORBIDDEN for staff of another agency or without a key worker, case manager or supervisor role; FORBIDDEN (reason NOT_SUPERVISOR) without the SUPERVISOR role; SERVICE_UNAVAILABLE when case-management cannot be asked.',
  })
  attendanceRequestsToDecide(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<Page<AttendanceRequestToDecide>> {
    return ctx.services.meetingWork.toDecide(ctx.identity, ctx.behalf, page);
  }

  @Mutation(() => MeetingAttendanceRequest, {
    description:
      "A key worker asks their supervisor for permission to attend a case meeting. FORBIDDEN for staff of another agency or without a key worker, case manager or supervisor role; FORBIDDEN when you are not on your agency's staff list; CONFLICT (reason ALREADY_REQUESTED) when you already asked; FORBIDDEN (reason NOT_INVITED_AGENCY) when your agency is not invited; CONFLICT (reason MEETING_FINALISED or MEETING_CANCELLED) once the meeting is finalised or cancelled; SERVICE_UNAVAILABLE when case-management cannot be asked (nothing is recorded).",
  })
  requestMeetingAttendance(
    @Args() { meetingId, note }: RequestMeetingAttendanceArgs,
    @Ctx() ctx: AgencyContext,
  ) {
    return ctx.services.meetingWork.requestAttendance(ctx.identity, ctx.behalf, meetingId, note);
  }

  @Mutation(() => MeetingAttendanceRequest, {
    description:
      "The key worker's supervisor approves (telling the case manager they attend) or refuses, with a reason (BAD_USER_INPUT without one). FORBIDDEN for staff of another agency or without a key worker, case manager or supervisor role; NOT_FOUND for an unknown request; FORBIDDEN (reason NOT_SUPERVISOR) unless you supervise the key worker; CONFLICT (reason ALREADY_DECIDED) once decided; FORBIDDEN (reason NOT_INVITED_AGENCY) when your agency is not invited; CONFLICT (reason MEETING_FINALISED or MEETING_CANCELLED) once the meeting is finalised or cancelled; SERVICE_UNAVAILABLE when case-management cannot be asked (nothing is recorded).",
  })
  decideMeetingAttendance(
    @Args() { requestId, approve, reason }: DecideMeetingAttendanceArgs,
    @Ctx() ctx: AgencyContext,
  ) {
    return ctx.services.meetingWork.decideAttendance(
      ctx.identity,
      ctx.behalf,
      requestId,
      approve,
      reason,
    );
  }

  @Mutation(() => MeetingReport, {
    description:
      'A key worker who cannot attend sends the case manager a written report: apologies with report. FORBIDDEN for staff of another agency or without a key worker, case manager or supervisor role; CONFLICT (reason ALREADY_RECORDED) when your agency already sent one; FORBIDDEN (reason NOT_INVITED_AGENCY) when your agency is not invited; CONFLICT (reason MEETING_FINALISED or MEETING_CANCELLED) once the meeting is finalised or cancelled; SERVICE_UNAVAILABLE when case-management cannot be asked (nothing is recorded).',
  })
  submitWrittenReport(
    @Args() { meetingId, contribution, issues }: SubmitWrittenReportArgs,
    @Ctx() ctx: AgencyContext,
  ) {
    return ctx.services.meetingWork.submitReport(
      ctx.identity,
      ctx.behalf,
      meetingId,
      contribution,
      issues,
    );
  }

  @Mutation(() => MeetingReport, {
    description:
      'Records the phone call following up the written report, before the meeting. FORBIDDEN for staff of another agency or without a key worker, case manager or supervisor role; BAD_USER_INPUT (field calledAt) for a call in the future, before the report (reason BEFORE_REPORT) or after the meeting, or without a report sent; CONFLICT (reason ALREADY_RECORDED) when already recorded; FORBIDDEN (reason NOT_INVITED_AGENCY) when your agency is not invited; CONFLICT (reason MEETING_FINALISED or MEETING_CANCELLED) once the meeting is finalised or cancelled; SERVICE_UNAVAILABLE when case-management cannot be asked (nothing is recorded).',
  })
  recordReportPhoneFollowUp(
    @Args() { meetingId, calledAt, note }: RecordReportPhoneFollowUpArgs,
    @Ctx() ctx: AgencyContext,
  ) {
    return ctx.services.meetingWork.recordPhoneFollowUp(
      ctx.identity,
      ctx.behalf,
      meetingId,
      calledAt,
      note,
    );
  }

  @Mutation(() => MeetingSubstitute, {
    description:
      "Names a substitute key worker of your agency for the meeting, with the case information handed over. FORBIDDEN for staff of another agency or without a key worker, case manager or supervisor role; NOT_FOUND when the substitute is not on your agency's staff list; FORBIDDEN (reason NOT_INVITED_AGENCY) when your agency is not invited; CONFLICT (reason MEETING_FINALISED or MEETING_CANCELLED) once the meeting is finalised or cancelled; SERVICE_UNAVAILABLE when case-management cannot be asked (nothing is recorded).",
  })
  nameMeetingSubstitute(
    @Args() { meetingId, substituteKeyWorkerId, handoverNote }: NameMeetingSubstituteArgs,
    @Ctx() ctx: AgencyContext,
  ) {
    return ctx.services.meetingWork.nameSubstitute(
      ctx.identity,
      ctx.behalf,
      meetingId,
      substituteKeyWorkerId,
      handoverNote,
    );
  }
}

@Resolver(() => MeetingAttendanceRequest)
export class MeetingAttendanceRequestResolver {
  @FieldResolver(() => KeyWorker, {
    nullable: true,
    description:
      'Who asks to attend. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  keyWorker(@Root() r: MeetingAttendanceRequest, @Ctx() ctx: AgencyContext) {
    return ctx.loaders.keyWorkerById.load(r.keyWorkerId);
  }

  @FieldResolver(() => KeyWorker, {
    nullable: true,
    description:
      'The supervisor who decided; null while PENDING. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  decidedBy(@Root() r: MeetingAttendanceRequest, @Ctx() ctx: AgencyContext) {
    return r.decidedBy ? ctx.loaders.keyWorkerById.load(r.decidedBy) : null;
  }
}

@Resolver(() => MeetingReport)
export class MeetingReportResolver {
  @FieldResolver(() => KeyWorker, {
    nullable: true,
    description:
      'The key worker who wrote it. Consent category MEETING_RECORDS: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(RECORDS)
  writtenBy(@Root() r: MeetingReport, @Ctx() ctx: AgencyContext) {
    return ctx.loaders.keyWorkerById.load(r.keyWorkerId);
  }
}

@Resolver(() => MeetingSubstitute)
export class MeetingSubstituteResolver {
  @FieldResolver(() => KeyWorker, {
    nullable: true,
    description:
      'Who attends instead. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(SUMMARY)
  substitute(@Root() s: MeetingSubstitute, @Ctx() ctx: AgencyContext) {
    return ctx.loaders.keyWorkerById.load(s.substituteKeyWorkerId);
  }
}

/** A report by its key: only this agency's, when it has one. */
export async function resolveMeetingReportReference(
  ref: { agencyCode: string; meetingId: string },
  ctx: AgencyContext,
): Promise<MeetingReport | null> {
  if (ref.agencyCode !== ctx.agencyCode) return null;
  return ctx.services.meetingWork.report(ref.meetingId);
}

/**
 * A written report is held by this agency and addressed to the case manager: the meeting's lead
 * agency reads it as a holder too; anyone else only under MEETING_RECORDS consent.
 */
export function meetingReportSubject(r: MeetingReport, ctx: AgencyContext): ConsentSubject {
  return {
    serviceUserId: r.serviceUserId,
    holderAgencyCode:
      ctx.identity.agencyCode === r.leadAgencyCode ? r.leadAgencyCode : ctx.agencyCode,
  };
}

/** Attendance requests, substitutes and the work view are this agency's own records. */
export function meetingWorkSubject(
  r: { serviceUserId: string },
  ctx: AgencyContext,
): ConsentSubject {
  return { serviceUserId: r.serviceUserId, holderAgencyCode: ctx.agencyCode };
}
