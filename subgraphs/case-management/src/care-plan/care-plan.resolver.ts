import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../context';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { ActionDeliveryRef, KeyWorkerRef } from '../federation/refs';
import { CarePlan } from './care-plan.entity';
import { PlanAction } from './plan-action.entity';

@Resolver(() => CarePlan)
export class CarePlanResolver {
  @FieldResolver(() => [PlanAction], { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  actions(@Root() plan: CarePlan, @Ctx() ctx: CmContext): Promise<PlanAction[]> {
    return ctx.loaders.actionsByPlanId.load(plan.id);
  }
}

@Resolver(() => PlanAction)
export class PlanActionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'What is to be done.' })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  description(@Root() a: PlanAction): string {
    return a.description;
  }

  @FieldResolver(() => Agency, { nullable: true })
  responsibleAgency(@Root() a: PlanAction, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: a.responsibleAgencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  keyWorker(@Root() a: PlanAction): KeyWorkerRef | null {
    return a.keyWorkerId ? KeyWorkerRef.of(a.responsibleAgencyCode, a.keyWorkerId) : null;
  }

  @FieldResolver(() => ActionDeliveryRef, {
    nullable: true,
    description:
      "How the responsible agency is delivering this action, from that agency's own server (null if it is unreachable).",
  })
  delivery(@Root() a: PlanAction): ActionDeliveryRef {
    return ActionDeliveryRef.of(a.responsibleAgencyCode, a.id);
  }
}

/** Plans and actions are held by the lead agency of their case. */
export async function planSubject(p: CarePlan, ctx: CmContext) {
  const c = await ctx.loaders.caseById.load(p.caseId);
  return { serviceUserId: c?.serviceUserId ?? null, holderAgencyCode: c?.leadAgencyCode ?? null };
}

export async function actionSubject(a: PlanAction, ctx: CmContext) {
  const c = await ctx.loaders.caseById.load(a.caseId);
  return { serviceUserId: a.serviceUserId, holderAgencyCode: c?.leadAgencyCode ?? null };
}
