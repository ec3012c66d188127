import {
  CATEGORY_OF_DOMAIN,
  onDataSource,
  thenMaybe,
  type ConsentSubject,
  type MaybePromise,
} from '@icp/shared';
import type { CmContext, CmModule } from '../kernel/context';
import { CarePlanResolver } from './care-plan.resolver';
import { CarePlanVersionResolver } from './plan-version.resolver';
import { GoalConflictResolver, GoalResolver, PlanActionResolver } from './plan-parts.resolver';
import { subjectOfCase } from '../case/case.resolver';
import {
  CarePlanDuplicationResolver,
  DuplicationFlagResolver,
  type DuplicationFlag,
} from './duplication';
import { CarePlan } from './care-plan.entity';
import { Need } from './need.entity';
import { Goal, GoalConflict } from './goal.entity';
import { PlanAction } from './plan-action.entity';
import { CarePlanVersion } from './plan-version.entity';
import { CarePlanService } from './care-plan.service';
import { CaseCarePlanResolver } from './case-care-plan.resolver';
import { GoalConflictService } from './goal-conflict.service';
import { PlanInvolvement } from './plan-involvement';
import { planActionRoutes } from './plan-actions.routes';
import { seedCarePlanDemo } from './care-plan.demo';
import {
  actionsByGoalIdLoader,
  actionsByPlanIdLoader,
  conflictsByGoalIdLoader,
  goalByIdLoader,
  goalsByPlanIdLoader,
  needByIdLoader,
  needsByPlanIdLoader,
  planActionByIdLoader,
  planByCaseIdLoader,
  planByIdLoader,
  versionPagesLoader,
} from './care-plan.loaders';

declare module '../kernel/context' {
  interface CmServices {
    plans: CarePlanService;
    goalConflicts: GoalConflictService;
    /** Answers the case feature's CaseInvolvement port. */
    planInvolvement: PlanInvolvement;
  }
  interface CmLoaders {
    planByCaseId: ReturnType<typeof planByCaseIdLoader>;
    planById: ReturnType<typeof planByIdLoader>;
    actionsByPlanId: ReturnType<typeof actionsByPlanIdLoader>;
    actionsByGoalId: ReturnType<typeof actionsByGoalIdLoader>;
    planActionById: ReturnType<typeof planActionByIdLoader>;
    needsByPlanId: ReturnType<typeof needsByPlanIdLoader>;
    needById: ReturnType<typeof needByIdLoader>;
    goalsByPlanId: ReturnType<typeof goalsByPlanIdLoader>;
    goalById: ReturnType<typeof goalByIdLoader>;
    conflictsByGoalId: ReturnType<typeof conflictsByGoalIdLoader>;
    versionPages: ReturnType<typeof versionPagesLoader>;
  }
}
import { PlanPartKind, type PlanChange } from './plan-change.type';
import { PlanActionCaseIndex1764300000001 } from './1764300000001-plan-action-case-index';

const NOBODY: ConsentSubject = { serviceUserId: null, holderAgencyCode: null };

/** Plans and everything on them are held by the lead agency of their case. */
const ofCase = subjectOfCase;

/** Without a promise once the request has loaded the plan and its case (ADR 0051). */
function ofPlan(planId: string, ctx: CmContext): MaybePromise<ConsentSubject> {
  const loaded = ctx.loaders.planById.peek(planId);
  return thenMaybe(loaded !== undefined ? loaded : ctx.loaders.planById.load(planId), (plan) =>
    plan ? ofCase(plan.caseId, ctx) : NOBODY,
  );
}

/** The one interagency care plan of a case: needs, SMART goals, actions, versions. */
export const carePlanModule: CmModule = {
  name: 'care-plan',
  migrations: [PlanActionCaseIndex1764300000001],
  entities: [CarePlan, CarePlanVersion, Need, Goal, GoalConflict, PlanAction],
  services: {
    plans: (s) => new CarePlanService(s.uow, s.directory, s.agencyStaff),
    goalConflicts: (s) => new GoalConflictService(s.uow),
    planInvolvement: (s) => new PlanInvolvement(s.uow),
  },
  loaders: onDataSource({
    planByCaseId: planByCaseIdLoader,
    planById: planByIdLoader,
    actionsByPlanId: actionsByPlanIdLoader,
    actionsByGoalId: actionsByGoalIdLoader,
    planActionById: planActionByIdLoader,
    needsByPlanId: needsByPlanIdLoader,
    needById: needByIdLoader,
    goalsByPlanId: goalsByPlanIdLoader,
    goalById: goalByIdLoader,
    conflictsByGoalId: conflictsByGoalIdLoader,
    versionPages: versionPagesLoader,
  }),
  routes: planActionRoutes,
  // Where it always stood among the case's own fields.
  placeFields: { Case: { carePlan: { after: 'caseManager' } } },
  resolvers: [
    CaseCarePlanResolver,
    CarePlanResolver,
    CarePlanVersionResolver,
    GoalResolver,
    GoalConflictResolver,
    PlanActionResolver,
    CarePlanDuplicationResolver,
    DuplicationFlagResolver,
  ],
  consentSubjects: {
    CarePlan: (p: CarePlan, ctx) => ofCase(p.caseId, ctx),
    CarePlanVersion: (v: CarePlanVersion, ctx) => ofPlan(v.planId, ctx),
    Need: (n: Need, ctx) =>
      thenMaybe(ofPlan(n.planId, ctx), (s) => ({ ...s, category: CATEGORY_OF_DOMAIN[n.domain] })),
    Goal: (g: Goal, ctx) => ofPlan(g.planId, ctx),
    GoalConflict: async (c: GoalConflict, ctx) => {
      const goal = await ctx.loaders.goalById.load(c.goalId);
      return goal ? ofPlan(goal.planId, ctx) : NOBODY;
    },
    PlanAction: (a: PlanAction, ctx) => ofCase(a.caseId, ctx),
    DuplicationFlag: (d: DuplicationFlag, ctx) => ofPlan(d.planId, ctx),
    /** A need's text is data of its domain; everything else about a plan is its summary. */
    PlanChange: async (c: PlanChange, ctx) => ({
      ...(await ofPlan(c.planId, ctx)),
      category:
        c.part === PlanPartKind.NEED && c.domain
          ? CATEGORY_OF_DOMAIN[c.domain]
          : 'CARE_PLAN_SUMMARY',
    }),
  },
  seedDemo: seedCarePlanDemo,
};
