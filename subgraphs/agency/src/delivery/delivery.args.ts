import { ArgsType, Field, ID } from 'type-graphql';
import { IsUuidValue, OptionalText, RequiredText, SkipIfEmpty, UUIDScalar } from '@icp/shared';
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
  @Field(() => String, {
    nullable: true,
    description: `A note with the acceptance, 1 to ${MAX_TEXT_LENGTH} characters; blank is none.`,
  })
  @OptionalNote()
  note!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The staff id of the active key worker of your agency who delivers it; default: the delivery's, else the plan's if they are your staff, else you.",
  })
  @SkipIfEmpty()
  @IsStaffId()
  keyWorkerId!: string | null;

  @Field(() => UUIDScalar, {
    description: 'The plan action (PlanAction.id), assigned to your agency.',
  })
  @IsUuidValue()
  actionId!: string;
}

@ArgsType()
export class DeclineActionArgs {
  @Field(() => String, {
    description: `Why your agency declines the action, for the case manager: 1 to ${MAX_TEXT_LENGTH} characters.`,
  })
  @RequiredText(MAX_TEXT_LENGTH)
  reason!: string;

  @Field(() => UUIDScalar, {
    description: 'The plan action (PlanAction.id), assigned to your agency.',
  })
  @IsUuidValue()
  actionId!: string;
}

@ArgsType()
export class AssignActionKeyWorkerArgs {
  @Field(() => ID, { description: 'The staff id of an active key worker of your agency.' })
  @IsStaffId()
  keyWorkerId!: string;

  @Field(() => UUIDScalar, {
    description: 'The plan action (PlanAction.id), assigned to your agency.',
  })
  @IsUuidValue()
  actionId!: string;
}

@ArgsType()
export class UpdateDeliveryStatusArgs {
  @Field(() => String, {
    nullable: true,
    description: `Why, 1 to ${MAX_TEXT_LENGTH} characters (e.g. what blocks it); blank is none.`,
  })
  @OptionalNote()
  note!: string | null;

  @Field(() => DeliveryStatus, {
    description:
      'ACCEPTED, IN_PROGRESS or BLOCKED; DECLINED, COMPLETED and NOT_COMPLETED are BAD_USER_INPUT (they have their own mutations).',
  })
  status!: DeliveryStatus;

  @Field(() => UUIDScalar, {
    description: 'The plan action (PlanAction.id), assigned to your agency.',
  })
  @IsUuidValue()
  actionId!: string;
}

@ArgsType()
export class RecordActionOutcomeArgs {
  @Field(() => Boolean, {
    description: 'Whether the action achieved its aim: COMPLETED if so, else NOT_COMPLETED.',
  })
  achieved!: boolean;

  @Field(() => String, {
    description: `What came of the action: 1 to ${MAX_TEXT_LENGTH} characters.`,
  })
  @RequiredText(MAX_TEXT_LENGTH)
  outcome!: string;

  @Field(() => UUIDScalar, {
    description: 'The plan action (PlanAction.id), assigned to your agency.',
  })
  @IsUuidValue()
  actionId!: string;
}

@ArgsType()
export class RecordProgressNoteArgs {
  @Field(() => String, {
    description: `The note: 1 to ${MAX_NOTE_LENGTH} characters. Data of the action's domain.`,
  })
  @RequiredText(MAX_NOTE_LENGTH)
  body!: string;

  @Field(() => UUIDScalar, {
    description: 'The plan action (PlanAction.id), assigned to your agency.',
  })
  @IsUuidValue()
  actionId!: string;
}
