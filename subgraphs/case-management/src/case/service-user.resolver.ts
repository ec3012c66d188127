import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { LocalDateScalar, consent, isReachedFromReferral, type ConsentSubject } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { identityField, summary } from '../kernel/describe';
import { ByIdArgs } from '../kernel/by-id.args';
import { Case } from './case.entity';
import { LeadAgencyDispute } from './lead-agency-dispute.entity';
import { RegisterServiceUserInput } from './case.inputs';
import { ServiceUser } from './service-user.entity';

@Resolver(() => ServiceUser)
export class ServiceUserResolver {
  @Query(() => ServiceUser, {
    nullable: true,
    description:
      'A service user by id: null when there is none, or when you may see nothing of them (no access looks like no data). Their fields are shared under their consent.',
  })
  serviceUser(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<ServiceUser | null> {
    return ctx.loaders.serviceUserById.load(id);
  }

  @Mutation(() => ServiceUser, {
    description:
      'Registers a service user with your agency, which holds their record until a case is opened; their identity is shared only under their consent. Needs the CASE_MANAGER or KEY_WORKER role. Errors: FORBIDDEN without it; BAD_USER_INPUT for an invalid field; CONFLICT (reason DUPLICATE_SUSPECTED, with candidates) when people your agency may see have the same names and date of birth: check them, then register with confirmNotDuplicate: true.',
  })
  registerServiceUser(
    @Arg('input', () => RegisterServiceUserInput, { description: 'Who they are.' })
    input: RegisterServiceUserInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.cases.registerServiceUser(ctx.identity, input);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: identityField('Their phone number; null when none is known.'),
  })
  @Directive(consent('IDENTITY'))
  async phone(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<string | null> {
    return (await ctx.loaders.identityByServiceUserId.load(su.id))?.phone ?? null;
  }

  @FieldResolver(() => [Case], {
    nullable: true,
    description: summary('Every case of theirs, newest first, closed ones included.'),
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  cases(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<Case[]> {
    return ctx.loaders.casesByServiceUserId.load(su.id);
  }

  @FieldResolver(() => [LeadAgencyDispute], {
    nullable: true,
    description: summary('Disputes over who leads their case, open or resolved.'),
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  leadAgencyDisputes(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<LeadAgencyDispute[]> {
    return ctx.loaders.disputesByServiceUserId.load(su.id);
  }

  @FieldResolver(() => String, { nullable: true, description: identityField('Their given name.') })
  @Directive(consent('IDENTITY'))
  async givenName(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<string | null> {
    return (await ctx.loaders.identityByServiceUserId.load(su.id))?.givenName ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: identityField('Their family name.'),
  })
  @Directive(consent('IDENTITY'))
  async familyName(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<string | null> {
    return (await ctx.loaders.identityByServiceUserId.load(su.id))?.familyName ?? null;
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: identityField('Their date of birth; null when not known.'),
  })
  @Directive(consent('IDENTITY'))
  async dateOfBirth(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<string | null> {
    return (await ctx.loaders.identityByServiceUserId.load(su.id))?.dateOfBirth ?? null;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: summary('Their open case; null when they have none.'),
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  currentCase(@Root() su: ServiceUser, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.openCaseByServiceUserId.load(su.id);
  }
}

/**
 * The holder of a service user's record is the lead agency of the open case, else the registrar.
 * Reached from a referral addressed to the reader, who the person is is read for that referral.
 */
export async function serviceUserSubject(su: ServiceUser, ctx: CmContext): Promise<ConsentSubject> {
  const open = await ctx.loaders.openCaseByServiceUserId.load(su.id);
  return {
    serviceUserId: su.id,
    holderAgencyCode: open?.leadAgencyCode ?? su.registeredByAgencyCode,
    ...(isReachedFromReferral(su) ? { readFor: 'REFERRAL' as const } : {}),
  };
}

/** The subject of a record about a service user that the holder of their record holds. */
export async function subjectOfServiceUser(
  serviceUserId: string | null,
  ctx: CmContext,
): Promise<ConsentSubject> {
  const su = serviceUserId ? await ctx.loaders.serviceUserById.load(serviceUserId) : null;
  if (!su) return { serviceUserId: null, holderAgencyCode: null };
  return serviceUserSubject(su, ctx);
}

export function resolveServiceUserReference(ref: { id: string }, ctx: CmContext) {
  return ctx.loaders.serviceUserById.load(ref.id);
}
