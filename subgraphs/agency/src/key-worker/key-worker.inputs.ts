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
  valuesConfig: {
    KEY_WORKER: { description: 'Delivers plan actions and works with service users.' },
    CASE_MANAGER: { description: 'Manages cases: leads the plan for the lead agency.' },
    SUPERVISOR: {
      description:
        'Supervises key workers: reads their caseloads, decides their meeting attendance.',
    },
  },
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

  @Field(() => String, { description: `Their name, 1 to ${MAX_NAME} characters.` })
  @RequiredText(MAX_NAME)
  name!: string;

  @Field(() => StaffRole, { description: 'Their role in your agency.' })
  role!: StaffRole;

  @Field(() => ID, {
    nullable: true,
    description: 'The staff id of their supervisor: an active member of your staff.',
  })
  @SkipIfEmpty()
  @IsStaffId()
  supervisorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Their work email, up to ${MAX_EMAIL} characters; blank is none.`,
  })
  @OptionalText(MAX_EMAIL)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Their work phone, up to ${MAX_PHONE} characters; blank is none.`,
  })
  @OptionalText(MAX_PHONE)
  phone?: string | null;
}

@InputType({ description: 'Changes to a staff record: only the fields given change.' })
export class UpdateStaffMemberInput {
  @Field(() => ID, { description: 'The staff id of the record to change.' })
  @IsStaffId()
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: `Their name, 1 to ${MAX_NAME} characters; omit to keep it.`,
  })
  @RequiredText(MAX_NAME)
  name?: string | null;

  @Field(() => StaffRole, { nullable: true, description: 'Their role; omit to keep it.' })
  role?: StaffRole | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The staff id of their supervisor: an active member of your staff, not below them; omit to keep it.',
  })
  @SkipIfEmpty()
  @IsStaffId()
  supervisorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Their work email, up to ${MAX_EMAIL} characters; omit to keep it.`,
  })
  @OptionalText(MAX_EMAIL)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Their work phone, up to ${MAX_PHONE} characters; omit to keep it.`,
  })
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
