import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { summary } from '../kernel/describe';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { Agency } from '../agency/agency.type';
import { KeyWorkerRef } from '../federation/refs';
import { LeadAgencyDispute } from '../case/lead-agency-dispute.entity';
import { LeadAgencyDisputeInput, ResolveDisputeInput } from '../case/case.inputs';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

@Resolver(() => LeadAgencyDispute)
export class DisputeResolver {
  @Mutation(() => LeadAgencyDispute, {
    description:
      'Records that a lead agency or case manager cannot be agreed. By an agency party to it; the service user is not involved by default. Errors: FORBIDDEN for an agency not party to it; NOT_FOUND for an unknown service user; BAD_USER_INPUT for fewer than two agencies, an agency not in the directory, a case not of this service user, or involving the service user without a reason.',
  })
  recordLeadAgencyDispute(
    @Arg('input', () => LeadAgencyDisputeInput, { description: 'The dispute.' })
    input: LeadAgencyDisputeInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.disputes.recordDispute(ctx.identity, input);
  }

  @Mutation(() => LeadAgencyDispute, {
    description:
      'Resolves a dispute by naming the lead agency and case manager; an open case it is about passes to them. By a case manager or supervisor of an agency party to it. Errors: FORBIDDEN for anyone else; NOT_FOUND for an unknown dispute; INVALID_TRANSITION when it is resolved already; BAD_USER_INPUT (field leadAgencyCode) for an agency not party to it; CONSENT_REQUIRED when the service user has not consented to that agency managing their case.',
  })
  resolveLeadAgencyDispute(
    @Arg('input', () => ResolveDisputeInput, { description: 'The resolution.' })
    input: ResolveDisputeInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.disputes.resolveDispute(ctx.identity, input);
  }

  @FieldResolver(() => [Agency], {
    nullable: true,
    description: summary('The agencies party to the dispute.'),
  })
  @Directive(SUMMARY)
  agencies(@Root() d: LeadAgencyDispute, @Ctx() ctx: CmContext) {
    return d.agencyCodes
      .map((code) => resolveAgencyReference({ code }, ctx))
      .filter((a): a is Agency => a !== null);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: summary('The lead agency agreed; null while the dispute is open.'),
  })
  @Directive(SUMMARY)
  agreedLeadAgency(@Root() d: LeadAgencyDispute, @Ctx() ctx: CmContext) {
    return d.resolvedLeadAgencyCode
      ? resolveAgencyReference({ code: d.resolvedLeadAgencyCode }, ctx)
      : null;
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: summary('The case manager agreed; null while the dispute is open.'),
  })
  @Directive(SUMMARY)
  agreedCaseManager(@Root() d: LeadAgencyDispute): KeyWorkerRef | null {
    return d.resolvedLeadAgencyCode && d.resolvedCaseManagerId
      ? KeyWorkerRef.of(d.resolvedLeadAgencyCode, d.resolvedCaseManagerId)
      : null;
  }
}
