import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../context';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { KeyWorkerRef } from '../federation/refs';
import { Case } from './case.entity';
import { CaseManagerAssignment, CaseTransfer, LeadAgencyDispute } from './case-history.entity';
import {
  CompleteTransferInput,
  LeadAgencyDisputeInput,
  RequestTransferInput,
  ResolveDisputeInput,
  TransferHandoverInput,
} from './case.inputs';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

@Resolver(() => CaseManagerAssignment)
export class AssignmentResolver {
  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  agency(@Root() a: CaseManagerAssignment, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: a.agencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(SUMMARY)
  caseManager(@Root() a: CaseManagerAssignment): KeyWorkerRef {
    return KeyWorkerRef.of(a.agencyCode, a.caseManagerId);
  }
}

@Resolver(() => CaseTransfer)
export class TransferResolver {
  @Mutation(() => CaseTransfer, {
    description: 'Asks to hand the case to another case manager. Case manager only.',
  })
  requestCaseTransfer(
    @Arg('input', () => RequestTransferInput) input: RequestTransferInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.cases.requestTransfer(ctx.identity, input);
  }

  @Mutation(() => CaseTransfer, { description: 'The incoming case manager accepts.' })
  acceptCaseTransfer(@Arg('transferId', () => ID) transferId: string, @Ctx() ctx: CmContext) {
    return ctx.services.cases.acceptTransfer(ctx.identity, transferId);
  }

  @Mutation(() => CaseTransfer, { description: 'Records the three-way handover meeting.' })
  recordTransferHandover(
    @Arg('input', () => TransferHandoverInput) input: TransferHandoverInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.cases.recordHandover(ctx.identity, input);
  }

  @Mutation(() => CaseTransfer, {
    description: 'Completes the transfer with the written follow-up.',
  })
  completeCaseTransfer(
    @Arg('input', () => CompleteTransferInput) input: CompleteTransferInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.cases.completeTransfer(ctx.identity, input);
  }

  @Mutation(() => CaseTransfer)
  cancelCaseTransfer(@Arg('transferId', () => ID) transferId: string, @Ctx() ctx: CmContext) {
    return ctx.services.cases.cancelTransfer(ctx.identity, transferId);
  }

  @FieldResolver(() => Case, { nullable: true })
  @Directive(SUMMARY)
  case(@Root() t: CaseTransfer, @Ctx() ctx: CmContext) {
    return ctx.loaders.caseById.load(t.caseId);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(SUMMARY)
  fromCaseManager(@Root() t: CaseTransfer): KeyWorkerRef {
    return KeyWorkerRef.of(t.fromAgencyCode, t.fromCaseManagerId);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(SUMMARY)
  toCaseManager(@Root() t: CaseTransfer): KeyWorkerRef {
    return KeyWorkerRef.of(t.toAgencyCode, t.toCaseManagerId);
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  toAgency(@Root() t: CaseTransfer, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: t.toAgencyCode }, ctx);
  }
}

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
    return ctx.services.cases.recordDispute(ctx.identity, input);
  }

  @Mutation(() => LeadAgencyDispute)
  resolveLeadAgencyDispute(
    @Arg('input', () => ResolveDisputeInput) input: ResolveDisputeInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.cases.resolveDispute(ctx.identity, input);
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
