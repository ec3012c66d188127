import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { consent, requireUuid } from '@icp/shared';
import type { CmContext } from '../context';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { CarePlan } from '../care-plan/care-plan.entity';
import { KeyWorkerRef } from '../federation/refs';
import { ServiceUser } from '../service-user/service-user.entity';
import { Case } from './case.entity';

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(requireUuid(id, 'id'));
  }

  @FieldResolver(() => ServiceUser)
  async serviceUser(@Root() c: Case, @Ctx() ctx: CmContext): Promise<ServiceUser> {
    return (await ctx.loaders.serviceUserById.load(c.serviceUserId))!;
  }

  @FieldResolver(() => Agency, { nullable: true })
  leadAgency(@Root() c: Case, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: c.leadAgencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: 'The key worker in the lead agency who holds the plan.',
  })
  caseManager(@Root() c: Case): KeyWorkerRef {
    return KeyWorkerRef.of(c.leadAgencyCode, c.caseManagerId);
  }

  @FieldResolver(() => CarePlan, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  carePlan(@Root() c: Case, @Ctx() ctx: CmContext): Promise<CarePlan | null> {
    return ctx.loaders.planByCaseId.load(c.id);
  }
}

export async function caseSubject(c: Case) {
  return { serviceUserId: c.serviceUserId, holderAgencyCode: c.leadAgencyCode };
}

export function resolveCaseReference(ref: { id: string }, ctx: CmContext) {
  return ctx.loaders.caseById.load(ref.id);
}
