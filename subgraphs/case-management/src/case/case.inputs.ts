import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  IsCalendarDate,
  IsUuidValue,
  LocalDateScalar,
  RequiredText,
  SkipIfEmpty,
  UUIDScalar,
} from '@icp/shared';
import { ContactMethod } from './case-history.entity';

/*
 * The inputs of the case features (cases, transfers, disputes), validated and normalised before
 * their resolver runs (see @icp/shared's input rules): ids checked and lower-cased, text trimmed.
 */

/** `caseId: UUID!`, a case's id. */
@ArgsType()
export class CaseIdArgs {
  @Field(() => UUIDScalar, { description: 'The case (Case.id).' })
  @IsUuidValue()
  caseId!: string;
}

/** `transferId: UUID!`, a case transfer's id. */
@ArgsType()
export class TransferIdArgs {
  @Field(() => UUIDScalar, { description: 'The transfer (CaseTransfer.id).' })
  @IsUuidValue()
  transferId!: string;
}

@InputType({
  description:
    'A person to register: identity details, kept apart and shared only under consent to IDENTITY.',
})
export class RegisterServiceUserInput {
  @Field(() => String, { description: 'Given name: 1 to 200 characters.' })
  @RequiredText(200)
  givenName!: string;

  @Field(() => String, { description: 'Family name: 1 to 200 characters.' })
  @RequiredText(200)
  familyName!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth, if known.' })
  @SkipIfEmpty()
  @IsCalendarDate()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'A phone number, if any.' })
  phone?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Register even though people your agency may see have the same names and date of birth (after checking the candidates of a DUPLICATE_SUSPECTED refusal).',
  })
  confirmNotDuplicate!: boolean;
}

@InputType({ description: 'A case to open, with you as its case manager.' })
export class OpenCaseInput {
  @Field(() => UUIDScalar, { description: 'The service user (ServiceUser.id).' })
  @IsUuidValue()
  serviceUserId!: string;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'The closed case of theirs this re-engagement follows, if any.',
  })
  @SkipIfEmpty()
  @IsUuidValue()
  previousCaseId?: string | null;
}

@InputType({
  description: 'The exit meeting: goals achieved, how supports continue, and the open door.',
})
export class CloseCaseInput {
  @Field(() => UUIDScalar, { description: 'The case to close.' })
  @IsUuidValue()
  caseId!: string;

  @Field(() => String, { description: 'The goals achieved: 1 to 4000 characters.' })
  @RequiredText(4000)
  goalsAchieved!: string;

  @Field(() => String, {
    description: 'How supports will be provided in the future (aftercare): 1 to 4000 characters.',
  })
  @RequiredText(4000)
  futureSupports!: string;

  @Field(() => Boolean, {
    description: 'The service user was told they may re-engage at any time. Must be true.',
  })
  reEngagementExplained!: boolean;
}

@InputType({ description: 'An attempt to reach a service user.' })
export class ContactAttemptInput {
  @Field(() => UUIDScalar, { description: 'The case.' })
  @IsUuidValue()
  caseId!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the attempt was made: not in the future (default: now).',
  })
  attemptedAt?: Date | null;

  @Field(() => ContactMethod, { description: 'How.' })
  method!: ContactMethod;

  @Field(() => Boolean, { description: 'Whether the service user was reached.' })
  successful!: boolean;

  @Field(() => String, { nullable: true, description: 'A note of the attempt.' })
  note?: string | null;
}

@InputType({ description: 'A transfer to ask for: to whom, and why.' })
export class RequestTransferInput {
  @Field(() => UUIDScalar, { description: 'The case to transfer.' })
  @IsUuidValue()
  caseId!: string;

  @Field(() => ID, {
    description:
      'The code of the incoming lead agency (your own for a change of case manager only): an agency in the directory.',
  })
  toAgencyCode!: string;

  @Field(() => ID, { description: "The incoming case manager's staff id in that agency." })
  @RequiredText(200)
  toCaseManagerId!: string;

  @Field(() => String, { description: 'Why the case is moving: 1 to 4000 characters.' })
  @RequiredText(4000)
  reason!: string;
}

@InputType({
  description: 'The three-way handover: outgoing and incoming case managers and the service user.',
})
export class TransferHandoverInput {
  @Field(() => UUIDScalar, { description: 'The transfer.' })
  @IsUuidValue()
  transferId!: string;

  @Field(() => Date, { description: 'When the handover was held: not in the future.' })
  heldAt!: Date;

  @Field(() => Boolean, { description: 'The outgoing case manager attended: must be true.' })
  outgoingCaseManagerAttended!: boolean;

  @Field(() => Boolean, { description: 'The incoming case manager attended: must be true.' })
  incomingCaseManagerAttended!: boolean;

  @Field(() => Boolean, { description: 'The service user attended: must be true.' })
  serviceUserAttended!: boolean;

  @Field(() => String, { nullable: true, description: 'A note of the handover.' })
  note?: string | null;
}

@InputType({ description: 'The completion of a transfer, with the handover’s written follow-up.' })
export class CompleteTransferInput {
  @Field(() => UUIDScalar, { description: 'The transfer.' })
  @IsUuidValue()
  transferId!: string;

  @Field(() => String, {
    description: 'The written follow-up to the handover: 1 to 4000 characters.',
  })
  @RequiredText(4000)
  writtenFollowUp!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Revisions to the plan agreed at the handover.',
  })
  planRevisions?: string | null;
}

@InputType({ description: 'A dispute over who leads a service user’s case.' })
export class LeadAgencyDisputeInput {
  @Field(() => UUIDScalar, { description: 'The service user.' })
  @IsUuidValue()
  serviceUserId!: string;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'Their case the dispute is about, if there is one.',
  })
  @SkipIfEmpty()
  @IsUuidValue()
  caseId?: string | null;

  @Field(() => [ID], {
    description:
      'The codes of the agencies that cannot agree (yours included): at least two, each in the directory.',
  })
  agencyCodes!: string[];

  @Field(() => String, { description: 'What they disagree on: 1 to 4000 characters.' })
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

@InputType({ description: 'How a lead agency dispute was resolved: who leads, and who manages.' })
export class ResolveDisputeInput {
  @Field(() => UUIDScalar, { description: 'The dispute (LeadAgencyDispute.id).' })
  @IsUuidValue()
  disputeId!: string;

  @Field(() => String, { description: 'How it was resolved: 1 to 4000 characters.' })
  @RequiredText(4000)
  resolution!: string;

  @Field(() => ID, {
    description: 'The code of the agreed lead agency: one of the agencies in the dispute.',
  })
  leadAgencyCode!: string;

  @Field(() => ID, { description: 'The agreed case manager’s staff id in that agency.' })
  @RequiredText(200)
  caseManagerId!: string;
}
