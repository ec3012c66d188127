import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { Agency } from '../agency/agency.type';
import { KeyWorkerRef } from '../federation/refs';
import { LeadAgencyDispute } from '../case/case-history.entity';
import { LeadAgencyDisputeInput, ResolveDisputeInput } from '../case/case.inputs';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

@Resolver(() => LeadAgencyDispute)
export class DisputeResolver {
  @Mutation(() => LeadAgencyDispute, {
    description:
      'Records that a lead agency or case manager cannot be agreed. The service user is not involved by default.',
  })
  recordLeadAgencyDispute(
    @Arg('input', () => LeadAgencyDisputeInput) input: LeadAgencyDisputeInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.disputes.recordDispute(ctx.identity, input);
  }

  @Mutation(() => LeadAgencyDispute)
  resolveLeadAgencyDispute(
    @Arg('input', () => ResolveDisputeInput) input: ResolveDisputeInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.disputes.resolveDispute(ctx.identity, input);
  }

  @FieldResolver(() => [Agency], { nullable: true })
  @Directive(SUMMARY)
  agencies(@Root() d: LeadAgencyDispute, @Ctx() ctx: CmContext) {
    return d.agencyCodes
      .map((code) => resolveAgencyReference({ code }, ctx))
      .filter((a): a is Agency => a !== null);
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  agreedLeadAgency(@Root() d: LeadAgencyDispute, @Ctx() ctx: CmContext) {
    return d.resolvedLeadAgencyCode
      ? resolveAgencyReference({ code: d.resolvedLeadAgencyCode }, ctx)
      : null;
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(SUMMARY)
  agreedCaseManager(@Root() d: LeadAgencyDispute): KeyWorkerRef | null {
    return d.resolvedLeadAgencyCode && d.resolvedCaseManagerId
      ? KeyWorkerRef.of(d.resolvedLeadAgencyCode, d.resolvedCaseManagerId)
      : null;
  }
}
