import { ArgsType, Field } from 'type-graphql';
import { IsUuidValue, RequiredText, UUIDScalar } from '@icp/shared';
import { MAX_TEXT } from './care-plan.inputs';

/** flagGoalConflict's arguments, in the order the published schema has them. */
@ArgsType()
export class FlagGoalConflictArgs {
  @Field(() => String, {
    description: `Why the two goals conflict: 1 to ${MAX_TEXT} characters.`,
  })
  @RequiredText(MAX_TEXT)
  note!: string;

  @Field(() => UUIDScalar, {
    description: 'The goal it conflicts with: another goal of the same plan.',
  })
  @IsUuidValue()
  conflictingGoalId!: string;

  @Field(() => UUIDScalar, { description: 'One of the two goals.' })
  @IsUuidValue()
  goalId!: string;
}

/** resolveGoalConflict's arguments, in the order the published schema has them. */
@ArgsType()
export class ResolveGoalConflictArgs {
  @Field(() => String, {
    description: `How the agencies agreed to resolve it: 1 to ${MAX_TEXT} characters.`,
  })
  @RequiredText(MAX_TEXT)
  resolution!: string;

  @Field(() => UUIDScalar, { description: 'The conflict to resolve (GoalConflict.id).' })
  @IsUuidValue()
  conflictId!: string;
}
