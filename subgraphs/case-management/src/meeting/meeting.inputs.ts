import { IsDate, Min, ValidateIf, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsCalendarDate, IsUuidValue, OptionalText, RequiredText, SkipIfEmpty } from '@icp/shared';
import { PlanChangeSetInput } from '../care-plan/care-plan.inputs';
import { MAX_TEXT as GAP_BLOCK_TEXT } from '../gaps-and-blocks/gap-block-rules';
import { MeetingReason, MeetingResponse } from './meeting.entity';
import { MAX_TEXT } from './meeting-rules';

/*
 * The inputs and arguments of meetings, validated and normalised before their resolver runs (see
 * @icp/shared's input rules): ids checked and lower-cased, texts trimmed (blank optional texts as
 * null), dates real. Arguments are in the order the published schema has them. What depends on
 * the meeting, the case or several fields is checked by the services.
 */

/** The longest summary or decision in the minutes. */
const MAX_MINUTES_TEXT = 2000;
/** The longest substitute's name. */
export const MAX_SUBSTITUTE_NAME = 200;

/** `meetingId: ID!`, a meeting's UUID. */
@ArgsType()
export class MeetingIdArgs {
  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}

@InputType()
export class InvitedKeyWorkerInput {
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID)
  @RequiredText(MAX_TEXT, { field: 'invitedKeyWorkers.keyWorkerId' })
  keyWorkerId!: string;
}

@InputType({ description: 'An interagency care plan meeting between two or more agencies.' })
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsUuidValue()
  caseId!: string;

  @Field(() => MeetingReason)
  reason!: MeetingReason;

  @Field(() => Date)
  @IsDate({ message: 'scheduledFor must be a date and time' })
  scheduledFor!: Date;

  @Field(() => String, { description: 'Where, or by which channel (phone, video).' })
  @RequiredText(500)
  place!: string;

  @Field(() => [ID], { description: 'At least two distinct agencies; the lead agency may be one.' })
  invitedAgencyCodes!: string[];

  @ValidateNested()
  @Field(() => [InvitedKeyWorkerInput], { defaultValue: [] })
  invitedKeyWorkers!: InvitedKeyWorkerInput[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Default true, except for LEAD_AGENCY_DISPUTE and DIVERGENCE_OF_VIEWS: involving the service user there needs a reason.',
  })
  serviceUserAttends?: boolean | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT)
  serviceUserAttendanceReason?: string | null;

  @Field(() => String)
  @RequiredText(MAX_TEXT)
  purpose!: string;

  @Field(() => String)
  @RequiredText(MAX_TEXT)
  aims!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'CASE_MANAGER_TRANSFER only: the transfer of this case the meeting is about.',
  })
  @IsUuidValue()
  transferId?: string | null;
}

@InputType({
  description:
    'A new time or place for a meeting not yet held. A new time asks every invited agency to answer again.',
})
export class RescheduleMeetingInput {
  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;

  @Field(() => Date, { nullable: true, description: 'Still to come. Default: unchanged.' })
  @IsDate({ message: 'scheduledFor must be a date and time' })
  scheduledFor?: Date | null;

  @Field(() => String, { nullable: true, description: 'Default: unchanged.' })
  @OptionalText(500)
  place?: string | null;
}

/** cancelMeeting's arguments. */
@ArgsType()
export class CancelMeetingArgs {
  @Field(() => String, { description: 'Why; every invited agency is told.' })
  @RequiredText(MAX_TEXT)
  reason!: string;

  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}

/** recordServiceUserPrepared's arguments. */
@ArgsType()
export class RecordServiceUserPreparedInput {
  @Field(() => String)
  @RequiredText(MAX_TEXT)
  how!: string;

  @Field(() => Date)
  preparedAt!: Date;

  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}

@InputType()
export class RespondToMeetingInvitationInput {
  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;

  @Field(() => MeetingResponse, { description: 'Not PENDING.' })
  response!: MeetingResponse;

  /** Only a SUBSTITUTE answer has one; the service requires it there. */
  @Field(() => String, { nullable: true, description: 'Required for SUBSTITUTE.' })
  @ValidateIf((i: RespondToMeetingInvitationInput) => i.response === MeetingResponse.SUBSTITUTE)
  @RequiredText(MAX_SUBSTITUTE_NAME)
  substituteName?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT)
  note?: string | null;
}

/** recordReportReceived's arguments. */
@ArgsType()
export class MeetingAgencyArgs {
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}

/** recordPhoneFollowUp's arguments. */
@ArgsType()
export class RecordPhoneFollowUpArgs {
  @Field(() => Date)
  calledAt!: Date;

  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}

@InputType()
export class MeetingActionReviewInput {
  @Field(() => ID)
  @IsUuidValue({ field: 'actionReviews.actionId' })
  actionId!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT)
  whatWorkedWell?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT)
  challenges?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT)
  gapsAndBlocks?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT)
  newIssues?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT)
  nextSteps?: string | null;
}

@InputType()
export class MeetingGapInput {
  @Field(() => ID, { description: 'The service not engaging; not the case manager’s own.' })
  concerningAgencyCode!: string;

  /** As a Gaps and Blocks form's (RaiseGapBlockInput). */
  @Field(() => String)
  @RequiredText(GAP_BLOCK_TEXT)
  issue!: string;

  @Field(() => String)
  @RequiredText(GAP_BLOCK_TEXT)
  whatTried!: string;
}

@InputType({
  description:
    'The plan changes agreed at the meeting (as ReviseCarePlanInput, less planId, expectedVersion and changeSummary); applied when the meeting is finalised.',
})
export class MeetingPlanChangesInput extends PlanChangeSetInput {}

@InputType()
export class RecordMeetingMinutesInput {
  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;

  @Field(() => Int, { description: 'The recordVersion you edited (0 for the first save).' })
  @Min(0, { message: 'expectedRecordVersion is a whole number >= 0' })
  expectedRecordVersion!: number;

  @Field(() => String)
  @RequiredText(MAX_MINUTES_TEXT)
  summary!: string;

  @ValidateNested()
  @Field(() => [MeetingActionReviewInput], { defaultValue: [] })
  actionReviews!: MeetingActionReviewInput[];

  @Field(() => [String], { defaultValue: [] })
  @RequiredText(MAX_MINUTES_TEXT, { each: true })
  decisions!: string[];

  @ValidateNested()
  @Field(() => MeetingPlanChangesInput, { nullable: true })
  planChanges?: MeetingPlanChangesInput | null;

  @ValidateNested()
  @Field(() => [MeetingGapInput], { defaultValue: [] })
  gapsAndBlocks!: MeetingGapInput[];
}

/** The exit meeting's record: what closes the case at a closure meeting. */
@InputType()
export class MeetingClosureInput {
  /** As closeCase's (CloseCaseInput). */
  @Field(() => String)
  @RequiredText(MAX_TEXT)
  goalsAchieved!: string;

  @Field(() => String, { description: 'How supports will be provided in the future (aftercare).' })
  @RequiredText(MAX_TEXT)
  futureSupports!: string;

  @Field(() => Boolean, {
    description: 'The service user was told they may re-engage at any time. Must be true.',
  })
  reEngagementExplained!: boolean;
}

/** finaliseMeeting's arguments. */
export interface FinaliseMeetingInput {
  meetingId: string;
  /** The plan version the minutes were written against. */
  expectedPlanVersion: number;
  /** REVIEW: the next review date, if not given in the minutes' planChanges. */
  nextReviewOn?: string | null;
  /** CASE_CLOSURE: what closes the case. */
  closure?: MeetingClosureInput | null;
}

@ArgsType()
export class FinaliseMeetingArgs implements FinaliseMeetingInput {
  @Field(() => MeetingClosureInput, {
    nullable: true,
    description:
      'CASE_CLOSURE: goals achieved, future supports and the re-engagement message; closes the case.',
  })
  @ValidateNested()
  closure?: MeetingClosureInput | null;

  @Field(() => String, {
    nullable: true,
    description: "REVIEW: the next review, if not in the minutes' planChanges.",
  })
  @SkipIfEmpty()
  @IsCalendarDate()
  nextReviewOn?: string | null;

  @Field(() => Int)
  expectedPlanVersion!: number;

  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}
