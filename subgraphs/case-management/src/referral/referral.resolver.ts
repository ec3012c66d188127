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
import { UUIDScalar, asReachedFromReferral, consent, type ConsentSubject } from '@icp/shared';
import { underConsent } from '../consent/consent-note';
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
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);
const CM_ERRORS =
  'FORBIDDEN (reason NOT_CASE_MANAGER) unless you are the case manager of its case; NOT_FOUND for an unknown record; CONFLICT (reason CASE_CLOSED) on a closed case';

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => Referral, {
    nullable: true,
    description:
      'A referral by id: for its case’s readers and the agency referred to; null when it does not exist or you may see nothing of it (never an error); BAD_USER_INPUT for a malformed id.',
  })
  referral(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<Referral | null> {
    return ctx.loaders.referralById.load(id);
  }

  @Mutation(() => Referral, {
    description:
      "Plans a referral (PLANNED) under the service user's consent; case manager only. " +
      `Errors: ${CM_ERRORS}; CONSENT_REQUIRED (reason REFERRAL_CONSENT) without an active consent naming the agency; BAD_USER_INPUT for an agency not in the directory, the lead agency itself, or a follow-up date past.`,
  })
  createReferral(
    @Arg('input', () => CreateReferralInput, { description: 'The referral to plan.' })
    input: CreateReferralInput,
    @Ctx() ctx: CmContext,
  ): Promise<Referral> {
    return ctx.services.referrals.create(ctx.identity, input);
  }

  @Mutation(() => Referral, {
    description:
      'Moves a referral along PLANNED → SENT → ACCEPTED / DECLINED / WAITING → COMPLETED. ' +
      'Sending is for the case manager; outcomes for the case manager or the agency referred to. ' +
      'Errors: FORBIDDEN (reason NOT_CASE_MANAGER_OR_TARGET); NOT_FOUND for an unknown referral; INVALID_TRANSITION for a move the protocol does not allow; CONFLICT (reason CASE_CLOSED, REFERRAL_CHANGED); CONSENT_REQUIRED (reason REFERRAL_CONSENT) once the consent is no longer in force.',
  })
  updateReferralStatus(
    @Arg('input', () => UpdateReferralStatusInput, {
      description: 'The referral and its next status.',
    })
    input: UpdateReferralStatusInput,
    @Ctx() ctx: CmContext,
  ): Promise<Referral> {
    return ctx.services.referrals.updateStatus(ctx.identity, input);
  }

  @Mutation(() => Referral, {
    description:
      'The case manager sets the next follow-up and the interim plan during a wait. ' +
      `Errors: ${CM_ERRORS} or (reason REFERRAL_FINISHED) for a referral declined or completed; BAD_USER_INPUT for a date past.`,
  })
  recordReferralFollowUp(
    @Arg('input', () => RecordReferralFollowUpInput, {
      description: 'The referral, the next follow-up and the interim plan.',
    })
    input: RecordReferralFollowUpInput,
    @Ctx() ctx: CmContext,
  ): Promise<Referral> {
    return ctx.services.referrals.recordFollowUp(ctx.identity, input);
  }

  @Mutation(() => Referral, {
    description:
      "The agency referred to tells the case's case manager that the service user disengaged. " +
      'Errors: FORBIDDEN (reason NOT_TARGET_AGENCY) for any other agency; NOT_FOUND for an unknown referral; CONFLICT (reason REFERRAL_NOT_WITH_TARGET) before it is accepted.',
  })
  reportDisengagementAfterReferral(
    @Arg('input', () => ReportDisengagementAfterReferralInput, {
      description: 'The referral and what happened.',
    })
    input: ReportDisengagementAfterReferralInput,
    @Ctx() ctx: CmContext,
  ): Promise<Referral> {
    return ctx.services.referrals.reportDisengagement(ctx.identity, input);
  }

  @FieldResolver(() => UUIDScalar, {
    nullable: true,
    description: S(
      'The consent under which the referral is made; null for any reader but the agency holding ' +
        'the case and the agency referred to, who alone may know the consent exists.',
    ),
  })
  @Directive(SUMMARY)
  async consentId(@Root() r: Referral, @Ctx() ctx: CmContext): Promise<string | null> {
    const c = await ctx.loaders.caseById.load(r.caseId);
    const reader = ctx.identity.agencyCode;
    return reader === c?.leadAgencyCode || isAddressedTo(r, ctx) ? r.consentId : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: S('The agency referred to.') })
  @Directive(SUMMARY)
  toAgency(@Root() r: Referral, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: r.toAgencyCode }, ctx);
  }

  @FieldResolver(() => ServiceUser, {
    nullable: true,
    description: S(
      'The person referred. The agency referred to reads who they are (name, date of birth, ' +
        'phone, pseudonymous id) under the referral consent; nothing else of the person.',
    ),
  })
  @Directive(SUMMARY)
  async serviceUser(@Root() r: Referral, @Ctx() ctx: CmContext): Promise<ServiceUser | null> {
    const su = await ctx.loaders.serviceUserById.load(r.serviceUserId);
    return su && isAddressedTo(r, ctx) ? asReachedFromReferral(su) : su;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: S(
      'The case the referral belongs to: only for readers who may read the case itself (a ' +
        'referral consent does not open it).',
    ),
  })
  @Directive(SUMMARY)
  case(@Root() r: Referral, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(r.caseId);
  }

  @FieldResolver(() => [ReferralEvent], {
    nullable: true,
    description: S('The referral’s history, oldest first.'),
  })
  @Directive(SUMMARY)
  events(@Root() r: Referral, @Ctx() ctx: CmContext): Promise<ReferralEvent[]> {
    // The events' consent subject is their referral: this one, so it need not be read again.
    ctx.loaders.referralById.prime(r.id, r);
    return ctx.loaders.referralEventsByReferralId.load(r.id);
  }
}

@Resolver(() => ReferralEvent)
export class ReferralEventResolver {
  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: S('Who recorded this step.'),
  })
  @Directive(SUMMARY)
  by(@Root() e: ReferralEvent): KeyWorkerRef {
    return KeyWorkerRef.of(e.byAgencyCode, e.byUser);
  }
}

/** Case.referrals, merged into Case by type-graphql alongside CaseResolver's fields. */
@Resolver(() => Case)
export class CaseReferralsResolver {
  @FieldResolver(() => [Referral], {
    nullable: true,
    description: S('The case’s referrals, oldest first; only those you may see.'),
  })
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
