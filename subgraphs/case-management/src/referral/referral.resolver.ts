import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { asReachedFromReferral, consent, type ConsentSubject } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ByIdArgs } from '../kernel/by-id.args';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { Case } from '../case/case.entity';
import { ServiceUser } from '../case/service-user.entity';
import { KeyWorkerRef } from '../federation/refs';
import { Referral, ReferralEvent } from './referral.entity';
import {
  CreateReferralInput,
  RecordReferralFollowUpInput,
  ReportDisengagementAfterReferralInput,
  UpdateReferralStatusInput,
} from './referral.inputs';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => Referral, { nullable: true })
  referral(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<Referral | null> {
    return ctx.loaders.referralById.load(id);
  }

  @Mutation(() => Referral, {
    description: "Plans a referral (PLANNED) under the service user's consent; case manager only.",
  })
  createReferral(
    @Arg('input', () => CreateReferralInput) input: CreateReferralInput,
    @Ctx() ctx: CmContext,
  ): Promise<Referral> {
    return ctx.services.referrals.create(ctx.identity, input);
  }

  @Mutation(() => Referral, {
    description:
      'Moves a referral along PLANNED → SENT → ACCEPTED / DECLINED / WAITING → COMPLETED. ' +
      'Sending is for the case manager; outcomes for the case manager or the agency referred to.',
  })
  updateReferralStatus(
    @Arg('input', () => UpdateReferralStatusInput) input: UpdateReferralStatusInput,
    @Ctx() ctx: CmContext,
  ): Promise<Referral> {
    return ctx.services.referrals.updateStatus(ctx.identity, input);
  }

  @Mutation(() => Referral, {
    description: 'The case manager sets the next follow-up and the interim plan during a wait.',
  })
  recordReferralFollowUp(
    @Arg('input', () => RecordReferralFollowUpInput) input: RecordReferralFollowUpInput,
    @Ctx() ctx: CmContext,
  ): Promise<Referral> {
    return ctx.services.referrals.recordFollowUp(ctx.identity, input);
  }

  @Mutation(() => Referral, {
    description:
      "The agency referred to tells the case's case manager that the service user disengaged.",
  })
  reportDisengagementAfterReferral(
    @Arg('input', () => ReportDisengagementAfterReferralInput)
    input: ReportDisengagementAfterReferralInput,
    @Ctx() ctx: CmContext,
  ): Promise<Referral> {
    return ctx.services.referrals.reportDisengagement(ctx.identity, input);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      'The consent under which the referral is made; null for any reader but the agency holding ' +
      'the case and the agency referred to, who alone may know the consent exists.',
  })
  @Directive(SUMMARY)
  async consentId(@Root() r: Referral, @Ctx() ctx: CmContext): Promise<string | null> {
    const c = await ctx.loaders.caseById.load(r.caseId);
    const reader = ctx.identity.agencyCode;
    return reader === c?.leadAgencyCode || isAddressedTo(r, ctx) ? r.consentId : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency referred to.' })
  @Directive(SUMMARY)
  toAgency(@Root() r: Referral, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: r.toAgencyCode }, ctx);
  }

  @FieldResolver(() => ServiceUser, {
    nullable: true,
    description:
      'The person referred. The agency referred to reads who they are (name, date of birth, ' +
      'phone, pseudonymous id) under the referral consent; nothing else of the person.',
  })
  @Directive(SUMMARY)
  async serviceUser(@Root() r: Referral, @Ctx() ctx: CmContext): Promise<ServiceUser | null> {
    const su = await ctx.loaders.serviceUserById.load(r.serviceUserId);
    return su && isAddressedTo(r, ctx) ? asReachedFromReferral(su) : su;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description:
      'The case the referral belongs to: only for readers who may read the case itself (a ' +
      'referral consent does not open it).',
  })
  @Directive(SUMMARY)
  case(@Root() r: Referral, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(r.caseId);
  }

  @FieldResolver(() => [ReferralEvent], { nullable: true, description: 'Oldest first.' })
  @Directive(SUMMARY)
  events(@Root() r: Referral, @Ctx() ctx: CmContext): Promise<ReferralEvent[]> {
    // The events' consent subject is their referral: this one, so it need not be read again.
    ctx.loaders.referralById.prime(r.id, r);
    return ctx.loaders.referralEventsByReferralId.load(r.id);
  }
}

@Resolver(() => ReferralEvent)
export class ReferralEventResolver {
  @FieldResolver(() => KeyWorkerRef, { nullable: true, description: 'Who recorded this step.' })
  @Directive(SUMMARY)
  by(@Root() e: ReferralEvent): KeyWorkerRef {
    return KeyWorkerRef.of(e.byAgencyCode, e.byUser);
  }
}

/** Case.referrals, merged into Case by type-graphql alongside CaseResolver's fields. */
@Resolver(() => Case)
export class CaseReferralsResolver {
  @FieldResolver(() => [Referral], { nullable: true, description: 'Oldest first.' })
  @Directive(SUMMARY)
  referrals(@Root() c: Case, @Ctx() ctx: CmContext): Promise<Referral[]> {
    return ctx.loaders.referralsByCaseId.load(c.id);
  }
}

/** Whether the reader is the agency the referral is addressed to. */
function isAddressedTo(r: Referral, ctx: CmContext): boolean {
  return r.toAgencyCode === ctx.identity.agencyCode;
}

/**
 * Referrals are held by the lead agency of their case. The agency a referral is addressed to
 * reads it for that referral (ADR 0026): its REFERRAL consent counts, for this referral only.
 */
export async function referralSubject(r: Referral, ctx: CmContext): Promise<ConsentSubject> {
  const c = await ctx.loaders.caseById.load(r.caseId);
  return {
    serviceUserId: r.serviceUserId,
    holderAgencyCode: c?.leadAgencyCode ?? null,
    ...(isAddressedTo(r, ctx) ? { readFor: 'REFERRAL' as const } : {}),
  };
}

/** A referral's history is held, and read, like the referral. */
export async function referralEventSubject(
  e: ReferralEvent,
  ctx: CmContext,
): Promise<ConsentSubject> {
  const r = await ctx.loaders.referralById.load(e.referralId);
  return r ? referralSubject(r, ctx) : { serviceUserId: null, holderAgencyCode: null };
}
