import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../context';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { KeyWorkerRef } from '../federation/refs';
import { ServiceUser } from '../service-user/service-user.entity';
import { Consent } from './consent.entity';
import { GrantConsentInput } from './consent.inputs';

@Resolver(() => Consent)
export class ConsentResolver {
  @Mutation(() => Consent, {
    description: "Records a service user's consent for an agency to read some categories.",
  })
  grantConsent(
    @Arg('input', () => GrantConsentInput) input: GrantConsentInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.consents.grant(ctx.identity, input);
  }

  @Mutation(() => Consent, {
    description: 'Withdraws a consent; nothing more is disclosed under it.',
  })
  withdrawConsent(@Arg('id', () => ID) id: string, @Ctx() ctx: CmContext) {
    return ctx.services.consents.withdraw(ctx.identity, id);
  }

  @FieldResolver(() => ServiceUser, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  async serviceUser(@Root() c: Consent, @Ctx() ctx: CmContext): Promise<ServiceUser> {
    return (await ctx.loaders.serviceUserById.load(c.serviceUserId))!;
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  recipientAgency(@Root() c: Consent, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: c.recipientAgencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  recordedBy(@Root() c: Consent): KeyWorkerRef {
    return KeyWorkerRef.of(c.recordedByAgencyCode, c.recordedBy);
  }
}

/**
 * A consent record is held by the agency that recorded it (the lead agency); its recipient also
 * reads it, since it is the permission it acts under.
 */
export function consentRecordSubject(c: Consent, ctx: CmContext) {
  const own =
    ctx.identity.agencyCode === c.recipientAgencyCode ||
    ctx.identity.agencyCode === c.recordedByAgencyCode;
  return {
    serviceUserId: c.serviceUserId,
    holderAgencyCode: own ? ctx.identity.agencyCode : c.recordedByAgencyCode,
  };
}
