import {
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  DeniedAttemptConnection,
  DisclosureEntryConnection,
  PageArgs,
  UUIDScalar,
  consent,
  deniedAttemptsPage,
  disclosureEntriesPage,
  isUuid,
  type ConsentSubject,
  type DeniedAttempt,
  type DisclosureEntry,
  type Page,
} from '@icp/shared';
import type { AgencyContext } from '../kernel/context';

/**
 * This agency's part of a service user's "who saw my data": what this instance disclosed about
 * them in the period, from its own audit trail. Case-management lists one per agency; the
 * gateway routes each here by the agency code in the key.
 */
@Directive('@key(fields: "agencyCode serviceUserId from to")')
@ObjectType('AgencyDisclosureLog', {
  description:
    'One agency\'s part of "who saw my data": what that agency\'s own server disclosed about the ' +
    'service user in the period, and the reads it refused, from its own audit trail. Answered by ' +
    'that agency; null parts, with AGENCY_UNAVAILABLE, when it cannot be reached.',
})
export class AgencyDisclosureLog {
  @Field(() => ID, { description: 'The code of the agency whose trail this is.' })
  agencyCode!: string;

  @Field(() => UUIDScalar, { description: 'The service user the trail is about.' })
  serviceUserId!: string;

  @Field(() => Date, { description: 'The start of the period (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'The end of the period (inclusive).' })
  to!: Date;
}

/** Who reads this agency's part, and on what consent. */
const READERS =
  "For this agency's own staff, and the case manager of the person's open case; anyone else of " +
  'the agency holding the record needs consent category CARE_PLAN_SUMMARY: null with ' +
  'CONSENT_REQUIRED when not shared.';

/** The log's period, as the audit stores read it. */
const periodOf = (log: AgencyDisclosureLog) => ({
  serviceUserId: log.serviceUserId,
  from: log.from,
  to: log.to,
});

@Resolver(() => AgencyDisclosureLog)
export class AgencyDisclosureLogResolver {
  @FieldResolver(() => DisclosureEntryConnection, {
    nullable: true,
    description: `What this agency disclosed about the service user in the period, newest first, a page at a time. ${READERS}`,
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  entries(
    @Root() log: AgencyDisclosureLog,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<Page<DisclosureEntry>> {
    return disclosureEntriesPage(ctx.services.audit, periodOf(log), page);
  }

  @FieldResolver(() => DeniedAttemptConnection, {
    nullable: true,
    description: `Reads this agency refused about the service user in the period (security events, not disclosures), newest first, a page at a time. ${READERS}`,
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  deniedAttempts(
    @Root() log: AgencyDisclosureLog,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<Page<DeniedAttempt>> {
    return deniedAttemptsPage(ctx.services.securityEvents, periodOf(log), page);
  }
}

/**
 * A reference from case-management. Only this instance's own code is answered (the gateway
 * routes by it; anything else is a mis-route), and only a well-formed period.
 */
export function resolveAgencyDisclosureLogReference(
  ref: { agencyCode: string; serviceUserId: string; from: string; to: string },
  ctx: AgencyContext,
): AgencyDisclosureLog | null {
  const from = new Date(ref.from);
  const to = new Date(ref.to);
  if (
    ref.agencyCode !== ctx.agencyCode ||
    !isUuid(ref.serviceUserId) ||
    Number.isNaN(from.getTime()) ||
    Number.isNaN(to.getTime())
  ) {
    return null;
  }
  return Object.assign(new AgencyDisclosureLog(), { ...ref, from, to });
}

/**
 * The trail is this agency's record about the service user: its own staff read it as holder.
 * The case manager of the person's open case reads it for the person whatever the consents
 * (ADR 0029), as case-management confirms on the reader's behalf. Anyone else (other staff of
 * the lead agency) needs the person's consent to the care plan summary — which is what "who
 * else is involved" reveals.
 */
export async function agencyDisclosureLogSubject(
  log: AgencyDisclosureLog,
  ctx: AgencyContext,
): Promise<ConsentSubject> {
  const subject = { serviceUserId: log.serviceUserId, holderAgencyCode: ctx.agencyCode };
  if (ctx.identity.agencyCode === ctx.agencyCode) return subject;
  const caseManager = await ctx.loaders.caseManagerOf.load(log.serviceUserId);
  return caseManager ? { ...subject, readerIsCaseManager: true } : subject;
}
