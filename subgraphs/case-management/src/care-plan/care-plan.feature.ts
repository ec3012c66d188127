import type { ConsentSubject } from '@icp/shared';
import type { CmContext } from '../context';
import type { CmFeature } from '../feature';
import {
  CarePlanResolver,
  CarePlanVersionResolver,
  GoalConflictResolver,
  GoalResolver,
  PlanActionResolver,
} from './care-plan.resolver';
import { CATEGORY_OF_DOMAIN } from './need-domain';
import { subjectOfCase } from '../case/case.resolver';
import {
  CarePlanDuplicationResolver,
  DuplicationFlagResolver,
  type DuplicationFlag,
} from './duplication';
import type { CarePlan } from './care-plan.entity';
import type { Need } from './need.entity';
import type { Goal, GoalConflict } from './goal.entity';
import type { PlanAction } from './plan-action.entity';
import type { CarePlanVersion } from './plan-version.entity';
import type { PlanChange } from './plan-change.type';

const NOBODY: ConsentSubject = { serviceUserId: null, holderAgencyCode: null };

/** Plans and everything on them are held by the lead agency of their case. */
const ofCase = subjectOfCase;

async function ofPlan(planId: string, ctx: CmContext): Promise<ConsentSubject> {
  const plan = await ctx.loaders.planById.load(planId);
  return plan ? ofCase(plan.caseId, ctx) : NOBODY;
}

export const carePlanFeature: CmFeature = {
  resolvers: [
    CarePlanDuplicationResolver,
    DuplicationFlagResolver,
    CarePlanResolver,
    CarePlanVersionResolver,
    GoalResolver,
    GoalConflictResolver,
    PlanActionResolver,
  ],
  consentSubjects: {
    CarePlan: (p: CarePlan, ctx) => ofCase(p.caseId, ctx),
    CarePlanVersion: (v: CarePlanVersion, ctx) => ofPlan(v.planId, ctx),
    Need: async (n: Need, ctx) => ({
      ...(await ofPlan(n.planId, ctx)),
      category: CATEGORY_OF_DOMAIN[n.domain],
    }),
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
      category: c.part === 'NEED' && c.domain ? CATEGORY_OF_DOMAIN[c.domain] : 'CARE_PLAN_SUMMARY',
    }),
  },
};
