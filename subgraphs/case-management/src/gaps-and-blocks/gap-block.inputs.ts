import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description: 'A Gaps and Blocks form: a service is persistently not engaging with the plan.',
})
export class RaiseGapBlockInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: 'The agency that is not engaging; not the raising agency.' })
  concerningAgencyCode!: string;

  @Field(() => String, { description: 'What is not happening (1 to 4000 characters).' })
  issue!: string;

  @Field(() => String, {
    description: 'What has been tried at service level already (1 to 4000 characters).',
  })
  whatTried!: string;
}

@InputType()
export class EscalateGapBlockInput {
  @Field(() => ID)
  gapBlockId!: string;

  @Field(() => String, {
    description: 'What was tried at the current level, by whom, and why it did not resolve it.',
  })
  outcome!: string;
}

@InputType()
export class RecordGapBlockStepInput {
  @Field(() => ID)
  gapBlockId!: string;

  @Field(() => String, { description: 'What was tried or learned at the current level.' })
  outcome!: string;
}

@InputType()
export class ResolveGapBlockInput {
  @Field(() => ID)
  gapBlockId!: string;

  @Field(() => String, { description: 'How the service came to engage, or what was agreed.' })
  resolution!: string;
}
