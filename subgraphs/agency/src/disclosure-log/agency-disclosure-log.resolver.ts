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
  DeniedAttempt,
  DisclosureEntry,
  DisclosurePageArgs,
  consent,
  isUuid,
  type ConsentSubject,
} from '@icp/shared';
import type { AgencyContext } from '../kernel/context';

/**
 * This agency's part of a service user's "who saw my data": what this instance disclosed about
 * them in the period, from its own audit trail. Case-management lists one per agency; the
 * gateway routes each here by the agency code in the key.
 */
@Directive('@key(fields: "agencyCode serviceUserId from to")')
@ObjectType('AgencyDisclosureLog')
export class AgencyDisclosureLog {
  @Field(() => ID)
  agencyCode!: string;

  @Field(() => ID)
  serviceUserId!: string;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;
}

@Resolver(() => AgencyDisclosureLog)
export class AgencyDisclosureLogResolver {
  @FieldResolver(() => [DisclosureEntry], {
    nullable: true,
    description:
      'What this agency disclosed about the service user in the period, newest first: the newest `first`.',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  async entries(
    @Root() log: AgencyDisclosureLog,
    @Args() { first }: DisclosurePageArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<DisclosureEntry[]> {
    const found = await ctx.services.audit.newestAbout(log.serviceUserId, log.from, log.to, first);
    return found.map((e) => DisclosureEntry.of(e));
  }

  @FieldResolver(() => [DeniedAttempt], {
    nullable: true,
    description:
      'Reads this agency refused about the service user in the period (security events, not disclosures), newest first: the newest `first`.',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  async deniedAttempts(
    @Root() log: AgencyDisclosureLog,
    @Args() { first }: DisclosurePageArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<DeniedAttempt[]> {
    const found = await ctx.services.securityEvents.newestAbout(
      log.serviceUserId,
      log.from,
      log.to,
      first,
    );
    return found.map((e) => DeniedAttempt.of(e));
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
