import { IsDate, Min, ValidateIf, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import {
  IsCalendarDate,
  IsUuidValue,
  LocalDateScalar,
  OptionalText,
  RequiredText,
  SkipIfEmpty,
  UUIDScalar,
} from '@icp/shared';
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

/** The meeting operated on, in every meeting input and argument. */
const MEETING_ID = 'The meeting’s id.';

/** `meetingId: UUID!`, a meeting's UUID. */
@ArgsType()
export class MeetingIdArgs {
  @Field(() => UUIDScalar, { description: MEETING_ID })
  @IsUuidValue()
  meetingId!: string;
}

@InputType({ description: 'A key worker invited by name, with their agency.' })
export class InvitedKeyWorkerInput {
  @Field(() => ID, { description: 'The key worker’s agency: one of invitedAgencyCodes.' })
  agencyCode!: string;

  @Field(() => ID, { description: 'The key worker’s staff id in that agency.' })
  @RequiredText(MAX_TEXT, { field: 'invitedKeyWorkers.keyWorkerId' })
  keyWorkerId!: string;
}

@InputType({ description: 'An interagency care plan meeting between two or more agencies.' })
export class ScheduleMeetingInput {
  @Field(() => UUIDScalar, { description: 'The case the meeting is about; open, yours to manage.' })
  @IsUuidValue()
  caseId!: string;

  @Field(() => MeetingReason, { description: 'Why the meeting is held.' })
  reason!: MeetingReason;

  @Field(() => Date, { description: 'When it starts.' })
  @IsDate({ message: 'scheduledFor must be a date and time' })
  scheduledFor!: Date;

  @Field(() => String, { description: 'Where, or by which channel (phone, video).' })
  @RequiredText(500)
  place!: string;

  @Field(() => [ID], { description: 'At least two distinct agencies; the lead agency may be one.' })
  invitedAgencyCodes!: string[];

  @ValidateNested()
  @Field(() => [InvitedKeyWorkerInput], {
    defaultValue: [],
    description: 'Key workers invited by name, each of an invited agency. Default: none.',
  })
  invitedKeyWorkers!: InvitedKeyWorkerInput[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Default true, except for LEAD_AGENCY_DISPUTE and DIVERGENCE_OF_VIEWS: involving the service user there needs a reason.',
  })
  serviceUserAttends?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the service user is involved in a contentious meeting: required when they attend one.',
  })
  @OptionalText(MAX_TEXT)
  serviceUserAttendanceReason?: string | null;

  @Field(() => String, { description: 'What the meeting is for, as sent to the invited agencies.' })
  @RequiredText(MAX_TEXT)
  purpose!: string;

  @Field(() => String, { description: 'What it should achieve, as sent to the invited agencies.' })
  @RequiredText(MAX_TEXT)
  aims!: string;

  @Field(() => UUIDScalar, {
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
  @Field(() => UUIDScalar, { description: MEETING_ID })
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

  @Field(() => UUIDScalar, { description: MEETING_ID })
  @IsUuidValue()
  meetingId!: string;
}

/** recordServiceUserPrepared's arguments. */
@ArgsType()
export class RecordServiceUserPreparedInput {
  @Field(() => String, { description: 'How the service user was prepared for the meeting.' })
  @RequiredText(MAX_TEXT)
  how!: string;

  @Field(() => Date, { description: 'When; not in the future.' })
  preparedAt!: Date;

  @Field(() => UUIDScalar, { description: MEETING_ID })
  @IsUuidValue()
  meetingId!: string;
}

@InputType({ description: 'Your agency’s answer to its invitation to a meeting.' })
export class RespondToMeetingInvitationInput {
  @Field(() => UUIDScalar, { description: MEETING_ID })
  @IsUuidValue()
  meetingId!: string;

  @Field(() => MeetingResponse, { description: 'Not PENDING.' })
  response!: MeetingResponse;

  /** Only a SUBSTITUTE answer has one; the service requires it there. */
  @Field(() => String, { nullable: true, description: 'Required for SUBSTITUTE.' })
  @ValidateIf((i: RespondToMeetingInvitationInput) => i.response === MeetingResponse.SUBSTITUTE)
  @RequiredText(MAX_SUBSTITUTE_NAME)
  substituteName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An attendance note for the case manager (who comes, what they bring).',
  })
  @OptionalText(MAX_TEXT)
  note?: string | null;
}

/** recordReportReceived's arguments. */
@ArgsType()
export class MeetingAgencyArgs {
  @Field(() => ID, { description: 'The invited agency whose report was received.' })
  agencyCode!: string;

  @Field(() => UUIDScalar, { description: MEETING_ID })
  @IsUuidValue()
  meetingId!: string;
}

/** recordPhoneFollowUp's arguments. */
@ArgsType()
export class RecordPhoneFollowUpArgs {
  @Field(() => Date, { description: 'When the call was made; not in the future.' })
  calledAt!: Date;

  @Field(() => ID, { description: 'The invited agency phoned.' })
  agencyCode!: string;

  @Field(() => UUIDScalar, { description: MEETING_ID })
  @IsUuidValue()
  meetingId!: string;
}

@InputType({
  description:
    'The review of one action of the plan at the meeting. Finalising needs every current action reviewed.',
})
export class MeetingActionReviewInput {
  @Field(() => UUIDScalar, { description: 'The plan action reviewed: one of the case’s plan.' })
  @IsUuidValue({ field: 'actionReviews.actionId' })
  actionId!: string;

  @Field(() => String, { nullable: true, description: 'What worked well.' })
  @OptionalText(MAX_TEXT)
  whatWorkedWell?: string | null;

  @Field(() => String, { nullable: true, description: 'What was difficult.' })
  @OptionalText(MAX_TEXT)
  challenges?: string | null;

  @Field(() => String, { nullable: true, description: 'Gaps and blocks met, in words.' })
  @OptionalText(MAX_TEXT)
  gapsAndBlocks?: string | null;

  @Field(() => String, { nullable: true, description: 'New issues that arose.' })
  @OptionalText(MAX_TEXT)
  newIssues?: string | null;

  @Field(() => String, { nullable: true, description: 'What happens next.' })
  @OptionalText(MAX_TEXT)
  nextSteps?: string | null;
}

@InputType({
  description:
    'A persistent non-engagement raised at the meeting: becomes a Gaps and Blocks form when the meeting is finalised.',
})
export class MeetingGapInput {
  @Field(() => ID, { description: 'The service not engaging; not the case manager’s own.' })
  concerningAgencyCode!: string;

  /** As a Gaps and Blocks form's (RaiseGapBlockInput). */
  @Field(() => String, { description: 'What is not happening (1 to 4000 characters).' })
  @RequiredText(GAP_BLOCK_TEXT)
  issue!: string;

  @Field(() => String, {
    description: 'What has been tried at service level already (1 to 4000 characters).',
  })
  @RequiredText(GAP_BLOCK_TEXT)
  whatTried!: string;
}

@InputType({
  description:
    'The plan changes agreed at the meeting (as ReviseCarePlanInput, less planId, expectedVersion and changeSummary); applied when the meeting is finalised.',
})
export class MeetingPlanChangesInput extends PlanChangeSetInput {}

@InputType({
  description:
    'The minutes of a meeting that has started, saved as a draft; each save replaces the last.',
})
export class RecordMeetingMinutesInput {
  @Field(() => UUIDScalar, { description: MEETING_ID })
  @IsUuidValue()
  meetingId!: string;

  @Field(() => Int, { description: 'The recordVersion you edited (0 for the first save).' })
  @Min(0, { message: 'expectedRecordVersion is a whole number >= 0' })
  expectedRecordVersion!: number;

  @Field(() => String, {
    description: `The summary of the meeting (1 to ${MAX_MINUTES_TEXT} characters).`,
  })
  @RequiredText(MAX_MINUTES_TEXT)
  summary!: string;

  @ValidateNested()
  @Field(() => [MeetingActionReviewInput], {
    defaultValue: [],
    description: 'The review of each plan action; each action once.',
  })
  actionReviews!: MeetingActionReviewInput[];

  @Field(() => [String], {
    defaultValue: [],
    description: `The decisions taken, each 1 to ${MAX_MINUTES_TEXT} characters.`,
  })
  @RequiredText(MAX_MINUTES_TEXT, { each: true })
  decisions!: string[];

  @ValidateNested()
  @Field(() => MeetingPlanChangesInput, {
    nullable: true,
    description: 'The plan changes agreed; applied when the meeting is finalised. Default: none.',
  })
  planChanges?: MeetingPlanChangesInput | null;

  @ValidateNested()
  @Field(() => [MeetingGapInput], {
    defaultValue: [],
    description: 'Gaps and blocks raised; forms once the meeting is finalised.',
  })
  gapsAndBlocks!: MeetingGapInput[];
}

/** The exit meeting's record: what closes the case at a closure meeting. */
@InputType({
  description: 'The exit meeting’s record: what closes the case at a CASE_CLOSURE meeting.',
})
export class MeetingClosureInput {
  /** As closeCase's (CloseCaseInput). */
  @Field(() => String, { description: 'Which goals were achieved.' })
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

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "REVIEW: the next review date, if not in the minutes' planChanges; REVIEW_TOO_LATE past the latest allowed.",
  })
  @SkipIfEmpty()
  @IsCalendarDate()
  nextReviewOn?: string | null;

  @Field(() => Int, {
    description:
      'The plan version the minutes were written against; another version since → VERSION_CONFLICT.',
  })
  expectedPlanVersion!: number;

  @Field(() => UUIDScalar, { description: MEETING_ID })
  @IsUuidValue()
  meetingId!: string;
}
