import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsCalendarDate, IsUuidValue, RequiredText, SkipIfEmpty } from '@icp/shared';
import { ContactMethod } from './case-history.entity';

/*
 * The inputs of the case features (cases, transfers, disputes), validated and normalised before
 * their resolver runs (see @icp/shared's input rules): ids checked and lower-cased, text trimmed.
 */

/** `caseId: ID!`, a case's UUID. */
@ArgsType()
export class CaseIdArgs {
  @Field(() => ID)
  @IsUuidValue()
  caseId!: string;
}

/** `transferId: ID!`, a case transfer's UUID. */
@ArgsType()
export class TransferIdArgs {
  @Field(() => ID)
  @IsUuidValue()
  transferId!: string;
}

@InputType()
export class RegisterServiceUserInput {
  @Field(() => String)
  @RequiredText(200)
  givenName!: string;

  @Field(() => String)
  @RequiredText(200)
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @SkipIfEmpty()
  @IsCalendarDate()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Register even though people your agency may see have the same names and date of birth (after checking the candidates of a DUPLICATE_SUSPECTED refusal).',
  })
  confirmNotDuplicate!: boolean;
}

@InputType()
export class OpenCaseInput {
  @Field(() => ID)
  @IsUuidValue()
  serviceUserId!: string;

  @Field(() => ID, { nullable: true, description: 'The closed case this re-engagement follows.' })
  @SkipIfEmpty()
  @IsUuidValue()
  previousCaseId?: string | null;
}

@InputType({
  description: 'The exit meeting: goals achieved, how supports continue, and the open door.',
})
export class CloseCaseInput {
  @Field(() => ID)
  @IsUuidValue()
  caseId!: string;

  @Field(() => String)
  @RequiredText(4000)
  goalsAchieved!: string;

  @Field(() => String, { description: 'How supports will be provided in the future (aftercare).' })
  @RequiredText(4000)
  futureSupports!: string;

  @Field(() => Boolean, {
    description: 'The service user was told they may re-engage at any time. Must be true.',
  })
  reEngagementExplained!: boolean;
}

@InputType()
export class ContactAttemptInput {
  @Field(() => ID)
  @IsUuidValue()
  caseId!: string;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  attemptedAt?: Date | null;

  @Field(() => ContactMethod)
  method!: ContactMethod;

  @Field(() => Boolean)
  successful!: boolean;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class RequestTransferInput {
  @Field(() => ID)
  @IsUuidValue()
  caseId!: string;

  @Field(() => ID)
  toAgencyCode!: string;

  @Field(() => ID, { description: "The incoming case manager's staff id in that agency." })
  @RequiredText(200)
  toCaseManagerId!: string;

  @Field(() => String)
  @RequiredText(4000)
  reason!: string;
}

@InputType({
  description: 'The three-way handover: outgoing and incoming case managers and the service user.',
})
export class TransferHandoverInput {
  @Field(() => ID)
  @IsUuidValue()
  transferId!: string;

  @Field(() => Date)
  heldAt!: Date;

  @Field(() => Boolean)
  outgoingCaseManagerAttended!: boolean;

  @Field(() => Boolean)
  incomingCaseManagerAttended!: boolean;

  @Field(() => Boolean)
  serviceUserAttended!: boolean;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class CompleteTransferInput {
  @Field(() => ID)
  @IsUuidValue()
  transferId!: string;

  @Field(() => String, { description: 'The written follow-up to the handover.' })
  @RequiredText(4000)
  writtenFollowUp!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Revisions to the plan agreed at the handover.',
  })
  planRevisions?: string | null;
}

@InputType()
export class LeadAgencyDisputeInput {
  @Field(() => ID)
  @IsUuidValue()
  serviceUserId!: string;

  @Field(() => ID, { nullable: true })
  @SkipIfEmpty()
  @IsUuidValue()
  caseId?: string | null;

  @Field(() => [ID], { description: 'The agencies that cannot agree (yours included).' })
  agencyCodes!: string[];

  @Field(() => String)
  @RequiredText(4000)
  description!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Contentious issues are addressed between services first: involving the service user is a deliberate choice.',
  })
  involveServiceUser!: boolean;

  @Field(() => String, { nullable: true, description: 'Required when involving the service user.' })
  involvementReason?: string | null;
}

@InputType()
export class ResolveDisputeInput {
  @Field(() => ID)
  @IsUuidValue()
  disputeId!: string;

  @Field(() => String)
  @RequiredText(4000)
  resolution!: string;

  @Field(() => ID)
  leadAgencyCode!: string;

  @Field(() => ID)
  @RequiredText(200)
  caseManagerId!: string;
}
