import { Arg, Args, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { CASE_MANAGER_ONLY, summary } from '../kernel/describe';
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
    description: `Asks to hand the case to another case manager, in your agency or another. Case manager only. Errors: ${CASE_MANAGER_ONLY}; NOT_FOUND for an unknown case; BAD_USER_INPUT for an agency not in the directory or the current case manager; CONFLICT (reason CASE_CLOSED, or TRANSFER_OPEN while another is under way).`,
  })
  requestCaseTransfer(
    @Arg('input', () => RequestTransferInput, { description: 'The transfer asked for.' })
    input: RequestTransferInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.transfers.requestTransfer(ctx.identity, input);
  }

  @Mutation(() => CaseTransfer, {
    description:
      'The incoming case manager accepts a requested transfer. Errors: FORBIDDEN (reason NOT_INCOMING_CASE_MANAGER) for anyone else; NOT_FOUND for an unknown transfer; INVALID_TRANSITION unless it is REQUESTED; CONFLICT when it changed meanwhile.',
  })
  acceptCaseTransfer(@Args() { transferId }: TransferIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.transfers.acceptTransfer(ctx.identity, transferId);
  }

  @Mutation(() => CaseTransfer, {
    description:
      'Records the three-way handover meeting of an accepted transfer. By the outgoing or incoming case manager. Errors: FORBIDDEN for anyone else; NOT_FOUND for an unknown transfer; BAD_USER_INPUT (reason HANDOVER_NOT_THREE_WAY) unless both case managers and the service user attended, or (field heldAt) for a handover in the future; INVALID_TRANSITION unless it is ACCEPTED; CONFLICT when it changed meanwhile.',
  })
  recordTransferHandover(
    @Arg('input', () => TransferHandoverInput, { description: 'The handover.' })
    input: TransferHandoverInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.transfers.recordHandover(ctx.identity, input);
  }

  @Mutation(() => CaseTransfer, {
    description:
      'Completes a transfer after its handover, with the written follow-up: the incoming case manager (and agency) then holds the case, and the plan gains a version recording the change. By the outgoing or incoming case manager. Errors: FORBIDDEN for anyone else; NOT_FOUND for an unknown transfer; INVALID_TRANSITION unless it is HANDOVER_HELD; CONSENT_REQUIRED when the service user has not consented to the incoming agency managing their case; CONFLICT when it changed meanwhile.',
  })
  completeCaseTransfer(
    @Arg('input', () => CompleteTransferInput, { description: 'The completion.' })
    input: CompleteTransferInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.transfers.completeTransfer(ctx.identity, input);
  }

  @Mutation(() => CaseTransfer, {
    description:
      'Cancels a transfer that has not completed. By the outgoing case manager. Errors: FORBIDDEN for anyone else; NOT_FOUND for an unknown transfer; INVALID_TRANSITION when it is completed or cancelled; CONFLICT when it changed meanwhile.',
  })
  cancelCaseTransfer(@Args() { transferId }: TransferIdArgs, @Ctx() ctx: CmContext) {
    return ctx.services.transfers.cancelTransfer(ctx.identity, transferId);
  }

  @FieldResolver(() => Case, { nullable: true, description: summary('The case transferred.') })
  @Directive(SUMMARY)
  case(@Root() t: CaseTransfer, @Ctx() ctx: CmContext) {
    return ctx.loaders.caseById.load(t.caseId);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: summary('The outgoing case manager.'),
  })
  @Directive(SUMMARY)
  fromCaseManager(@Root() t: CaseTransfer): KeyWorkerRef {
    return KeyWorkerRef.of(t.fromAgencyCode, t.fromCaseManagerId);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: summary('The incoming case manager.'),
  })
  @Directive(SUMMARY)
  toCaseManager(@Root() t: CaseTransfer): KeyWorkerRef {
    return KeyWorkerRef.of(t.toAgencyCode, t.toCaseManagerId);
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: summary(
      'The incoming lead agency (the same one for a change of case manager only).',
    ),
  })
  @Directive(SUMMARY)
  toAgency(@Root() t: CaseTransfer, @Ctx() ctx: CmContext) {
    return resolveAgencyReference({ code: t.toAgencyCode }, ctx);
  }
}
