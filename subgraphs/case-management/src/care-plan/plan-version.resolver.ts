import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { LocalDateScalar, NotFoundError, consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { summary } from '../kernel/describe';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { KeyWorkerRef } from '../federation/refs';
import { PlanAction } from './plan-action.entity';
import { Need } from './need.entity';
import { Goal } from './goal.entity';
import { CarePlanVersion } from './plan-version.entity';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** Versions list actions as the live plan does: by due date (undated last), then id. */
const byDueDate = (
  a: { dueOn: string | null; id: string },
  b: { dueOn: string | null; id: string },
) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.id.localeCompare(b.id);

@Resolver(() => CarePlanVersion)
export class CarePlanVersionResolver {
  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: summary('Who made this version: a member of staff of authorAgency.'),
  })
  @Directive(SUMMARY)
  author(@Root() v: CarePlanVersion): KeyWorkerRef {
    return KeyWorkerRef.of(v.authorAgencyCode, v.authorId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: summary('The agency of whoever made this version.'),
  })
  @Directive(SUMMARY)
  authorAgency(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: v.authorAgencyCode }, ctx);
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: summary('The date of the next review, as this version set it.'),
  })
  @Directive(SUMMARY)
  async nextReviewOn(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext) {
    return (await this.full(v, ctx)).snapshot.nextReviewOn;
  }

  @FieldResolver(() => [Need], {
    nullable: true,
    description: summary('The needs as they were at this version.'),
  })
  @Directive(SUMMARY)
  async needs(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext): Promise<Need[]> {
    return [...(await this.full(v, ctx)).snapshot.needs]
      .sort((a, b) => a.domain.localeCompare(b.domain) || a.id.localeCompare(b.id))
      .map((n) => Object.assign(new Need(), n, { planId: v.planId }));
  }

  @FieldResolver(() => [Goal], {
    nullable: true,
    description: summary('The goals as they were at this version.'),
  })
  @Directive(SUMMARY)
  async goals(@Root() v: CarePlanVersion, @Ctx() ctx: CmContext): Promise<Goal[]> {
    return [...(await this.full(v, ctx)).snapshot.goals]
      .sort((a, b) => a.targetDate.localeCompare(b.targetDate) || a.id.localeCompare(b.id))
      .map((g) => Object.assign(new Goal(), g, { planId: v.planId }));
  }

  @FieldResolver(() => [PlanAction], {
    nullable: true,
    description: summary('The actions as they were at this version.'),
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
