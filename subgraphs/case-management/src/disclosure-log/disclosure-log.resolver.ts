import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  BadInputError,
  DeniedAttempt,
  DisclosureEntry,
  DisclosurePageArgs,
  ForbiddenError,
  consent,
} from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ServiceUser } from '../case/service-user.entity';
import { serviceUserSubject } from '../case/service-user.resolver';
import { AgencyDisclosureLogRef, DisclosureLog } from './disclosure-log.type';

/** From the beginning, when no `from` is given. */
const EPOCH = new Date(0);

@Resolver(() => ServiceUser)
export class ServiceUserDisclosureLogResolver {
  /**
   * "Who saw my data" (GDPR right of access): for the agency holding the record — the lead agency
   * of the open case, else the registering agency — whose case manager answers the service user
   * (and reads every agency's part whatever the consents, ADR 0029; checked by each agency).
   * Anyone else is refused, whatever their consents: a consent to share a plan is not a consent
   * to see who else read it.
   */
  @FieldResolver(() => DisclosureLog, {
    nullable: true,
    description:
      'Every disclosure of this service user’s data in [from, to] across the federation (who saw it, when, what, on what basis), and the reads that were refused. For the agency holding the record; the case manager of the open case sees every agency’s part.',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  async disclosureLog(
    @Root() su: ServiceUser,
    @Ctx() ctx: CmContext,
    // Declared in reverse: type-graphql lists arguments last-declared first.
    @Arg('to', () => Date, { nullable: true, description: 'Up to this time; default: now.' })
    to?: Date | null,
    @Arg('from', () => Date, {
      nullable: true,
      description: 'From this time on; default: from the first entry.',
    })
    from?: Date | null,
  ): Promise<DisclosureLog> {
    const subject = await serviceUserSubject(su, ctx);
    if (subject.holderAgencyCode !== ctx.identity.agencyCode) {
      throw new ForbiddenError(
        'Only the agency holding the service user’s record can list who saw their data',
      );
    }
    const end = to ?? new Date();
    const start = from ?? EPOCH;
    if (start > end) throw new BadInputError('from must not be after to', { field: 'from' });
    return Object.assign(new DisclosureLog(), {
      serviceUserId: su.id,
      holderAgencyCode: subject.holderAgencyCode,
      from: start,
      to: end,
    });
  }
}

@Resolver(() => DisclosureLog)
export class DisclosureLogResolver {
  @FieldResolver(() => [DisclosureEntry], { nullable: true })
  async entries(
    @Root() log: DisclosureLog,
    @Args() { first }: DisclosurePageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<DisclosureEntry[]> {
    const found = await ctx.services.audit.newestAbout(log.serviceUserId, log.from, log.to, first);
    return found.map((e) => DisclosureEntry.of(e));
  }

  @FieldResolver(() => [DeniedAttempt], { nullable: true })
  async deniedAttempts(
    @Root() log: DisclosureLog,
    @Args() { first }: DisclosurePageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<DeniedAttempt[]> {
    const found = await ctx.services.securityEvents.newestAbout(
      log.serviceUserId,
      log.from,
      log.to,
      first,
    );
    return found.map((e) => DeniedAttempt.of(e));
  }

  @FieldResolver(() => [AgencyDisclosureLogRef], { nullable: true })
  agencies(@Root() log: DisclosureLog, @Ctx() ctx: CmContext): AgencyDisclosureLogRef[] {
    return ctx.services.directory
      .agencies()
      .map((a) => AgencyDisclosureLogRef.of(a.code, log.serviceUserId, log.from, log.to));
  }
}
