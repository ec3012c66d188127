import { IsDate } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { IsUuidValue, OptionalText, RequiredText } from '@icp/shared';
import { IsStaffId } from '../key-worker/staff-access';

/*
 * The arguments of this feature's operations, validated and normalised before the resolver runs
 * (see @icp/shared's input rules). Fields are in the order the published schema has them.
 */

/** The longest free text of this agency's meeting work. */
export const MAX_TEXT = 4000;

@ArgsType()
export class MeetingIdArgs {
  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}

@ArgsType()
export class RequestMeetingAttendanceArgs {
  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT)
  note!: string | null;

  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}

@ArgsType()
export class DecideMeetingAttendanceArgs {
  /** Optional when approving; a refusal needs one (a rule of the service). */
  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT, {
    message: ({ object }) =>
      (object as DecideMeetingAttendanceArgs).approve
        ? `reason is longer than ${MAX_TEXT} characters`
        : `reason needs 1 to ${MAX_TEXT} characters`,
  })
  reason!: string | null;

  @Field(() => Boolean)
  approve!: boolean;

  @Field(() => ID)
  @IsUuidValue()
  requestId!: string;
}

@ArgsType()
export class SubmitWrittenReportArgs {
  @Field(() => String)
  @RequiredText(MAX_TEXT)
  issues!: string;

  @Field(() => String)
  @RequiredText(MAX_TEXT)
  contribution!: string;

  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}

@ArgsType()
export class RecordReportPhoneFollowUpArgs {
  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT)
  note!: string | null;

  @Field(() => Date)
  @IsDate({ message: 'calledAt must be a date and time' })
  calledAt!: Date;

  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}

@ArgsType()
export class NameMeetingSubstituteArgs {
  @Field(() => String)
  @RequiredText(MAX_TEXT)
  handoverNote!: string;

  @Field(() => ID)
  @IsStaffId()
  substituteKeyWorkerId!: string;

  @Field(() => ID)
  @IsUuidValue()
  meetingId!: string;
}
