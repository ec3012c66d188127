import { Field, ID, InputType } from 'type-graphql';
import {
  IsCalendarDate,
  IsUuidValue,
  LocalDateScalar,
  RequiredText,
  UUIDScalar,
} from '@icp/shared';
import { ReferralStatus } from './referral.entity';

/** The longest text of a referral. Optional texts may be absent, but not blank. */
const MAX_TEXT = 2000;

@InputType({
  description: 'A referral the case manager plans, under a consent naming the target agency.',
})
export class CreateReferralInput {
  @Field(() => UUIDScalar, { description: 'The open case whose service user is referred.' })
  @IsUuidValue()
  caseId!: string;

  @Field(() => ID, { description: 'The agency the service user is referred to.' })
  toAgencyCode!: string;

  @Field(() => String, { description: 'Why the referral is made.' })
  @RequiredText(MAX_TEXT)
  reason!: string;

  @Field(() => UUIDScalar, {
    description:
      'An ACTIVE consent of the service user naming the target agency, for REFERRAL or CARE_COORDINATION.',
  })
  @IsUuidValue()
  consentId!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When the case manager follows up: today or later.',
  })
  @IsCalendarDate()
  followUpOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What supports the service user meanwhile.' })
  @RequiredText(MAX_TEXT)
  interimPlan?: string | null;
}

@InputType({ description: 'A referral’s next status, with a note.' })
export class UpdateReferralStatusInput {
  @Field(() => UUIDScalar, { description: 'The referral.' })
  @IsUuidValue()
  referralId!: string;

  @Field(() => ReferralStatus, {
    description: 'The next status; only moves the referral protocol allows.',
  })
  status!: ReferralStatus;

  @Field(() => String, { nullable: true, description: 'A note recorded with the step.' })
  @RequiredText(MAX_TEXT)
  note?: string | null;
}

@InputType({ description: 'The case manager follows up a referral, e.g. during a long wait.' })
export class RecordReferralFollowUpInput {
  @Field(() => UUIDScalar, { description: 'The referral.' })
  @IsUuidValue()
  referralId!: string;

  @Field(() => LocalDateScalar, { description: 'The next follow-up: today or later.' })
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
  @Field(() => UUIDScalar, { description: 'The referral made to your agency.' })
  @IsUuidValue()
  referralId!: string;

  @Field(() => String, { description: 'What happened (1 to 2000 characters).' })
  @RequiredText(MAX_TEXT)
  note!: string;
}
