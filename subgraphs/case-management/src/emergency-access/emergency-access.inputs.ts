import { IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsUuidValue, MinText, RequiredText } from '@icp/shared';
import { EmergencyReviewOutcome } from './emergency-access.entity';

/** Longest break-glass access, and the default. */
export const MAX_EMERGENCY_MINUTES = 240;
export const DEFAULT_EMERGENCY_MINUTES = 60;
/** A reason must say what the emergency is, not just "urgent". */
export const MIN_EMERGENCY_REASON = 20;

const MINUTES = { message: `minutes must be 5 to ${MAX_EMERGENCY_MINUTES}` };

@InputType()
export class StartEmergencyAccessInput {
  @Field(() => ID)
  @IsUuidValue()
  serviceUserId!: string;

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

@InputType()
export class ReviewEmergencyAccessInput {
  @Field(() => ID)
  @IsUuidValue()
  id!: string;

  @Field(() => EmergencyReviewOutcome)
  outcome!: EmergencyReviewOutcome;

  @Field(() => String)
  @RequiredText(2000)
  note!: string;
}
