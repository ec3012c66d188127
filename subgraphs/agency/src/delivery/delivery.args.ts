import { ArgsType, Field, ID } from 'type-graphql';
import { IsUuidValue, OptionalText, RequiredText, SkipIfEmpty } from '@icp/shared';
import { IsStaffId } from '../key-worker/staff-access';
import { DeliveryStatus } from './action-delivery.entity';

/*
 * The arguments of this feature's operations, validated and normalised before the resolver runs
 * (see @icp/shared's input rules). Fields are in the order the published schema has them.
 */

export const MAX_NOTE_LENGTH = 10_000;
export const MAX_TEXT_LENGTH = 4000;

/** A note a client may give: blank is none; otherwise 1 to 4000 characters. */
const OptionalNote = () =>
  OptionalText(MAX_TEXT_LENGTH, {
    message: ({ property }) => `${property} needs 1 to ${MAX_TEXT_LENGTH} characters`,
  });

@ArgsType()
export class AcceptActionArgs {
  @Field(() => String, { nullable: true })
  @OptionalNote()
  note!: string | null;

  @Field(() => ID, { nullable: true })
  @SkipIfEmpty()
  @IsStaffId()
  keyWorkerId!: string | null;

  @Field(() => ID)
  @IsUuidValue()
  actionId!: string;
}

@ArgsType()
export class DeclineActionArgs {
  @Field(() => String)
  @RequiredText(MAX_TEXT_LENGTH)
  reason!: string;

  @Field(() => ID)
  @IsUuidValue()
  actionId!: string;
}

@ArgsType()
export class AssignActionKeyWorkerArgs {
  @Field(() => ID)
  @IsStaffId()
  keyWorkerId!: string;

  @Field(() => ID)
  @IsUuidValue()
  actionId!: string;
}

@ArgsType()
export class UpdateDeliveryStatusArgs {
  @Field(() => String, { nullable: true })
  @OptionalNote()
  note!: string | null;

  @Field(() => DeliveryStatus)
  status!: DeliveryStatus;

  @Field(() => ID)
  @IsUuidValue()
  actionId!: string;
}

@ArgsType()
export class RecordActionOutcomeArgs {
  @Field(() => Boolean)
  achieved!: boolean;

  @Field(() => String)
  @RequiredText(MAX_TEXT_LENGTH)
  outcome!: string;

  @Field(() => ID)
  @IsUuidValue()
  actionId!: string;
}

@ArgsType()
export class RecordProgressNoteArgs {
  @Field(() => String)
  @RequiredText(MAX_NOTE_LENGTH)
  body!: string;

  @Field(() => ID)
  @IsUuidValue()
  actionId!: string;
}
