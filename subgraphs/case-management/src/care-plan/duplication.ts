import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { summary } from '../kernel/describe';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { CarePlan } from './care-plan.entity';
import { PlanAction } from './plan-action.entity';
import { InterventionType } from './intervention-type';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

/** Two or more agencies delivering the same kind of intervention to one service user. */
@ObjectType('DuplicationFlag', {
  description:
    'Possible replication of services: the same kind of intervention (not OTHER) delivered by two or more agencies on one plan. Readable as the plan is.',
})
export class DuplicationFlag {
  planId!: string;

  @Field(() => InterventionType, {
    nullable: true,
    description: summary('The kind of intervention delivered more than once.'),
  })
  @Directive(SUMMARY)
  interventionType!: InterventionType;

  @Field(() => [PlanAction], {
    nullable: true,
    description: summary('The actions of that kind, from the several agencies.'),
  })
  @Directive(SUMMARY)
  actions!: PlanAction[];
}

/**
 * Groups a plan's actions by intervention type and flags each type delivered by more than one
 * agency (OTHER is never flagged: it says nothing about what is delivered).
 */
export function findDuplication(planId: string, actions: PlanAction[]): DuplicationFlag[] {
  const byType = new Map<InterventionType, PlanAction[]>();
  for (const a of actions) {
    if (a.interventionType === InterventionType.OTHER) continue;
    byType.set(a.interventionType, [...(byType.get(a.interventionType) ?? []), a]);
  }
  return [...byType]
    .filter(([, list]) => new Set(list.map((a) => a.responsibleAgencyCode)).size > 1)
    .map(([interventionType, list]) =>
      Object.assign(new DuplicationFlag(), { planId, interventionType, actions: list }),
    );
}

@Resolver(() => CarePlan)
export class CarePlanDuplicationResolver {
  @FieldResolver(() => [DuplicationFlag], {
    nullable: true,
    description: summary(
      'Possible duplication of services across agencies: one flag per kind of intervention delivered by more than one agency.',
    ),
  })
  @Directive(SUMMARY)
  async duplicationFlags(@Root() p: CarePlan, @Ctx() ctx: CmContext): Promise<DuplicationFlag[]> {
    return findDuplication(p.id, await ctx.loaders.actionsByPlanId.load(p.id));
  }
}

@Resolver(() => DuplicationFlag)
export class DuplicationFlagResolver {
  @FieldResolver(() => [Agency], {
    nullable: true,
    description: summary('The agencies delivering it.'),
  })
  @Directive(SUMMARY)
  agencies(@Root() d: DuplicationFlag, @Ctx() ctx: CmContext): Agency[] {
    return [...new Set(d.actions.map((a) => a.responsibleAgencyCode))]
      .map((code) => resolveAgencyReference({ code }, ctx))
      .filter((a): a is Agency => a !== null);
  }
}
