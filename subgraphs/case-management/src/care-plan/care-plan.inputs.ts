import { Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsCalendarDate, IsUuidValue, OptionalText, RequiredText, SkipIfEmpty } from '@icp/shared';
import { NeedDomain } from './need-domain';
import { GoalStatus } from './goal.entity';
import { InterventionType } from './intervention-type';

/*
 * The inputs of the care plan, validated and normalised before their resolver runs (see
 * @icp/shared's input rules): ids checked and lower-cased, texts trimmed, dates real. An error
 * names a nested field as the services always have (`needs.id`, `description`). What depends on
 * the plan or on several fields (SMART goals, review dates, ids being part of the plan) is
 * checked by the services and plan-rules.ts.
 */

/** The longest text of a need or action. */
const MAX_TEXT = 2000;

/** The longest staff id (a user id in an agency's identity provider). */
const MAX_STAFF_ID = 200;

/** Every action is reviewed at least quarterly. */
const REVIEW_EVERY_WEEKS = {
  message: 'reviewEveryWeeks is 1 to 13: every action is reviewed at least quarterly',
};

@InputType({
  description: 'A need to add. Give an id (UUID) to refer to it from goals in the same change.',
})
export class NeedInput {
  @Field(() => ID, { nullable: true })
  @SkipIfEmpty()
  @IsUuidValue({ field: 'needs.id' })
  id?: string | null;

  @Field(() => NeedDomain)
  domain!: NeedDomain;

  @Field(() => String)
  @RequiredText(MAX_TEXT)
  description!: string;
}

@InputType()
export class NeedUpdateInput {
  @Field(() => ID)
  @IsUuidValue({ field: 'updateNeeds.id' })
  id!: string;

  @Field(() => String, { nullable: true })
  @RequiredText(MAX_TEXT)
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
  @SkipIfEmpty()
  @IsUuidValue({ field: 'goals.id' })
  id?: string | null;

  @Field(() => ID, { nullable: true })
  @SkipIfEmpty()
  @IsUuidValue()
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
  @SkipIfEmpty()
  @IsUuidValue()
  buildsOnGoalId?: string | null;
}

@InputType()
export class GoalUpdateInput {
  @Field(() => ID)
  @IsUuidValue({ field: 'updateGoals.id' })
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
  @SkipIfEmpty()
  @IsUuidValue({ field: 'actions.id' })
  id?: string | null;

  @Field(() => ID, { nullable: true })
  @SkipIfEmpty()
  @IsUuidValue()
  goalId?: string | null;

  @Field(() => String)
  @RequiredText(MAX_TEXT)
  description!: string;

  @Field(() => NeedDomain)
  domain!: NeedDomain;

  @Field(() => ID)
  responsibleAgencyCode!: string;

  @Field(() => InterventionType, { nullable: true, description: 'Default OTHER.' })
  interventionType?: InterventionType | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The key worker's staff id in the responsible agency: an active member of its staff, as that agency's own server confirms.",
  })
  @OptionalText(MAX_STAFF_ID)
  keyWorkerId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @SkipIfEmpty()
  @IsCalendarDate()
  dueOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Review timeframe in weeks (1-13).' })
  @Min(1, REVIEW_EVERY_WEEKS)
  @Max(13, REVIEW_EVERY_WEEKS)
  reviewEveryWeeks?: number | null;
}

@InputType()
export class ActionUpdateInput {
  @Field(() => ID)
  @IsUuidValue({ field: 'updateActions.id' })
  id!: string;

  @Field(() => ID, { nullable: true })
  @SkipIfEmpty()
  @IsUuidValue()
  goalId?: string | null;

  @Field(() => String, { nullable: true })
  @RequiredText(MAX_TEXT)
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An active member of the responsible agency’s staff (checked with that agency).',
  })
  @OptionalText(MAX_STAFF_ID)
  keyWorkerId?: string | null;

  @Field(() => InterventionType, { nullable: true })
  interventionType?: InterventionType | null;

  @Field(() => String, { nullable: true })
  @IsCalendarDate()
  dueOn?: string | null;

  @Field(() => Int, { nullable: true })
  @Min(1, REVIEW_EVERY_WEEKS)
  @Max(13, REVIEW_EVERY_WEEKS)
  reviewEveryWeeks?: number | null;
}

@InputType()
export class CreateCarePlanInput {
  @Field(() => ID)
  @IsUuidValue()
  caseId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, within 3 months.' })
  @IsCalendarDate()
  nextReviewOn!: string;

  @Field(() => String, { nullable: true })
  changeSummary?: string | null;

  @ValidateNested()
  @Field(() => [NeedInput], { defaultValue: [] })
  needs!: NeedInput[];

  @ValidateNested()
  @Field(() => [GoalInput], { defaultValue: [] })
  goals!: GoalInput[];

  @ValidateNested()
  @Field(() => [ActionInput], { defaultValue: [] })
  actions!: ActionInput[];
}

/** The changes of one revision: the same whether made directly or agreed at a meeting. */
@InputType()
export class PlanChangeSetInput {
  @Field(() => String, { nullable: true })
  @SkipIfEmpty()
  @IsCalendarDate()
  nextReviewOn?: string | null;

  @ValidateNested()
  @Field(() => [NeedInput], { defaultValue: [] })
  addNeeds!: NeedInput[];

  @ValidateNested()
  @Field(() => [NeedUpdateInput], { defaultValue: [] })
  updateNeeds!: NeedUpdateInput[];

  @Field(() => [ID], { defaultValue: [] })
  @IsUuidValue({ each: true })
  removeNeedIds!: string[];

  @ValidateNested()
  @Field(() => [GoalInput], { defaultValue: [] })
  addGoals!: GoalInput[];

  @ValidateNested()
  @Field(() => [GoalUpdateInput], { defaultValue: [] })
  updateGoals!: GoalUpdateInput[];

  @ValidateNested()
  @Field(() => [ActionInput], { defaultValue: [] })
  addActions!: ActionInput[];

  @ValidateNested()
  @Field(() => [ActionUpdateInput], { defaultValue: [] })
  updateActions!: ActionUpdateInput[];

  @Field(() => [ID], { defaultValue: [] })
  @IsUuidValue({ each: true })
  removeActionIds!: string[];
}

@InputType({ description: 'One coherent revision of the plan: it becomes one new version.' })
export class ReviseCarePlanInput extends PlanChangeSetInput {
  @Field(() => ID)
  @IsUuidValue()
  planId!: string;

  @Field(() => Int, {
    description: 'The version you edited; a stale one is refused with VERSION_CONFLICT.',
  })
  expectedVersion!: number;

  @Field(() => String, { description: 'Why the plan changed, for the version history.' })
  @RequiredText(500)
  changeSummary!: string;
}

@InputType()
export class RecordPlanReviewInput {
  @Field(() => ID)
  @IsUuidValue()
  planId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { description: 'YYYY-MM-DD; default today.', nullable: true })
  @SkipIfEmpty()
  @IsCalendarDate()
  reviewedOn?: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD, at most 3 months after the review.' })
  @IsCalendarDate()
  nextReviewOn!: string;

  @Field(() => String, { description: 'What the review found.' })
  @RequiredText(MAX_TEXT)
  summary!: string;
}

/** flagGoalConflict's arguments, in the order the published schema has them. */
@ArgsType()
export class FlagGoalConflictArgs {
  @Field(() => String)
  @RequiredText(MAX_TEXT)
  note!: string;

  @Field(() => ID)
  @IsUuidValue()
  conflictingGoalId!: string;

  @Field(() => ID)
  @IsUuidValue()
  goalId!: string;
}

/** resolveGoalConflict's arguments, in the order the published schema has them. */
@ArgsType()
export class ResolveGoalConflictArgs {
  @Field(() => String)
  @RequiredText(MAX_TEXT)
  resolution!: string;

  @Field(() => ID)
  @IsUuidValue()
  conflictId!: string;
}
