import { Field, ID, InputType } from 'type-graphql';
import { IsCalendarDate, IsUuidValue, RequiredText } from '@icp/shared';
import { ReferralStatus } from './referral.entity';

/** The longest text of a referral. Optional texts may be absent, but not blank. */
const MAX_TEXT = 2000;

@InputType({
  description: 'A referral the case manager plans, under a consent naming the target agency.',
})
export class CreateReferralInput {
  @Field(() => ID)
  @IsUuidValue()
  caseId!: string;

  @Field(() => ID, { description: 'The agency the service user is referred to.' })
  toAgencyCode!: string;

  @Field(() => String, { description: 'Why the referral is made.' })
  @RequiredText(MAX_TEXT)
  reason!: string;

  @Field(() => ID, {
    description:
      'An ACTIVE consent of the service user naming the target agency, for REFERRAL or CARE_COORDINATION.',
  })
  @IsUuidValue()
  consentId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the case manager follows up (YYYY-MM-DD), today or later.',
  })
  @IsCalendarDate()
  followUpOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What supports the service user meanwhile.' })
  @RequiredText(MAX_TEXT)
  interimPlan?: string | null;
}

@InputType()
export class UpdateReferralStatusInput {
  @Field(() => ID)
  @IsUuidValue()
  referralId!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => String, { nullable: true })
  @RequiredText(MAX_TEXT)
  note?: string | null;
}

@InputType({ description: 'The case manager follows up a referral, e.g. during a long wait.' })
export class RecordReferralFollowUpInput {
  @Field(() => ID)
  @IsUuidValue()
  referralId!: string;

  @Field(() => String, { description: 'The next follow-up (YYYY-MM-DD), today or later.' })
  @IsCalendarDate()
  followUpOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The interim plan put in place while waiting; unchanged when absent.',
  })
  @RequiredText(MAX_TEXT)
  interimPlan?: string | null;
}

@InputType({ description: 'The target agency tells the case manager the service user disengaged.' })
export class ReportDisengagementAfterReferralInput {
  @Field(() => ID)
  @IsUuidValue()
  referralId!: string;

  @Field(() => String)
  @RequiredText(MAX_TEXT)
  note!: string;
}
