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
import { BadInputError, NotFoundError, consent, today } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ByIdArgs } from '../kernel/by-id.args';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { ActionDeliveryRef, KeyWorkerRef } from '../federation/refs';
import { Case } from '../case/case.entity';
import { CarePlan } from './care-plan.entity';
import { PlanAction } from './plan-action.entity';
import { Need } from './need.entity';
import { Goal, GoalConflict } from './goal.entity';
import { CarePlanVersion } from './plan-version.entity';
import { PlanChange } from './plan-change.type';
import { diffSnapshots } from './plan-snapshot';
import {
  CreateCarePlanInput,
  FlagGoalConflictArgs,
  RecordPlanReviewInput,
  ResolveGoalConflictArgs,
  ReviseCarePlanInput,
} from './care-plan.inputs';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** Versions list actions as the live plan does: by due date (undated last), then id. */
const byDueDate = (
  a: { dueOn: string | null; id: string },
  b: { dueOn: string | null; id: string },
) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.id.localeCompare(b.id);

@Resolver(() => CarePlan)
export class CarePlanResolver {
  @Query(() => CarePlan, { nullable: true })
  carePlan(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<CarePlan | null> {
    return ctx.loaders.planById.load(id);
  }

  @Mutation(() => CarePlan, {
    description: 'Agrees the care plan of a case (version 1). Case manager only.',
  })
  createCarePlan(
    @Arg('input', () => CreateCarePlanInput) input: CreateCarePlanInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.plans.create(ctx.identity, input);
  }

  @Mutation(() => CarePlan, {
    description: 'Revises the plan as one new version. Case manager only.',
  })
  reviseCarePlan(
    @Arg('input', () => ReviseCarePlanInput) input: ReviseCarePlanInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.plans.revise(ctx.identity, input);
  }

  @Mutation(() => CarePlan, {
    description: 'Records a review and sets the next, at most 3 months on.',
  })
  recordPlanReview(
    @Arg('input', () => RecordPlanReviewInput) input: RecordPlanReviewInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.plans.review(ctx.identity, input);
  }

  @FieldResolver(() => Case, { nullable: true })
  @Directive(SUMMARY)
  case(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.caseById.load(p.caseId);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'The review date has passed.' })
  @Directive(SUMMARY)
  reviewOverdue(@Root() p: CarePlan): boolean {
    return p.nextReviewOn < today();
  }

  @FieldResolver(() => [Need], { nullable: true })
  @Directive(SUMMARY)
  needs(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.needsByPlanId.load(p.id);
  }

  @FieldResolver(() => [Goal], { nullable: true })
  @Directive(SUMMARY)
  goals(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.goalsByPlanId.load(p.id);
  }

  @FieldResolver(() => [PlanAction], { nullable: true })
  @Directive(SUMMARY)
  actions(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.actionsByPlanId.load(p.id);
  }

  @FieldResolver(() => [CarePlanVersion], { nullable: true, description: 'Newest first.' })
  @Directive(SUMMARY)
  versions(@Root() p: CarePlan, @Ctx() ctx: CmContext) {
    return ctx.loaders.versionsByPlanId.load(p.id);
  }

  @FieldResolver(() => CarePlanVersion, {
    nullable: true,
    description: 'One version, as it was agreed.',
  })
  @Directive(SUMMARY)
  versionAt(
    @Root() p: CarePlan,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.plans.version(p.id, version);
  }

  @FieldResolver(() => [PlanChange], {
    nullable: true,
    description: 'What changed from one version to another.',
  })
  @Directive(SUMMARY)
  async changes(
    @Root() p: CarePlan,
    @Arg('fromVersion', () => Int) fromVersion: number,
    @Arg('toVersion', () => Int, { nullable: true, description: 'Default: the current version.' })
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

@Resolver(() => CarePlanVersion)
export class CarePlanVersionResolver {
  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(SUMMARY)
  author(@Root() v: CarePlanVersion): KeyWorkerRef {
    return KeyWorkerRef.of(v.authorAgencyCode, v.authorId);
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  authorAgency(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: v.authorAgencyCode }, ctx);
  }

  @FieldResolver(() => String, { nullable: true })
  @Directive(SUMMARY)
  async nextReviewOn(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext) {
    return (await this.full(v, ctx)).snapshot.nextReviewOn;
  }

  @FieldResolver(() => [Need], {
    nullable: true,
    description: 'The needs as they were at this version.',
  })
  @Directive(SUMMARY)
  async needs(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext): Promise<Need[]> {
    return [...(await this.full(v, ctx)).snapshot.needs]
      .sort((a, b) => a.domain.localeCompare(b.domain) || a.id.localeCompare(b.id))
      .map((n) => Object.assign(new Need(), n, { planId: v.planId }));
  }

  @FieldResolver(() => [Goal], {
    nullable: true,
    description: 'The goals as they were at this version.',
  })
  @Directive(SUMMARY)
  async goals(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext): Promise<Goal[]> {
    return [...(await this.full(v, ctx)).snapshot.goals]
      .sort((a, b) => a.targetDate.localeCompare(b.targetDate) || a.id.localeCompare(b.id))
      .map((g) => Object.assign(new Goal(), g, { planId: v.planId }));
  }

  @FieldResolver(() => [PlanAction], {
    nullable: true,
    description: 'The actions as they were at this version.',
  })
  @Directive(SUMMARY)
  async actions(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext): Promise<PlanAction[]> {
    const plan = await ctx.loaders.planById.load(v.planId);
    const c = plan ? await ctx.loaders.caseById.load(plan.caseId) : null;
    if (!c) throw new NotFoundError('CarePlan', v.planId);
    return [...(await this.full(v, ctx)).snapshot.actions].sort(byDueDate).map((a) =>
      Object.assign(new PlanAction(), a, {
        planId: v.planId,
        caseId: c.id,
        serviceUserId: c.serviceUserId,
      }),
    );
  }

  /** Version lists are loaded without their snapshots; fetch one when its content is asked for. */
  private async full(v: CarePlanVersion, ctx: CmContext): Promise<CarePlanVersion> {
    if (v.snapshot) return v;
    return (await ctx.services.plans.version(v.planId, v.version))!;
  }
}

@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => Need, { nullable: true })
  @Directive(SUMMARY)
  need(@Root() g: Goal, @Ctx() ctx: CmContext) {
    return g.needId ? ctx.loaders.needById.load(g.needId) : null;
  }

  @FieldResolver(() => Goal, {
    nullable: true,
    description: 'The earlier goal this one builds on.',
  })
  @Directive(SUMMARY)
  buildsOn(@Root() g: Goal, @Ctx() ctx: CmContext) {
    return g.buildsOnGoalId ? ctx.loaders.goalById.load(g.buildsOnGoalId) : null;
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  proposedBy(@Root() g: Goal, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: g.proposedByAgencyCode }, ctx);
  }

  @FieldResolver(() => [PlanAction], { nullable: true })
  @Directive(SUMMARY)
  actions(@Root() g: Goal, @Ctx() ctx: CmContext) {
    return ctx.loaders.actionsByGoalId.load(g.id);
  }

  @FieldResolver(() => [GoalConflict], {
    nullable: true,
    description: 'Goals flagged as conflicting with this one.',
  })
  @Directive(SUMMARY)
  conflicts(@Root() g: Goal, @Ctx() ctx: CmContext) {
    return ctx.loaders.conflictsByGoalId.load(g.id);
  }
}

@Resolver(() => GoalConflict)
export class GoalConflictResolver {
  @Mutation(() => GoalConflict, {
    description: 'Flags two goals of a plan as conflicting. Any involved agency.',
  })
  flagGoalConflict(
    @Args() { goalId, conflictingGoalId, note }: FlagGoalConflictArgs,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.goalConflicts.flag(ctx.identity, goalId, conflictingGoalId, note);
  }

  @Mutation(() => GoalConflict, {
    description: 'Records how a goal conflict was resolved. Case manager only.',
  })
  resolveGoalConflict(
    @Args() { conflictId, resolution }: ResolveGoalConflictArgs,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.goalConflicts.resolve(ctx.identity, conflictId, resolution);
  }

  @FieldResolver(() => Goal, { nullable: true })
  @Directive(SUMMARY)
  goal(@Root() c: GoalConflict, @Ctx() ctx: CmContext) {
    return ctx.loaders.goalById.load(c.goalId);
  }

  @FieldResolver(() => Goal, { nullable: true })
  @Directive(SUMMARY)
  conflictingGoal(@Root() c: GoalConflict, @Ctx() ctx: CmContext) {
    return ctx.loaders.goalById.load(c.conflictingGoalId);
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  flaggedBy(@Root() c: GoalConflict, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: c.flaggedByAgencyCode }, ctx);
  }
}

@Resolver(() => PlanAction)
export class PlanActionResolver {
  @FieldResolver(() => Goal, { nullable: true })
  @Directive(SUMMARY)
  goal(@Root() a: PlanAction, @Ctx() ctx: CmContext) {
    return a.goalId ? ctx.loaders.goalById.load(a.goalId) : null;
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  responsibleAgency(@Root() a: PlanAction, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: a.responsibleAgencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(SUMMARY)
  keyWorker(@Root() a: PlanAction): KeyWorkerRef | null {
    return a.keyWorkerId ? KeyWorkerRef.of(a.responsibleAgencyCode, a.keyWorkerId) : null;
  }

  @FieldResolver(() => ActionDeliveryRef, {
    nullable: true,
    description:
      "How the responsible agency is delivering this action, from that agency's own server (null if it is unreachable).",
  })
  @Directive(SUMMARY)
  delivery(@Root() a: PlanAction): ActionDeliveryRef {
    return ActionDeliveryRef.of(a.responsibleAgencyCode, a.id);
  }
}
