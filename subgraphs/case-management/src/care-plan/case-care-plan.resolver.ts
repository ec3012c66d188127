import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { summary } from '../kernel/describe';
import { Case } from '../case/case.entity';
import { CarePlan } from './care-plan.entity';

/** Case.carePlan: the case's one plan, added to the case by this feature. */
@Resolver(() => Case)
export class CaseCarePlanResolver {
  @FieldResolver(() => CarePlan, {
    nullable: true,
    description: summary('The case’s care plan; null until it is agreed (createCarePlan).'),
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  carePlan(@Root() c: Case, @Ctx() ctx: CmContext): Promise<CarePlan | null> {
    return ctx.loaders.planByCaseId.load(c.id);
  }
}
