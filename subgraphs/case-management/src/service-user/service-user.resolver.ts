import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { consent, requireUuid } from '@icp/shared';
import type { CmContext } from '../context';
import { Case } from '../case/case.entity';
import { ServiceUser } from './service-user.entity';

@Resolver(() => ServiceUser)
export class ServiceUserResolver {
  @Query(() => ServiceUser, { nullable: true })
  serviceUser(@Arg('id', () => ID) id: string, @Ctx() ctx: CmContext): Promise<ServiceUser | null> {
    return ctx.loaders.serviceUserById.load(requireUuid(id, 'id'));
  }

  @FieldResolver(() => String, { nullable: true })
  @Directive(consent('IDENTITY'))
  async givenName(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<string | null> {
    return (await ctx.loaders.identityByServiceUserId.load(su.id))?.givenName ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  @Directive(consent('IDENTITY'))
  async familyName(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<string | null> {
    return (await ctx.loaders.identityByServiceUserId.load(su.id))?.familyName ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Directive(consent('IDENTITY'))
  async dateOfBirth(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<string | null> {
    return (await ctx.loaders.identityByServiceUserId.load(su.id))?.dateOfBirth ?? null;
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The open case, if any.' })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  currentCase(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.openCaseByServiceUserId.load(su.id);
  }
}

/** The holder of a service user's record is the lead agency of the open case, else the registrar. */
export async function serviceUserSubject(su: ServiceUser, ctx: CmContext) {
  const open = await ctx.loaders.openCaseByServiceUserId.load(su.id);
  return {
    serviceUserId: su.id,
    holderAgencyCode: open?.leadAgencyCode ?? su.registeredByAgencyCode,
  };
}

export function resolveServiceUserReference(ref: { id: string }, ctx: CmContext) {
  return ctx.loaders.serviceUserById.load(ref.id);
}
