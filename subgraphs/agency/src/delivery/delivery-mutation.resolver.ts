import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AgencyContext } from '../kernel/context';
import { ActionDelivery, DeliveryStatus, ProgressNote } from './action-delivery.entity';

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
    @Arg('actionId', () => ID) actionId: string,
    @Arg('keyWorkerId', () => ID, { nullable: true }) keyWorkerId: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
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
    @Arg('actionId', () => ID) actionId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: AgencyContext,
  ): Promise<ActionDelivery> {
    return ctx.services.deliveries.decline(ctx.identity, ctx.loaders, actionId, reason);
  }

  @Mutation(() => ActionDelivery, {
    description: 'Names the key worker of your agency who delivers an open action.',
  })
  assignActionKeyWorker(
    @Arg('actionId', () => ID) actionId: string,
    @Arg('keyWorkerId', () => ID) keyWorkerId: string,
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
    @Arg('actionId', () => ID) actionId: string,
    @Arg('status', () => DeliveryStatus) status: DeliveryStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
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
    @Arg('actionId', () => ID) actionId: string,
    @Arg('outcome', () => String) outcome: string,
    @Arg('achieved', () => Boolean) achieved: boolean,
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
    @Arg('actionId', () => ID) actionId: string,
    @Arg('body', () => String) body: string,
    @Ctx() ctx: AgencyContext,
  ): Promise<ProgressNote> {
    return ctx.services.deliveries.recordProgressNote(ctx.identity, ctx.loaders, actionId, body);
  }
}
