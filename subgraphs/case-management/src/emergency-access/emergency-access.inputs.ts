import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EmergencyReviewOutcome } from './emergency-access.entity';

/** Longest break-glass access, and the default. */
export const MAX_EMERGENCY_MINUTES = 240;
export const DEFAULT_EMERGENCY_MINUTES = 60;
/** A reason must say what the emergency is, not just "urgent". */
export const MIN_EMERGENCY_REASON = 20;

@InputType()
export class StartEmergencyAccessInput {
  @Field(() => ID)
  serviceUserId!: string;

  @Field(() => String, {
    description: `What the emergency is and why consent cannot be asked (${MIN_EMERGENCY_REASON} to 2000 characters).`,
  })
  @MinLength(MIN_EMERGENCY_REASON)
  @MaxLength(2000)
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description: `How long, in minutes: 5 to ${MAX_EMERGENCY_MINUTES}; default ${DEFAULT_EMERGENCY_MINUTES}.`,
  })
  @IsOptional()
  @Min(5)
  @Max(MAX_EMERGENCY_MINUTES)
  minutes?: number | null;
}

@InputType()
export class ReviewEmergencyAccessInput {
  @Field(() => ID)
  id!: string;

  @Field(() => EmergencyReviewOutcome)
  outcome!: EmergencyReviewOutcome;

  @Field(() => String)
  @MaxLength(2000)
  note!: string;
}
