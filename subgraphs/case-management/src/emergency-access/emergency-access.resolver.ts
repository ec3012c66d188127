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
import {
  AcknowledgeEmergencyAccessFlagInput,
  ReviewEmergencyAccessInput,
  StartEmergencyAccessInput,
} from './emergency-access.inputs';
import {
  REVIEW_WORKING_DAYS,
  isOverseenAccess,
  isOverseer,
  isReviewLate,
  reviewDueOn,
} from './emergency-access-rules';

@Resolver(() => EmergencyAccess)
export class EmergencyAccessResolver {
  @Mutation(() => EmergencyAccess, {
    description:
      'Break-glass: read this service user’s data beyond consent, yourself only, for a limited ' +
      'time, with a coded reason. Only for agencies whose directory entry allows it (by default ' +
      'health and care services). Every read is audited as BREAK_GLASS, the case manager is ' +
      'notified and the lead agency reviews it; a second person within 24 hours is flagged to ' +
      'the rehabilitation co-ordinators.',
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

  @Query(() => [EmergencyAccess], {
    description:
      'For rehabilitation co-ordinators: emergency accesses flagged (a second person within 24 ' +
      `hours) and not yet acknowledged, and those not reviewed within ${REVIEW_WORKING_DAYS} ` +
      'working days; oldest first.',
  })
  emergencyAccessesForCoordinator(@Ctx() ctx: CmContext) {
    return ctx.services.emergencyAccess.forCoordinator(ctx.identity);
  }

  @Mutation(() => EmergencyAccess, {
    description: 'A rehabilitation co-ordinator records what they did about a flag, once.',
  })
  acknowledgeEmergencyAccessFlag(
    @Arg('input', () => AcknowledgeEmergencyAccessFlagInput)
    input: AcknowledgeEmergencyAccessFlagInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.emergencyAccess.acknowledgeFlag(ctx.identity, input);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `The last day to review it in time: ${REVIEW_WORKING_DAYS} working days after it began.`,
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  reviewDueOn(@Root() a: EmergencyAccess): string {
    return reviewDueOn(a);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: `Reviewed after its due day, or still not reviewed once it has passed.`,
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  reviewLate(@Root() a: EmergencyAccess): boolean {
    return isReviewLate(a);
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
 * Except: one flagged, or reviewed late, is addressed to the rehabilitation co-ordinators (ADR
 * 0027), who read it under their own agency, as a Gaps and Blocks form at their level. Not the
 * person's record: `serviceUser`'s own fields stay under consent.
 */
export async function emergencyAccessSubject(
  a: EmergencyAccess,
  ctx: CmContext,
): Promise<ConsentSubject> {
  if (a.agencyCode === ctx.identity.agencyCode) {
    return { serviceUserId: a.serviceUserId, holderAgencyCode: a.agencyCode };
  }
  if (isOverseer(ctx.identity) && isOverseenAccess(a)) {
    return { serviceUserId: a.serviceUserId, holderAgencyCode: ctx.identity.agencyCode };
  }
  return subjectOfServiceUser(a.serviceUserId, ctx);
}
