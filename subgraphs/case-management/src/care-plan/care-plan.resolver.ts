import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  BadInputError,
  PageArgs,
  afterKey,
  consent,
  pageFromRows,
  today,
  type Page,
} from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ByIdArgs } from '../kernel/by-id.args';
import { CASE_MANAGER_ONLY, summary } from '../kernel/describe';
import { Case } from '../case/case.entity';
import { CarePlan } from './care-plan.entity';
import { PlanAction } from './plan-action.entity';
import { Need } from './need.entity';
import { Goal } from './goal.entity';
import { CarePlanVersion } from './plan-version.entity';
import { CarePlanVersionConnection } from './care-plan.connection';
import { PlanChange } from './plan-change.type';
import { diffSnapshots } from './plan-snapshot';
import {
  CreateCarePlanInput,
  RecordPlanReviewInput,
  ReviseCarePlanInput,
} from './care-plan.inputs';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** What every change of a plan can end in besides its own rules. */
const CHANGE_ERRORS =
  `${CASE_MANAGER_ONLY}; NOT_FOUND for an unknown plan; CONFLICT (reason CASE_CLOSED) on a closed case; ` +
  'VERSION_CONFLICT when expectedVersion is not the current version; REVIEW_TOO_LATE when the next review is more than 3 months after the last; ' +
  'BAD_USER_INPUT for an invalid field (a goal that is not SMART, an id not of this plan, an unknown agency; reason KEY_WORKER_INACTIVE or KEY_WORKER_UNKNOWN for a key worker); ' +
  'AGENCY_UNAVAILABLE (reason KEY_WORKER_UNCONFIRMED) when a named key worker’s agency cannot confirm them. Nothing is written when refused.';

@Resolver(() => CarePlan)
export class CarePlanResolver {
  @Query(() => CarePlan, {
    nullable: true,
    description:
      'A care plan by id: null when there is none, or when you may see nothing of it (no access looks like no data). Its fields are shared under the service user’s consent.',
  })
  carePlan(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<CarePlan | null> {
    return ctx.loaders.planById.load(id);
  }

  @Mutation(() => CarePlan, {
    description: `Agrees the care plan of a case: version 1, with its needs, goals and actions. Case manager only. Errors: ${CASE_MANAGER_ONLY}; NOT_FOUND for an unknown case; CONFLICT (reason CASE_CLOSED, or PLAN_EXISTS when the case has its plan); REVIEW_TOO_LATE; BAD_USER_INPUT (a goal that is not SMART, an unknown agency, a key worker not active on its agency’s staff); AGENCY_UNAVAILABLE when that agency cannot confirm its key worker.`,
  })
  createCarePlan(
    @Arg('input', () => CreateCarePlanInput, { description: 'The plan as agreed.' })
    input: CreateCarePlanInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.plans.create(ctx.identity, input);
  }

  @Mutation(() => CarePlan, {
    description: `Revises the plan as one new version: everything in the input changes together, or nothing does. Case manager only. Errors: ${CHANGE_ERRORS}`,
  })
  reviseCarePlan(
    @Arg('input', () => ReviseCarePlanInput, { description: 'The revision.' })
    input: ReviseCarePlanInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.plans.revise(ctx.identity, input);
  }

  @Mutation(() => CarePlan, {
    description: `Records a review of the plan and sets the next one, at most 3 months on; the review becomes a new version. Case manager only. Errors: ${CHANGE_ERRORS} BAD_USER_INPUT (field reviewedOn) for a review in the future.`,
  })
  recordPlanReview(
    @Arg('input', () => RecordPlanReviewInput, { description: 'The review.' })
    input: RecordPlanReviewInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.plans.review(ctx.identity, input);
  }

  @FieldResolver(() => Case, { nullable: true, description: summary('The case the plan is for.') })
  @Directive(SUMMARY)
  case(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.caseById.load(p.caseId);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: summary('Whether the date of the next review has passed.'),
  })
  @Directive(SUMMARY)
  reviewOverdue(@Root() p: CarePlan): boolean {
    return p.nextReviewOn < today();
  }

  @FieldResolver(() => [Need], {
    nullable: true,
    description: summary(
      'The needs, by domain. Each need’s description is data of its own domain (consent per need).',
    ),
  })
  @Directive(SUMMARY)
  needs(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.needsByPlanId.load(p.id);
  }

  @FieldResolver(() => [Goal], {
    nullable: true,
    description: summary('The SMART goals, by target date.'),
  })
  @Directive(SUMMARY)
  goals(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.goalsByPlanId.load(p.id);
  }

  @FieldResolver(() => [PlanAction], {
    nullable: true,
    description: summary('The agreed actions, by due date (undated last).'),
  })
  @Directive(SUMMARY)
  actions(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.actionsByPlanId.load(p.id);
  }

  @FieldResolver(() => CarePlanVersionConnection, {
    nullable: true,
    description: summary(
      'The version history, newest first, a page at a time (each version as agreed; read its content with needs, goals and actions).',
    ),
  })
  @Directive(SUMMARY)
  async versions(
    @Root() p: CarePlan,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<CarePlanVersion>> {
    const before = afterKey(page.after, ['integer']);
    const rows = await ctx.loaders.versionPages.load({
      planId: p.id,
      limit: page.first + 1,
      before: before ? Number(before[0]) : null,
    });
    return pageFromRows(rows, page.first, (v) => [v.version]);
  }

  @FieldResolver(() => CarePlanVersion, {
    nullable: true,
    description: summary('One version, as it was agreed; null when there is no such version.'),
  })
  @Directive(SUMMARY)
  versionAt(
    @Root() p: CarePlan,
    @Arg('version', () => Int, { description: 'The version number (CarePlanVersion.version).' })
    version: number,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.plans.version(p.id, version);
  }

  @FieldResolver(() => [PlanChange], {
    nullable: true,
    description: summary(
      'What changed from one version to another, part by part and field by field. BAD_USER_INPUT (field fromVersion or toVersion) for a version that does not exist.',
    ),
  })
  @Directive(SUMMARY)
  async changes(
    @Root() p: CarePlan,
    @Arg('fromVersion', () => Int, { description: 'The earlier version number.' })
    fromVersion: number,
    @Arg('toVersion', () => Int, {
      nullable: true,
      description: 'The later version number; default: the current version.',
    })
    toVersion: number | null,
    @Ctx() ctx: CmContext,
  ): Promise<PlanChange[]> {
    const to = toVersion ?? p.version;
    const [a, b] = await Promise.all([
      ctx.services.plans.version(p.id, fromVersion),
      ctx.services.plans.version(p.id, to),
    ]);
    if (!a)
      throw new BadInputError(`Version ${fromVersion} does not exist`, { field: 'fromVersion' });
    if (!b) throw new BadInputError(`Version ${to} does not exist`, { field: 'toVersion' });
    return diffSnapshots(p.id, a.snapshot, b.snapshot).map((c) =>
      Object.assign(new PlanChange(), c, { planId: p.id }),
    );
  }
}
