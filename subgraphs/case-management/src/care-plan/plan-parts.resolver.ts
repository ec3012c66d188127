import { Args, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { CASE_MANAGER_ONLY, summary } from '../kernel/describe';
import { Agency } from '../agency/agency.type';
import { Case } from '../case/case.entity';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { ActionDeliveryRef, KeyWorkerRef } from '../federation/refs';
import { ByIdArgs } from '../kernel/by-id.args';
import { PlanAction } from './plan-action.entity';
import { Need } from './need.entity';
import { Goal, GoalConflict } from './goal.entity';
import { FlagGoalConflictArgs, ResolveGoalConflictArgs } from './goal-conflict.args';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** The parts of a plan: its goals, their conflicts, its actions. */
@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => Need, {
    nullable: true,
    description: summary('The need it serves; null when it names none.'),
  })
  @Directive(SUMMARY)
  need(@Root() g: Goal, @Ctx() ctx: CmContext) {
    return g.needId ? ctx.loaders.needById.load(g.needId) : null;
  }

  @FieldResolver(() => Goal, {
    nullable: true,
    description: summary('The earlier goal this one builds on; null when none.'),
  })
  @Directive(SUMMARY)
  buildsOn(@Root() g: Goal, @Ctx() ctx: CmContext) {
    return g.buildsOnGoalId ? ctx.loaders.goalById.load(g.buildsOnGoalId) : null;
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: summary('The agency that proposed the goal.'),
  })
  @Directive(SUMMARY)
  proposedBy(@Root() g: Goal, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: g.proposedByAgencyCode }, ctx);
  }

  @FieldResolver(() => [PlanAction], {
    nullable: true,
    description: summary('The actions that work towards it.'),
  })
  @Directive(SUMMARY)
  actions(@Root() g: Goal, @Ctx() ctx: CmContext) {
    return ctx.loaders.actionsByGoalId.load(g.id);
  }

  @FieldResolver(() => [GoalConflict], {
    nullable: true,
    description: summary('Conflicts flagged between this goal and another, open or resolved.'),
  })
  @Directive(SUMMARY)
  conflicts(@Root() g: Goal, @Ctx() ctx: CmContext) {
    return ctx.loaders.conflictsByGoalId.load(g.id);
  }
}

@Resolver(() => GoalConflict)
export class GoalConflictResolver {
  @Mutation(() => GoalConflict, {
    description:
      'Flags two goals of one plan as conflicting, for the agencies to agree on. By the lead agency or an agency responsible for an action on the plan. Errors: FORBIDDEN for another agency; NOT_FOUND for an unknown goal; BAD_USER_INPUT for a goal conflicting with itself or goals of two plans.',
  })
  flagGoalConflict(
    @Args() { goalId, conflictingGoalId, note }: FlagGoalConflictArgs,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.goalConflicts.flag(ctx.identity, goalId, conflictingGoalId, note);
  }

  @Mutation(() => GoalConflict, {
    description: `Records how a goal conflict was resolved. Case manager only. Errors: ${CASE_MANAGER_ONLY}; NOT_FOUND for an unknown conflict; CONFLICT when it is already resolved.`,
  })
  resolveGoalConflict(
    @Args() { conflictId, resolution }: ResolveGoalConflictArgs,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.goalConflicts.resolve(ctx.identity, conflictId, resolution);
  }

  @FieldResolver(() => Goal, { nullable: true, description: summary('One of the two goals.') })
  @Directive(SUMMARY)
  goal(@Root() c: GoalConflict, @Ctx() ctx: CmContext) {
    return ctx.loaders.goalById.load(c.goalId);
  }

  @FieldResolver(() => Goal, {
    nullable: true,
    description: summary('The goal it conflicts with.'),
  })
  @Directive(SUMMARY)
  conflictingGoal(@Root() c: GoalConflict, @Ctx() ctx: CmContext) {
    return ctx.loaders.goalById.load(c.conflictingGoalId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: summary('The agency that flagged the conflict.'),
  })
  @Directive(SUMMARY)
  flaggedBy(@Root() c: GoalConflict, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: c.flaggedByAgencyCode }, ctx);
  }
}

@Resolver(() => PlanAction)
export class PlanActionResolver {
  @Query(() => PlanAction, {
    nullable: true,
    description:
      'An action of a care plan by id: null when there is none, or when you may see nothing of it (no access looks like no data). Its fields are shared under the service user’s consent, as the plan’s are. The way to one action’s delivery and its progress notes a page at a time: planAction(id) { delivery { progressNotes(first, after) } }.',
  })
  planAction(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<PlanAction | null> {
    return ctx.loaders.planActionById.load(id);
  }

  @FieldResolver(() => Goal, {
    nullable: true,
    description: summary('The goal it works towards; null when it names none.'),
  })
  @Directive(SUMMARY)
  goal(@Root() a: PlanAction, @Ctx() ctx: CmContext) {
    return a.goalId ? ctx.loaders.goalById.load(a.goalId) : null;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: summary('The case whose plan it is in (its own fields under consent).'),
  })
  @Directive(SUMMARY)
  case(@Root() a: PlanAction, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(a.caseId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: summary('The agency that delivers it.'),
  })
  @Directive(SUMMARY)
  responsibleAgency(@Root() a: PlanAction, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: a.responsibleAgencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: summary(
      'The key worker of the responsible agency named for it; null when none is named yet.',
    ),
  })
  @Directive(SUMMARY)
  keyWorker(@Root() a: PlanAction): KeyWorkerRef | null {
    return a.keyWorkerId ? KeyWorkerRef.of(a.responsibleAgencyCode, a.keyWorkerId) : null;
  }

  @FieldResolver(() => ActionDeliveryRef, {
    nullable: true,
    description: summary(
      "How the responsible agency is delivering this action, from that agency's own server (null with AGENCY_UNAVAILABLE when it cannot be reached).",
    ),
  })
  @Directive(SUMMARY)
  delivery(@Root() a: PlanAction): ActionDeliveryRef {
    return ActionDeliveryRef.of(a.responsibleAgencyCode, a.id);
  }
}
