import { Field, ID, InputType } from 'type-graphql';
import { IsUuidValue, RequiredText } from '@icp/shared';
import { MAX_TEXT } from './gap-block-rules';

@InputType({
  description: 'A Gaps and Blocks form: a service is persistently not engaging with the plan.',
})
export class RaiseGapBlockInput {
  @Field(() => ID)
  @IsUuidValue()
  caseId!: string;

  @Field(() => ID, { description: 'The agency that is not engaging; not the raising agency.' })
  concerningAgencyCode!: string;

  @Field(() => String, { description: 'What is not happening (1 to 4000 characters).' })
  @RequiredText(MAX_TEXT)
  issue!: string;

  @Field(() => String, {
    description: 'What has been tried at service level already (1 to 4000 characters).',
  })
  @RequiredText(MAX_TEXT)
  whatTried!: string;
}

@InputType()
export class EscalateGapBlockInput {
  @Field(() => ID)
  @IsUuidValue()
  gapBlockId!: string;

  @Field(() => String, {
    description: 'What was tried at the current level, by whom, and why it did not resolve it.',
  })
  @RequiredText(MAX_TEXT)
  outcome!: string;
}

@InputType()
export class RecordGapBlockStepInput {
  @Field(() => ID)
  @IsUuidValue()
  gapBlockId!: string;

  @Field(() => String, { description: 'What was tried or learned at the current level.' })
  @RequiredText(MAX_TEXT)
  outcome!: string;
}

@InputType()
export class ResolveGapBlockInput {
  @Field(() => ID)
  @IsUuidValue()
  gapBlockId!: string;

  @Field(() => String, { description: 'How the service came to engage, or what was agreed.' })
  @RequiredText(MAX_TEXT)
  resolution!: string;
}
