import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AgencyContext } from '../kernel/context';
import { ActionDelivery, ProgressNote } from './action-delivery.entity';
import {
  AcceptActionArgs,
  AssignActionKeyWorkerArgs,
  DeclineActionArgs,
  RecordActionOutcomeArgs,
  RecordProgressNoteArgs,
  UpdateDeliveryStatusArgs,
} from './delivery.args';

/**
 * Writes to the delivery of actions assigned to the caller's own agency, by its key workers, case
 * managers and supervisors. Each refuses an action case-management does not confirm as this
 * agency's with FORBIDDEN.
 */
@Resolver()
export class DeliveryMutationResolver {
  @Mutation(() => ActionDelivery, {
    description:
      "Accepts a pending action. keyWorkerId defaults to the delivery's or the plan's key worker, else you. INVALID_TRANSITION unless PENDING; NOT_FOUND, or BAD_USER_INPUT (reason KEY_WORKER_INACTIVE), for a key worker not active on your staff list; FORBIDDEN when you are not staff of the agency with a key worker, case manager or supervisor role, or case-management does not confirm the action as your agency's; CONFLICT when someone else changed the delivery at the same time; SERVICE_UNAVAILABLE when case-management cannot be asked.",
  })
  acceptAction(
    @Args() { actionId, keyWorkerId, note }: AcceptActionArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<ActionDelivery> {
    return ctx.services.deliveries.accept(ctx.identity, ctx.loaders, {
      actionId,
      keyWorkerId,
      note,
    });
  }

  @Mutation(() => ActionDelivery, {
    description:
      "Declines a pending action, saying why (required). INVALID_TRANSITION unless PENDING; FORBIDDEN when you are not staff of the agency with a key worker, case manager or supervisor role, or case-management does not confirm the action as your agency's; CONFLICT when someone else changed the delivery at the same time; SERVICE_UNAVAILABLE when case-management cannot be asked.",
  })
  declineAction(
    @Args() { actionId, reason }: DeclineActionArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<ActionDelivery> {
    return ctx.services.deliveries.decline(ctx.identity, ctx.loaders, actionId, reason);
  }

  @Mutation(() => ActionDelivery, {
    description:
      "Names the key worker of your agency who delivers an open action. CONFLICT (reason DELIVERY_CLOSED) for a declined or ended action; NOT_FOUND, or BAD_USER_INPUT (reason KEY_WORKER_INACTIVE), for a key worker not active on your staff list; FORBIDDEN when you are not staff of the agency with a key worker, case manager or supervisor role, or case-management does not confirm the action as your agency's; CONFLICT when someone else changed the delivery at the same time; SERVICE_UNAVAILABLE when case-management cannot be asked.",
  })
  assignActionKeyWorker(
    @Args() { actionId, keyWorkerId }: AssignActionKeyWorkerArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<ActionDelivery> {
    return ctx.services.deliveries.assignKeyWorker(
      ctx.identity,
      ctx.loaders,
      actionId,
      keyWorkerId,
    );
  }

  @Mutation(() => ActionDelivery, {
    description:
      "Moves an action to ACCEPTED, IN_PROGRESS or BLOCKED, with an optional note (why it is blocked). Declining and ending have their own mutations (BAD_USER_INPUT here). INVALID_TRANSITION when the delivery cannot move there from where it is; FORBIDDEN when you are not staff of the agency with a key worker, case manager or supervisor role, or case-management does not confirm the action as your agency's; CONFLICT when someone else changed the delivery at the same time; SERVICE_UNAVAILABLE when case-management cannot be asked.",
  })
  updateDeliveryStatus(
    @Args() { actionId, status, note }: UpdateDeliveryStatusArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<ActionDelivery> {
    return ctx.services.deliveries.updateStatus(ctx.identity, ctx.loaders, {
      actionId,
      status,
      note,
    });
  }

  @Mutation(() => ActionDelivery, {
    description:
      "Ends an action with its outcome: COMPLETED when achieved, else NOT_COMPLETED. INVALID_TRANSITION unless ACCEPTED or IN_PROGRESS (a BLOCKED action only ends NOT_COMPLETED); FORBIDDEN when you are not staff of the agency with a key worker, case manager or supervisor role, or case-management does not confirm the action as your agency's; CONFLICT when someone else changed the delivery at the same time; SERVICE_UNAVAILABLE when case-management cannot be asked.",
  })
  recordActionOutcome(
    @Args() { actionId, outcome, achieved }: RecordActionOutcomeArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<ActionDelivery> {
    return ctx.services.deliveries.recordOutcome(ctx.identity, ctx.loaders, {
      actionId,
      outcome,
      achieved,
    });
  }

  @Mutation(() => ProgressNote, {
    description:
      "Adds a dated progress note to an action assigned to your agency (the action stays as it is: writing about it does not accept it). FORBIDDEN when you are not staff of the agency with a key worker, case manager or supervisor role, or case-management does not confirm the action as your agency's; SERVICE_UNAVAILABLE when case-management cannot be asked.",
  })
  recordProgressNote(
    @Args() { actionId, body }: RecordProgressNoteArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<ProgressNote> {
    return ctx.services.deliveries.recordProgressNote(ctx.identity, ctx.loaders, actionId, body);
  }
}
