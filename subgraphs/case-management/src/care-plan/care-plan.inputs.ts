import { Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  IsCalendarDate,
  IsUuidValue,
  LocalDateScalar,
  OptionalText,
  RequiredText,
  SkipIfEmpty,
  UUIDScalar,
} from '@icp/shared';
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
export const MAX_TEXT = 2000;

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
  @Field(() => UUIDScalar, {
    nullable: true,
    description:
      'An id you choose for the new need, so that goals of the same change can name it in needId; omit to have one made.',
  })
  @SkipIfEmpty()
  @IsUuidValue({ field: 'needs.id' })
  id?: string | null;

  @Field(() => NeedDomain, {
    description: 'Its domain: also the consent category of its description.',
  })
  domain!: NeedDomain;

  @Field(() => String, { description: `What the service user needs: 1 to ${MAX_TEXT} characters.` })
  @RequiredText(MAX_TEXT)
  description!: string;
}

@InputType({ description: 'A change to a need of the plan: only the fields given change.' })
export class NeedUpdateInput {
  @Field(() => UUIDScalar, {
    description: 'The need to change: one of the plan’s (BAD_USER_INPUT otherwise).',
  })
  @IsUuidValue({ field: 'updateNeeds.id' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: `Its new description: 1 to ${MAX_TEXT} characters.`,
  })
  @RequiredText(MAX_TEXT)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the need is now met.' })
  met?: boolean | null;
}

@InputType({
  description:
    'A SMART goal to add. Give an id (UUID) to refer to it from actions in the same change.',
})
export class GoalInput {
  @Field(() => UUIDScalar, {
    nullable: true,
    description:
      'An id you choose for the new goal, so that actions of the same change can name it in goalId; omit to have one made.',
  })
  @SkipIfEmpty()
  @IsUuidValue({ field: 'goals.id' })
  id?: string | null;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'The need it serves: one of the plan’s, or one added in the same change.',
  })
  @SkipIfEmpty()
  @IsUuidValue()
  needId?: string | null;

  @Field(() => NeedDomain, { description: 'The domain of need it serves.' })
  domain!: NeedDomain;

  @Field(() => String, {
    description: 'Specific: what will be different, at least 10 characters.',
  })
  statement!: string;

  @Field(() => String, { description: 'Measurable: how progress will be known.' })
  measure!: string;

  @Field(() => String, { description: 'Why it is achievable and realistic.' })
  achievability!: string;

  @Field(() => LocalDateScalar, {
    description: 'Time-bound: the date by which it should be reached, in the future.',
  })
  targetDate!: string;

  @Field(() => GoalStatus, { nullable: true, description: 'Where it stands; default ACTIVE.' })
  status?: GoalStatus | null;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'An earlier goal of the plan this one builds on.',
  })
  @SkipIfEmpty()
  @IsUuidValue()
  buildsOnGoalId?: string | null;
}

@InputType({
  description:
    'A change to a goal of the plan: only the fields given change, and the goal must stay SMART.',
})
export class GoalUpdateInput {
  @Field(() => UUIDScalar, {
    description: 'The goal to change: one of the plan’s (BAD_USER_INPUT otherwise).',
  })
  @IsUuidValue({ field: 'updateGoals.id' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Specific: what will be different.' })
  statement?: string | null;

  @Field(() => String, { nullable: true, description: 'Measurable: how progress will be known.' })
  measure?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is achievable and realistic.' })
  achievability?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Time-bound: a new target date, in the future.',
  })
  targetDate?: string | null;

  @Field(() => GoalStatus, { nullable: true, description: 'Where the goal now stands.' })
  status?: GoalStatus | null;
}

@InputType({
  description: 'An agreed action: what, for which goal, by which agency and key worker, by when.',
})
export class ActionInput {
  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'An id you choose for the new action; omit to have one made.',
  })
  @SkipIfEmpty()
  @IsUuidValue({ field: 'actions.id' })
  id?: string | null;

  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'The goal it works towards: one of the plan’s, or one added in the same change.',
  })
  @SkipIfEmpty()
  @IsUuidValue()
  goalId?: string | null;

  @Field(() => String, { description: `What is to be done: 1 to ${MAX_TEXT} characters.` })
  @RequiredText(MAX_TEXT)
  description!: string;

  @Field(() => NeedDomain, { description: 'The domain of need it serves.' })
  domain!: NeedDomain;

  @Field(() => ID, {
    description:
      'The code of the agency that delivers it (such as CDAS): an agency in the directory (BAD_USER_INPUT otherwise).',
  })
  responsibleAgencyCode!: string;

  @Field(() => InterventionType, { nullable: true, description: 'Default OTHER.' })
  interventionType?: InterventionType | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The key worker's staff id in the responsible agency: an active member of its staff, as that agency's own server confirms (BAD_USER_INPUT with reason KEY_WORKER_INACTIVE or KEY_WORKER_UNKNOWN otherwise; AGENCY_UNAVAILABLE when it cannot answer).",
  })
  @OptionalText(MAX_STAFF_ID)
  keyWorkerId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date it is due by, if any.' })
  @SkipIfEmpty()
  @IsCalendarDate()
  dueOn?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How often it is reviewed, in weeks: 1 to 13 (at least quarterly).',
  })
  @Min(1, REVIEW_EVERY_WEEKS)
  @Max(13, REVIEW_EVERY_WEEKS)
  reviewEveryWeeks?: number | null;
}

@InputType({
  description:
    'A change to an action of the plan: only the fields given change. Its responsible agency and domain do not change: remove it and add another.',
})
export class ActionUpdateInput {
  @Field(() => UUIDScalar, {
    description: 'The action to change: one of the plan’s (BAD_USER_INPUT otherwise).',
  })
  @IsUuidValue({ field: 'updateActions.id' })
  id!: string;

  @Field(() => UUIDScalar, { nullable: true, description: 'The goal it now works towards.' })
  @SkipIfEmpty()
  @IsUuidValue()
  goalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `What is to be done: 1 to ${MAX_TEXT} characters.`,
  })
  @RequiredText(MAX_TEXT)
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Another key worker: an active member of the responsible agency’s staff, as that agency confirms (BAD_USER_INPUT with reason KEY_WORKER_INACTIVE or KEY_WORKER_UNKNOWN otherwise; AGENCY_UNAVAILABLE when it cannot answer).',
  })
  @OptionalText(MAX_STAFF_ID)
  keyWorkerId?: string | null;

  @Field(() => InterventionType, { nullable: true, description: 'The kind of intervention.' })
  interventionType?: InterventionType | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'A new due date.' })
  @IsCalendarDate()
  dueOn?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How often it is reviewed, in weeks: 1 to 13.',
  })
  @Min(1, REVIEW_EVERY_WEEKS)
  @Max(13, REVIEW_EVERY_WEEKS)
  reviewEveryWeeks?: number | null;
}

@InputType({ description: 'The care plan of a case as first agreed: it becomes version 1.' })
export class CreateCarePlanInput {
  @Field(() => UUIDScalar, { description: 'The case: open, and without a plan.' })
  @IsUuidValue()
  caseId!: string;

  @Field(() => LocalDateScalar, {
    description:
      'The first review: at most 3 calendar months from today (REVIEW_TOO_LATE otherwise).',
  })
  @IsCalendarDate()
  nextReviewOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What version 1 records as its change summary; default "Care plan agreed".',
  })
  changeSummary?: string | null;

  @ValidateNested()
  @Field(() => [NeedInput], { defaultValue: [], description: 'The needs.' })
  needs!: NeedInput[];

  @ValidateNested()
  @Field(() => [GoalInput], { defaultValue: [], description: 'The SMART goals.' })
  goals!: GoalInput[];

  @ValidateNested()
  @Field(() => [ActionInput], { defaultValue: [], description: 'The agreed actions.' })
  actions!: ActionInput[];
}

/** The changes of one revision: the same whether made directly or agreed at a meeting. */
@InputType()
export class PlanChangeSetInput {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'A new date for the next review: at most 3 calendar months after the last review (REVIEW_TOO_LATE otherwise).',
  })
  @SkipIfEmpty()
  @IsCalendarDate()
  nextReviewOn?: string | null;

  @ValidateNested()
  @Field(() => [NeedInput], { defaultValue: [], description: 'Needs to add.' })
  addNeeds!: NeedInput[];

  @ValidateNested()
  @Field(() => [NeedUpdateInput], { defaultValue: [], description: 'Needs to change.' })
  updateNeeds!: NeedUpdateInput[];

  @Field(() => [UUIDScalar], {
    defaultValue: [],
    description:
      'Needs to remove: the plan’s, and without goals (a need with goals is marked met instead; BAD_USER_INPUT otherwise).',
  })
  @IsUuidValue({ each: true })
  removeNeedIds!: string[];

  @ValidateNested()
  @Field(() => [GoalInput], { defaultValue: [], description: 'SMART goals to add.' })
  addGoals!: GoalInput[];

  @ValidateNested()
  @Field(() => [GoalUpdateInput], { defaultValue: [], description: 'Goals to change.' })
  updateGoals!: GoalUpdateInput[];

  @ValidateNested()
  @Field(() => [ActionInput], { defaultValue: [], description: 'Actions to add.' })
  addActions!: ActionInput[];

  @ValidateNested()
  @Field(() => [ActionUpdateInput], { defaultValue: [], description: 'Actions to change.' })
  updateActions!: ActionUpdateInput[];

  @Field(() => [UUIDScalar], {
    defaultValue: [],
    description: 'Actions to remove: the plan’s (BAD_USER_INPUT otherwise).',
  })
  @IsUuidValue({ each: true })
  removeActionIds!: string[];
}

@InputType({ description: 'One coherent revision of the plan: it becomes one new version.' })
export class ReviseCarePlanInput extends PlanChangeSetInput {
  @Field(() => UUIDScalar, { description: 'The plan to revise.' })
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

@InputType({
  description:
    'A review of the plan: what it found and when the next one is. It becomes one new version.',
})
export class RecordPlanReviewInput {
  @Field(() => UUIDScalar, { description: 'The plan reviewed.' })
  @IsUuidValue()
  planId!: string;

  @Field(() => Int, {
    description: 'The version you reviewed; a stale one is refused with VERSION_CONFLICT.',
  })
  expectedVersion!: number;

  @Field(() => LocalDateScalar, {
    description: 'The day the review was held: today or earlier (default today).',
    nullable: true,
  })
  @SkipIfEmpty()
  @IsCalendarDate()
  reviewedOn?: string | null;

  @Field(() => LocalDateScalar, {
    description:
      'The next review: after this one and at most 3 calendar months on (REVIEW_TOO_LATE otherwise).',
  })
  @IsCalendarDate()
  nextReviewOn!: string;

  @Field(() => String, {
    description: `What the review found: 1 to ${MAX_TEXT} characters, kept in the version history.`,
  })
  @RequiredText(MAX_TEXT)
  summary!: string;
}
