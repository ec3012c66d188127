import { Arg, Args, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { Agency } from '../agency/agency.type';
import { KeyWorkerRef } from '../federation/refs';
import { Case } from '../case/case.entity';
import { CaseTransfer } from '../case/case-history.entity';
import {
  CompleteTransferInput,
  RequestTransferInput,
  TransferHandoverInput,
  TransferIdArgs,
} from '../case/case.inputs';

const SUMMARY = consent('CARE_PLAN_SUMMARY');

@Resolver(() => CaseTransfer)
export class TransferResolver {
  @Mutation(() => CaseTransfer, {
    description: 'Asks to hand the case to another case manager. Case manager only.',
  })
  requestCaseTransfer(
    @Arg('input', () => RequestTransferInput) input: RequestTransferInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.transfers.requestTransfer(ctx.identity, input);
  }

  @Mutation(() => CaseTransfer, { description: 'The incoming case manager accepts.' })
  acceptCaseTransfer(@Args() { transferId }: TransferIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.transfers.acceptTransfer(ctx.identity, transferId);
  }

  @Mutation(() => CaseTransfer, { description: 'Records the three-way handover meeting.' })
  recordTransferHandover(
    @Arg('input', () => TransferHandoverInput) input: TransferHandoverInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.transfers.recordHandover(ctx.identity, input);
  }

  @Mutation(() => CaseTransfer, {
    description: 'Completes the transfer with the written follow-up.',
  })
  completeCaseTransfer(
    @Arg('input', () => CompleteTransferInput) input: CompleteTransferInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.transfers.completeTransfer(ctx.identity, input);
  }

  @Mutation(() => CaseTransfer)
  cancelCaseTransfer(@Args() { transferId }: TransferIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.transfers.cancelTransfer(ctx.identity, transferId);
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
