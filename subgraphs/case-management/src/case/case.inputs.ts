import { Field, ID, InputType } from 'type-graphql';
import { ContactMethod } from './case-history.entity';

@InputType()
export class RegisterServiceUserInput {
  @Field(() => String)
  givenName!: string;

  @Field(() => String)
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType()
export class OpenCaseInput {
  @Field(() => ID)
  serviceUserId!: string;

  @Field(() => ID, { nullable: true, description: 'The closed case this re-engagement follows.' })
  previousCaseId?: string | null;
}

@InputType({
  description: 'The exit meeting: goals achieved, how supports continue, and the open door.',
})
export class CloseCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  goalsAchieved!: string;

  @Field(() => String, { description: 'How supports will be provided in the future (aftercare).' })
  futureSupports!: string;

  @Field(() => Boolean, {
    description: 'The service user was told they may re-engage at any time. Must be true.',
  })
  reEngagementExplained!: boolean;
}

@InputType()
export class ContactAttemptInput {
  @Field(() => ID)
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
  caseId!: string;

  @Field(() => ID)
  toAgencyCode!: string;

  @Field(() => ID, { description: "The incoming case manager's staff id in that agency." })
  toCaseManagerId!: string;

  @Field(() => String)
  reason!: string;
}

@InputType({
  description: 'The three-way handover: outgoing and incoming case managers and the service user.',
})
export class TransferHandoverInput {
  @Field(() => ID)
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
  transferId!: string;

  @Field(() => String, { description: 'The written follow-up to the handover.' })
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
  serviceUserId!: string;

  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => [ID], { description: 'The agencies that cannot agree (yours included).' })
  agencyCodes!: string[];

  @Field(() => String)
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
  disputeId!: string;

  @Field(() => String)
  resolution!: string;

  @Field(() => ID)
  leadAgencyCode!: string;

  @Field(() => ID)
  caseManagerId!: string;
}
