import { IsDate } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { IsUuidValue, OptionalText, RequiredText, UUIDScalar } from '@icp/shared';
import { IsStaffId } from '../key-worker/staff-access';

/*
 * The arguments of this feature's operations, validated and normalised before the resolver runs
 * (see @icp/shared's input rules). Fields are in the order the published schema has them.
 */

/** The longest free text of this agency's meeting work. */
export const MAX_TEXT = 4000;

@ArgsType()
export class MeetingIdArgs {
  @Field(() => UUIDScalar, {
    description: 'The care plan meeting (Meeting.id) your agency is invited to.',
  })
  @IsUuidValue()
  meetingId!: string;
}

@ArgsType()
export class RequestMeetingAttendanceArgs {
  @Field(() => String, {
    nullable: true,
    description: `A note for your supervisor, up to ${MAX_TEXT} characters; blank is none.`,
  })
  @OptionalText(MAX_TEXT)
  note!: string | null;

  @Field(() => UUIDScalar, {
    description: 'The care plan meeting (Meeting.id) your agency is invited to.',
  })
  @IsUuidValue()
  meetingId!: string;
}

@ArgsType()
export class DecideMeetingAttendanceArgs {
  /** Optional when approving; a refusal needs one (a rule of the service). */
  @Field(() => String, {
    nullable: true,
    description: `Why, 1 to ${MAX_TEXT} characters: required to refuse, optional to approve.`,
  })
  @OptionalText(MAX_TEXT, {
    message: ({ object }) =>
      (object as DecideMeetingAttendanceArgs).approve
        ? `reason is longer than ${MAX_TEXT} characters`
        : `reason needs 1 to ${MAX_TEXT} characters`,
  })
  reason!: string | null;

  @Field(() => Boolean, { description: 'true approves the request; false refuses it.' })
  approve!: boolean;

  @Field(() => UUIDScalar, { description: 'The attendance request (MeetingAttendanceRequest.id).' })
  @IsUuidValue()
  requestId!: string;
}

@ArgsType()
export class SubmitWrittenReportArgs {
  @Field(() => String, { description: `Any other issues, 1 to ${MAX_TEXT} characters.` })
  @RequiredText(MAX_TEXT)
  issues!: string;

  @Field(() => String, {
    description: `Your agency's contribution to the care plan, 1 to ${MAX_TEXT} characters.`,
  })
  @RequiredText(MAX_TEXT)
  contribution!: string;

  @Field(() => UUIDScalar, {
    description: 'The care plan meeting (Meeting.id) your agency is invited to.',
  })
  @IsUuidValue()
  meetingId!: string;
}

@ArgsType()
export class RecordReportPhoneFollowUpArgs {
  @Field(() => String, {
    nullable: true,
    description: `What was said, up to ${MAX_TEXT} characters; blank is none.`,
  })
  @OptionalText(MAX_TEXT)
  note!: string | null;

  @Field(() => Date, {
    description:
      'When the call was made: after the report was sent, before the meeting, not in the future.',
  })
  @IsDate({ message: 'calledAt must be a date and time' })
  calledAt!: Date;

  @Field(() => UUIDScalar, {
    description: 'The care plan meeting (Meeting.id) your agency is invited to.',
  })
  @IsUuidValue()
  meetingId!: string;
}

@ArgsType()
export class NameMeetingSubstituteArgs {
  @Field(() => String, {
    description: `The case information handed over to the substitute, 1 to ${MAX_TEXT} characters.`,
  })
  @RequiredText(MAX_TEXT)
  handoverNote!: string;

  @Field(() => ID, { description: 'The staff id of a key worker of your agency.' })
  @IsStaffId()
  substituteKeyWorkerId!: string;

  @Field(() => UUIDScalar, {
    description: 'The care plan meeting (Meeting.id) your agency is invited to.',
  })
  @IsUuidValue()
  meetingId!: string;
}
