import { Field, ID, InputType } from 'type-graphql';
import { IsUuidValue, RequiredText, UUIDScalar } from '@icp/shared';

const FORM_ID = 'The Gaps and Blocks form.';
import { MAX_TEXT } from './gap-block-rules';

@InputType({
  description: 'A Gaps and Blocks form: a service is persistently not engaging with the plan.',
})
export class RaiseGapBlockInput {
  @Field(() => UUIDScalar, { description: 'The open case the service is not engaging with.' })
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

@InputType({ description: 'An escalation of a form to its next level.' })
export class EscalateGapBlockInput {
  @Field(() => UUIDScalar, { description: FORM_ID })
  @IsUuidValue()
  gapBlockId!: string;

  @Field(() => String, {
    description: 'What was tried at the current level, by whom, and why it did not resolve it.',
  })
  @RequiredText(MAX_TEXT)
  outcome!: string;
}

@InputType({ description: 'A note of what was tried at a form’s current level.' })
export class RecordGapBlockStepInput {
  @Field(() => UUIDScalar, { description: FORM_ID })
  @IsUuidValue()
  gapBlockId!: string;

  @Field(() => String, { description: 'What was tried or learned at the current level.' })
  @RequiredText(MAX_TEXT)
  outcome!: string;
}

@InputType({ description: 'The resolution of a form at its current level.' })
export class ResolveGapBlockInput {
  @Field(() => UUIDScalar, { description: FORM_ID })
  @IsUuidValue()
  gapBlockId!: string;

  @Field(() => String, { description: 'How the service came to engage, or what was agreed.' })
  @RequiredText(MAX_TEXT)
  resolution!: string;
}
