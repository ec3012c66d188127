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
      "Accepts a pending action. keyWorkerId defaults to the delivery's or the plan's key worker, else you.",
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
    description: 'Declines a pending action, saying why (required).',
  })
  declineAction(
    @Args() { actionId, reason }: DeclineActionArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<ActionDelivery> {
    return ctx.services.deliveries.decline(ctx.identity, ctx.loaders, actionId, reason);
  }

  @Mutation(() => ActionDelivery, {
    description: 'Names the key worker of your agency who delivers an open action.',
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
      'Moves an action to ACCEPTED, IN_PROGRESS or BLOCKED, with an optional note (why it is blocked). Declining and ending have their own mutations.',
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
    description: 'Ends an action with its outcome: COMPLETED when achieved, else NOT_COMPLETED.',
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
    description: 'Adds a dated progress note to an action assigned to your agency.',
  })
  recordProgressNote(
    @Args() { actionId, body }: RecordProgressNoteArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<ProgressNote> {
    return ctx.services.deliveries.recordProgressNote(ctx.identity, ctx.loaders, actionId, body);
  }
}
