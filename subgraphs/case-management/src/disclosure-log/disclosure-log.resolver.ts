import { Arg, Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  BadInputError,
  DeniedAttemptConnection,
  DisclosureEntryConnection,
  ForbiddenError,
  PageArgs,
  consent,
  deniedAttemptsPage,
  disclosureEntriesPage,
  type Page,
  type DeniedAttempt,
  type DisclosureEntry,
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
      'Every disclosure of this service user’s data in [from, to] across the federation (who saw it, when, what, on what basis), and the reads that were refused. For the agency holding the record; the case manager of the open case sees every agency’s part. FORBIDDEN for any other agency; BAD_USER_INPUT when `from` is after `to`. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  async disclosureLog(
    @Root() su: ServiceUser,
    @Ctx() ctx: CmContext,
    // Declared in reverse: type-graphql lists arguments last-declared first.
    @Arg('to', () => Date, {
      nullable: true,
      description:
        'Up to this instant (inclusive); default: now. When paging on, pass the `to` of the first answer.',
    })
    to?: Date | null,
    @Arg('from', () => Date, {
      nullable: true,
      description: 'From this instant on (inclusive); default: from the first entry.',
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

/** The log's period, as the audit stores read it. */
const periodOf = (log: DisclosureLog) => ({
  serviceUserId: log.serviceUserId,
  from: log.from,
  to: log.to,
});

@Resolver(() => DisclosureLog)
export class DisclosureLogResolver {
  @FieldResolver(() => DisclosureEntryConnection, { nullable: true })
  entries(
    @Root() log: DisclosureLog,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<DisclosureEntry>> {
    return disclosureEntriesPage(ctx.services.audit, periodOf(log), page);
  }

  @FieldResolver(() => DeniedAttemptConnection, { nullable: true })
  deniedAttempts(
    @Root() log: DisclosureLog,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<DeniedAttempt>> {
    return deniedAttemptsPage(ctx.services.securityEvents, periodOf(log), page);
  }

  @FieldResolver(() => [AgencyDisclosureLogRef], { nullable: true })
  agencies(
    @Root() log: DisclosureLog,
    @Ctx() ctx: CmContext,
    @Arg('agencyCode', () => String, {
      nullable: true,
      description:
        "Only this agency's part (to page on through one agency's trail); an agency not in the directory gives an empty list.",
    })
    agencyCode?: string | null,
  ): AgencyDisclosureLogRef[] {
    return ctx.services.directory
      .agencies()
      .filter((a) => agencyCode === undefined || agencyCode === null || a.code === agencyCode)
      .map((a) => AgencyDisclosureLogRef.of(a.code, log.serviceUserId, log.from, log.to));
  }
}
