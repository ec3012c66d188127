import { IsEnum, IsOptional, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IsUuidValue, MinText, RequiredText, UUIDScalar } from '@icp/shared';
import { EmergencyReasonCode, EmergencyReviewOutcome } from './emergency-access.entity';

/** Longest break-glass access, and the default. */
export const MAX_EMERGENCY_MINUTES = 240;
export const DEFAULT_EMERGENCY_MINUTES = 60;
/** A reason must say what the emergency is, not just "urgent". */
export const MIN_EMERGENCY_REASON = 20;

const MINUTES = { message: `minutes must be 5 to ${MAX_EMERGENCY_MINUTES}` };

@InputType({ description: 'A break-glass access to open: whose data, why, for how long.' })
export class StartEmergencyAccessInput {
  @Field(() => UUIDScalar, { description: 'The service user whose data you must read.' })
  @IsUuidValue()
  serviceUserId!: string;

  @Field(() => EmergencyReasonCode, {
    description: 'Why, from the controlled list (HL7 purpose-of-use codes): ETREAT or THREAT.',
  })
  @IsEnum(EmergencyReasonCode, {
    message: `reasonCode must be one of ${Object.values(EmergencyReasonCode).join(', ')}`,
  })
  reasonCode!: EmergencyReasonCode;

  @Field(() => String, {
    description: `What the emergency is and why consent cannot be asked (${MIN_EMERGENCY_REASON} to 2000 characters).`,
  })
  @MinText(MIN_EMERGENCY_REASON, {
    message: `reason must say what the emergency is (at least ${MIN_EMERGENCY_REASON} characters)`,
  })
  @RequiredText(2000)
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description: `How long, in minutes: 5 to ${MAX_EMERGENCY_MINUTES}; default ${DEFAULT_EMERGENCY_MINUTES}.`,
  })
  @IsOptional()
  @Min(5, MINUTES)
  @Max(MAX_EMERGENCY_MINUTES, MINUTES)
  minutes?: number | null;
}

@InputType({ description: 'The lead agency’s review of an emergency access.' })
export class ReviewEmergencyAccessInput {
  @Field(() => UUIDScalar, { description: 'The emergency access reviewed.' })
  @IsUuidValue()
  id!: string;

  @Field(() => EmergencyReviewOutcome, { description: 'Whether the emergency justified it.' })
  outcome!: EmergencyReviewOutcome;

  @Field(() => String, { description: 'Why (1 to 2000 characters).' })
  @RequiredText(2000)
  note!: string;
}

@InputType({ description: 'A rehabilitation co-ordinator’s acknowledgement of a flagged access.' })
export class AcknowledgeEmergencyAccessFlagInput {
  @Field(() => UUIDScalar, { description: 'The flagged emergency access.' })
  @IsUuidValue()
  id!: string;

  @Field(() => String, {
    description: 'What the co-ordinator did about it (1 to 2000 characters).',
  })
  @RequiredText(2000)
  note!: string;
}
