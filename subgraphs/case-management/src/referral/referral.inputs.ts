import { Field, ID, InputType } from 'type-graphql';
import { ReferralStatus } from './referral.entity';

@InputType({
  description: 'A referral the case manager plans, under a consent naming the target agency.',
})
export class CreateReferralInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: 'The agency the service user is referred to.' })
  toAgencyCode!: string;

  @Field(() => String, { description: 'Why the referral is made.' })
  reason!: string;

  @Field(() => ID, {
    description:
      'An ACTIVE consent of the service user naming the target agency, for REFERRAL or CARE_COORDINATION.',
  })
  consentId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the case manager follows up (YYYY-MM-DD), today or later.',
  })
  followUpOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What supports the service user meanwhile.' })
  interimPlan?: string | null;
}

@InputType()
export class UpdateReferralStatusInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'The case manager follows up a referral, e.g. during a long wait.' })
export class RecordReferralFollowUpInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => String, { description: 'The next follow-up (YYYY-MM-DD), today or later.' })
  followUpOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The interim plan put in place while waiting; unchanged when absent.',
  })
  interimPlan?: string | null;
}

@InputType({ description: 'The target agency tells the case manager the service user disengaged.' })
export class ReportDisengagementAfterReferralInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => String)
  note!: string;
}
