import { Field, ID, InputType, Int } from 'type-graphql';
import { NeedDomain } from './need-domain';
import { GoalStatus } from './goal.entity';
import { InterventionType } from './intervention-type';

@InputType({
  description: 'A need to add. Give an id (UUID) to refer to it from goals in the same change.',
})
export class NeedInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => NeedDomain)
  domain!: NeedDomain;

  @Field(() => String)
  description!: string;
}

@InputType()
export class NeedUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  met?: boolean | null;
}

@InputType({
  description:
    'A SMART goal to add. Give an id (UUID) to refer to it from actions in the same change.',
})
export class GoalInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID, { nullable: true })
  needId?: string | null;

  @Field(() => NeedDomain)
  domain!: NeedDomain;

  @Field(() => String, { description: 'Specific: what will be different.' })
  statement!: string;

  @Field(() => String, { description: 'Measurable: how progress will be known.' })
  measure!: string;

  @Field(() => String, { description: 'Why it is achievable and realistic.' })
  achievability!: string;

  @Field(() => String, { description: 'Time-bound: YYYY-MM-DD, in the future.' })
  targetDate!: string;

  @Field(() => GoalStatus, { nullable: true, description: 'Default ACTIVE.' })
  status?: GoalStatus | null;

  @Field(() => ID, { nullable: true, description: 'An earlier goal this one builds on.' })
  buildsOnGoalId?: string | null;
}

@InputType()
export class GoalUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  statement?: string | null;

  @Field(() => String, { nullable: true })
  measure?: string | null;

  @Field(() => String, { nullable: true })
  achievability?: string | null;

  @Field(() => String, { nullable: true })
  targetDate?: string | null;

  @Field(() => GoalStatus, { nullable: true })
  status?: GoalStatus | null;
}

@InputType({
  description: 'An agreed action: what, for which goal, by which agency and key worker, by when.',
})
export class ActionInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID, { nullable: true })
  goalId?: string | null;

  @Field(() => String)
  description!: string;

  @Field(() => NeedDomain)
  domain!: NeedDomain;

  @Field(() => ID)
  responsibleAgencyCode!: string;

  @Field(() => InterventionType, { nullable: true, description: 'Default OTHER.' })
  interventionType?: InterventionType | null;

  @Field(() => ID, {
    nullable: true,
    description: "The key worker's staff id in the responsible agency.",
  })
  keyWorkerId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Review timeframe in weeks (1-13).' })
  reviewEveryWeeks?: number | null;
}

@InputType()
export class ActionUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  goalId?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  keyWorkerId?: string | null;

  @Field(() => InterventionType, { nullable: true })
  interventionType?: InterventionType | null;

  @Field(() => String, { nullable: true })
  dueOn?: string | null;

  @Field(() => Int, { nullable: true })
  reviewEveryWeeks?: number | null;
}

@InputType()
export class CreateCarePlanInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, within 3 months.' })
  nextReviewOn!: string;

  @Field(() => String, { nullable: true })
  changeSummary?: string | null;

  @Field(() => [NeedInput], { defaultValue: [] })
  needs!: NeedInput[];

  @Field(() => [GoalInput], { defaultValue: [] })
  goals!: GoalInput[];

  @Field(() => [ActionInput], { defaultValue: [] })
  actions!: ActionInput[];
}

/** The changes of one revision: the same whether made directly or agreed at a meeting. */
@InputType()
export class PlanChangeSetInput {
  @Field(() => String, { nullable: true })
  nextReviewOn?: string | null;

  @Field(() => [NeedInput], { defaultValue: [] })
  addNeeds!: NeedInput[];

  @Field(() => [NeedUpdateInput], { defaultValue: [] })
  updateNeeds!: NeedUpdateInput[];

  @Field(() => [ID], { defaultValue: [] })
  removeNeedIds!: string[];

  @Field(() => [GoalInput], { defaultValue: [] })
  addGoals!: GoalInput[];

  @Field(() => [GoalUpdateInput], { defaultValue: [] })
  updateGoals!: GoalUpdateInput[];

  @Field(() => [ActionInput], { defaultValue: [] })
  addActions!: ActionInput[];

  @Field(() => [ActionUpdateInput], { defaultValue: [] })
  updateActions!: ActionUpdateInput[];

  @Field(() => [ID], { defaultValue: [] })
  removeActionIds!: string[];
}

@InputType({ description: 'One coherent revision of the plan: it becomes one new version.' })
export class ReviseCarePlanInput extends PlanChangeSetInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int, {
    description: 'The version you edited; a stale one is refused with VERSION_CONFLICT.',
  })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why the plan changed, for the version history.' })
  changeSummary!: string;
}

@InputType()
export class RecordPlanReviewInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { description: 'YYYY-MM-DD; default today.', nullable: true })
  reviewedOn?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD, at most 3 months after the review.' })
  nextReviewOn!: string;

  @Field(() => String, { description: 'What the review found.' })
  summary!: string;
}
