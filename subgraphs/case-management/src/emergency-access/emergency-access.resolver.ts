import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  ConnectionOf,
  LocalDateScalar,
  PageArgs,
  consent,
  type ConsentSubject,
  type CursorKey,
  type Page,
} from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ServiceUser } from '../case/service-user.entity';
import { subjectOfServiceUser } from '../case/service-user.resolver';
import { ByIdArgs } from '../kernel/by-id.args';
import { underConsent } from '../consent/consent-note';
import { shownRecords } from '../consent/listing';
import { instantKey, keysetPage } from '../kernel/keyset';
import { EmergencyAccess } from './emergency-access.entity';
import {
  AcknowledgeEmergencyAccessFlagInput,
  ReviewEmergencyAccessInput,
  StartEmergencyAccessInput,
} from './emergency-access.inputs';
import {
  REVIEW_WORKING_DAYS,
  isOnCoordinatorList,
  isOverseenAccess,
  isOverseer,
  isReviewLate,
  reviewDueOn,
} from './emergency-access-rules';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

@ObjectType('EmergencyAccessConnection', {
  description:
    'A page of emergency (break-glass) accesses, in the order of the list; only those you may see. Page on with `after: pageInfo.endCursor`.',
})
export class EmergencyAccessConnection extends ConnectionOf(EmergencyAccess, 'EmergencyAccess', {
  noun: 'emergency access',
}) {}

/** A page of accesses by when they began, those the reader may see (and `keep` keeps). */
function accessPage(
  page: PageArgs,
  ctx: CmContext,
  fetch: (after: CursorKey | null, limit: number) => Promise<EmergencyAccess[]>,
  keep: (a: EmergencyAccess) => boolean = () => true,
): Promise<Page<EmergencyAccess>> {
  return keysetPage(page, {
    parts: 2,
    keyOf: (a) => instantKey(a.startedAt, a.id),
    fetch,
    shown: (rows) =>
      shownRecords(rows.filter(keep), 'EmergencyAccess', emergencyAccessSubject, ctx),
  });
}

@Resolver(() => EmergencyAccess)
export class EmergencyAccessResolver {
  @Mutation(() => EmergencyAccess, {
    description:
      'Break-glass: read this service user’s data beyond consent, yourself only, for a limited ' +
      'time, with a coded reason. Only for agencies whose directory entry allows it (by default ' +
      'health and care services). Every read is audited as BREAK_GLASS, the case manager is ' +
      'notified and the lead agency reviews it; a second person within 24 hours is flagged to ' +
      'the rehabilitation co-ordinators. Errors: FORBIDDEN without a key worker, case manager ' +
      'or supervisor role, or (reason AGENCY_NOT_ALLOWED) for an agency not allowed it; ' +
      'NOT_FOUND for an unknown service user; CONFLICT (reason HOLDER) for the agency holding ' +
      'their record, (reason ALREADY_OPEN) when you already have access to them; ' +
      'BAD_USER_INPUT for a reason under 20 characters or minutes out of range.',
  })
  startEmergencyAccess(
    @Arg('input', () => StartEmergencyAccessInput, {
      description: 'Whose data, why, and for how long.',
    })
    input: StartEmergencyAccessInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.emergencyAccess.start(ctx.identity, input);
  }

  @Mutation(() => EmergencyAccess, {
    description:
      'Ends an emergency access before it lapses: its user, or the lead agency’s case manager or supervisor. Errors: FORBIDDEN for anyone else; NOT_FOUND for an unknown access; CONFLICT (reason ENDED) once ended or lapsed.',
  })
  endEmergencyAccess(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.emergencyAccess.end(ctx.identity, id);
  }

  @Mutation(() => EmergencyAccess, {
    description:
      "The lead agency's case manager or supervisor records whether it was justified, once. Errors: FORBIDDEN for anyone else; NOT_FOUND for an unknown access; CONFLICT (reason REVIEWED) the second time.",
  })
  reviewEmergencyAccess(
    @Arg('input', () => ReviewEmergencyAccessInput, {
      description: 'The access and the review’s outcome.',
    })
    input: ReviewEmergencyAccessInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.emergencyAccess.review(ctx.identity, input);
  }

  @Query(() => EmergencyAccessConnection, {
    description:
      'Emergency accesses not yet reviewed, to service users whose record your agency holds, latest first, a page at a time.',
  })
  emergencyAccessesToReview(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<EmergencyAccess>> {
    return accessPage(page, ctx, (after, limit) =>
      ctx.services.emergencyAccess.toReview(ctx.identity, after, limit),
    );
  }

  @Query(() => EmergencyAccessConnection, {
    description:
      'For rehabilitation co-ordinators: emergency accesses flagged (a second person within 24 ' +
      `hours) and not yet acknowledged, and those not reviewed within ${REVIEW_WORKING_DAYS} ` +
      'working days; oldest first, a page at a time. FORBIDDEN (reason NOT_COORDINATOR) ' +
      'without the co-ordinator role.',
  })
  emergencyAccessesForCoordinator(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<EmergencyAccess>> {
    const now = new Date();
    return accessPage(
      page,
      ctx,
      (after, limit) =>
        ctx.services.emergencyAccess.forCoordinator(ctx.identity, after, limit, now),
      (a) => isOnCoordinatorList(a, now),
    );
  }

  @Mutation(() => EmergencyAccess, {
    description:
      'A rehabilitation co-ordinator records what they did about a flag, once. Errors: FORBIDDEN (reason NOT_COORDINATOR) without the co-ordinator role; NOT_FOUND for an unknown or unflagged access; CONFLICT (reason ACKNOWLEDGED) the second time.',
  })
  acknowledgeEmergencyAccessFlag(
    @Arg('input', () => AcknowledgeEmergencyAccessFlagInput, {
      description: 'The flagged access and what you did about it.',
    })
    input: AcknowledgeEmergencyAccessFlagInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.emergencyAccess.acknowledgeFlag(ctx.identity, input);
  }

  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: S(
      `The last day to review it in time: ${REVIEW_WORKING_DAYS} working days after it began.`,
    ),
  })
  @Directive(SUMMARY)
  reviewDueOn(@Root() a: EmergencyAccess): string {
    return reviewDueOn(a);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: S('Reviewed after its due day, or still not reviewed once it has passed.'),
  })
  @Directive(SUMMARY)
  reviewLate(@Root() a: EmergencyAccess): boolean {
    return isReviewLate(a);
  }

  @FieldResolver(() => ServiceUser, {
    nullable: true,
    description: S('The service user whose data was read (their own fields under consent).'),
  })
  @Directive(SUMMARY)
  serviceUser(@Root() a: EmergencyAccess, @Ctx() ctx: CmContext) {
    return ctx.loaders.serviceUserById.load(a.serviceUserId);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: S('Whether it is in force now.') })
  @Directive(SUMMARY)
  inForce(@Root() a: EmergencyAccess): boolean {
    return a.inForceAt(new Date());
  }
}

@Resolver(() => ServiceUser)
export class ServiceUserEmergencyAccessResolver {
  @FieldResolver(() => EmergencyAccessConnection, {
    nullable: true,
    description: S(
      'Every emergency (break-glass) access to this service user, newest first, a page at a time.',
    ),
  })
  @Directive(SUMMARY)
  emergencyAccesses(
    @Root() su: ServiceUser,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<EmergencyAccess>> {
    return accessPage(page, ctx, (after, limit) =>
      ctx.services.emergencyAccess.forServiceUser(su.id, after, limit),
    );
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
