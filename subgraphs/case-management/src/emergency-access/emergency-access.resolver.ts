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
import { consent, type ConsentSubject } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ServiceUser } from '../case/service-user.entity';
import { subjectOfServiceUser } from '../case/service-user.resolver';
import { ByIdArgs } from '../kernel/by-id.args';
import { EmergencyAccess } from './emergency-access.entity';
import { ReviewEmergencyAccessInput, StartEmergencyAccessInput } from './emergency-access.inputs';

@Resolver(() => EmergencyAccess)
export class EmergencyAccessResolver {
  @Mutation(() => EmergencyAccess, {
    description:
      'Break-glass: read this service user’s data beyond consent, yourself only, for a limited ' +
      'time. Every read is audited as BREAK_GLASS, the case manager is notified and the lead ' +
      'agency reviews it.',
  })
  startEmergencyAccess(
    @Arg('input', () => StartEmergencyAccessInput) input: StartEmergencyAccessInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.emergencyAccess.start(ctx.identity, input);
  }

  @Mutation(() => EmergencyAccess, { description: 'Ends an emergency access before it lapses.' })
  endEmergencyAccess(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.emergencyAccess.end(ctx.identity, id);
  }

  @Mutation(() => EmergencyAccess, {
    description: "The lead agency's case manager or supervisor records whether it was justified.",
  })
  reviewEmergencyAccess(
    @Arg('input', () => ReviewEmergencyAccessInput) input: ReviewEmergencyAccessInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.emergencyAccess.review(ctx.identity, input);
  }

  @Query(() => [EmergencyAccess], {
    description: 'Emergency accesses not yet reviewed, to service users your agency leads.',
  })
  emergencyAccessesToReview(@Ctx() ctx: CmContext) {
    return ctx.services.emergencyAccess.toReview(ctx.identity);
  }

  @FieldResolver(() => ServiceUser, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  serviceUser(@Root() a: EmergencyAccess, @Ctx() ctx: CmContext) {
    return ctx.loaders.serviceUserById.load(a.serviceUserId);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether it is in force now.' })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  inForce(@Root() a: EmergencyAccess): boolean {
    return a.inForceAt(new Date());
  }
}

@Resolver(() => ServiceUser)
export class ServiceUserEmergencyAccessResolver {
  @FieldResolver(() => [EmergencyAccess], {
    nullable: true,
    description: 'Every emergency (break-glass) access to this service user, newest first.',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  emergencyAccesses(@Root() su: ServiceUser, @Ctx() ctx: CmContext) {
    return ctx.services.emergencyAccess.forServiceUser(su.id);
  }
}

/**
 * An emergency access is the record of the user's own agency as much as the lead agency's: the
 * agency that broke the glass reads its own; anyone else needs to hold the service user's record.
 */
export async function emergencyAccessSubject(
  a: EmergencyAccess,
  ctx: CmContext,
): Promise<ConsentSubject> {
  if (a.agencyCode === ctx.identity.agencyCode) {
    return { serviceUserId: a.serviceUserId, holderAgencyCode: a.agencyCode };
  }
  return subjectOfServiceUser(a.serviceUserId, ctx);
}
