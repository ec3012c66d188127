import { Field, ID, InputType, Int } from 'type-graphql';
import { PlanChangeSetInput } from '../care-plan/care-plan.inputs';
import { MeetingReason, MeetingResponse } from './meeting.entity';

@InputType()
export class InvitedKeyWorkerInput {
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID)
  keyWorkerId!: string;
}

@InputType({ description: 'An interagency care plan meeting between two or more agencies.' })
export class ScheduleMeetingInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => MeetingReason)
  reason!: MeetingReason;

  @Field(() => Date)
  scheduledFor!: Date;

  @Field(() => String, { description: 'Where, or by which channel (phone, video).' })
  place!: string;

  @Field(() => [ID], { description: 'At least two distinct agencies; the lead agency may be one.' })
  invitedAgencyCodes!: string[];

  @Field(() => [InvitedKeyWorkerInput], { defaultValue: [] })
  invitedKeyWorkers!: InvitedKeyWorkerInput[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Default true, except for LEAD_AGENCY_DISPUTE and DIVERGENCE_OF_VIEWS: involving the service user there needs a reason.',
  })
  serviceUserAttends?: boolean | null;

  @Field(() => String, { nullable: true })
  serviceUserAttendanceReason?: string | null;

  @Field(() => String)
  purpose!: string;

  @Field(() => String)
  aims!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'CASE_MANAGER_TRANSFER only: the transfer of this case the meeting is about.',
  })
  transferId?: string | null;
}

/** recordServiceUserPrepared's arguments. */
export interface RecordServiceUserPreparedInput {
  meetingId: string;
  preparedAt: Date;
  how: string;
}

@InputType()
export class RespondToMeetingInvitationInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => MeetingResponse, { description: 'Not PENDING.' })
  response!: MeetingResponse;

  @Field(() => String, { nullable: true, description: 'Required for SUBSTITUTE.' })
  substituteName?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class MeetingActionReviewInput {
  @Field(() => ID)
  actionId!: string;

  @Field(() => String, { nullable: true })
  whatWorkedWell?: string | null;

  @Field(() => String, { nullable: true })
  challenges?: string | null;

  @Field(() => String, { nullable: true })
  gapsAndBlocks?: string | null;

  @Field(() => String, { nullable: true })
  newIssues?: string | null;

  @Field(() => String, { nullable: true })
  nextSteps?: string | null;
}

@InputType()
export class MeetingGapInput {
  @Field(() => ID, { description: 'The service not engaging; not the case manager’s own.' })
  concerningAgencyCode!: string;

  @Field(() => String)
  issue!: string;

  @Field(() => String)
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
  meetingId!: string;

  @Field(() => Int, { description: 'The recordVersion you edited (0 for the first save).' })
  expectedRecordVersion!: number;

  @Field(() => String)
  summary!: string;

  @Field(() => [MeetingActionReviewInput], { defaultValue: [] })
  actionReviews!: MeetingActionReviewInput[];

  @Field(() => [String], { defaultValue: [] })
  decisions!: string[];

  @Field(() => MeetingPlanChangesInput, { nullable: true })
  planChanges?: MeetingPlanChangesInput | null;

  @Field(() => [MeetingGapInput], { defaultValue: [] })
  gapsAndBlocks!: MeetingGapInput[];
}

/** The exit meeting's record: what closes the case at a closure meeting. */
@InputType()
export class MeetingClosureInput {
  @Field(() => String)
  goalsAchieved!: string;

  @Field(() => String, { description: 'How supports will be provided in the future (aftercare).' })
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
