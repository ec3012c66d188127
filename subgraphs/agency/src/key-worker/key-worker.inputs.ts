import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { OptionalText, RequiredText, SkipIfEmpty } from '@icp/shared';
import { IsStaffId } from './staff-access';

/** The roles an agency administrator gives a staff record (their token carries their real roles). */
export enum StaffRole {
  KEY_WORKER = 'KEY_WORKER',
  CASE_MANAGER = 'CASE_MANAGER',
  SUPERVISOR = 'SUPERVISOR',
}
registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: "A staff record's role in the agency's own work on cases.",
});

const MAX_NAME = 200;
const MAX_EMAIL = 320;
const MAX_PHONE = 50;

@InputType({ description: 'A new member of your agency’s staff.' })
export class AddStaffMemberInput {
  @Field(() => ID, {
    description:
      "Their user id in your agency's identity provider (the `sub` of their tokens), 1-200 characters.",
  })
  @IsStaffId()
  id!: string;

  @Field(() => String)
  @RequiredText(MAX_NAME)
  name!: string;

  @Field(() => StaffRole)
  role!: StaffRole;

  @Field(() => ID, { nullable: true, description: 'An active member of your staff.' })
  @SkipIfEmpty()
  @IsStaffId()
  supervisorId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_EMAIL)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_PHONE)
  phone?: string | null;
}

@InputType({ description: 'Changes to a staff record: only the fields given change.' })
export class UpdateStaffMemberInput {
  @Field(() => ID)
  @IsStaffId()
  id!: string;

  @Field(() => String, { nullable: true })
  @RequiredText(MAX_NAME)
  name?: string | null;

  @Field(() => StaffRole, { nullable: true })
  role?: StaffRole | null;

  @Field(() => ID, { nullable: true, description: 'An active member of your staff.' })
  @SkipIfEmpty()
  @IsStaffId()
  supervisorId?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_EMAIL)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_PHONE)
  phone?: string | null;
}

@ArgsType()
export class StaffIdArgs {
  @Field(() => ID, { description: 'The staff id.' })
  @IsStaffId()
  id!: string;
}

@ArgsType()
export class KeyWorkersArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Include deactivated members of staff.',
  })
  includeInactive!: boolean;
}
