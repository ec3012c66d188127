import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { consent } from '@icp/shared';
import type { AgencyContext } from '../context';
import { KeyWorker } from '../key-worker/key-worker.entity';
import { ActionDelivery, DeliveryStatus, ProgressNote } from './action-delivery.entity';

@Resolver(() => ActionDelivery)
export class ActionDeliveryResolver {
  @FieldResolver(() => KeyWorker, { nullable: true })
  keyWorker(@Root() d: ActionDelivery, @Ctx() ctx: AgencyContext) {
    return d.keyWorkerId ? ctx.loaders.keyWorkerById.load(d.keyWorkerId) : null;
  }

  @FieldResolver(() => [ProgressNote], { nullable: true, description: 'Newest first.' })
  @Directive(consent('SUBSTANCE_USE'))
  progressNotes(
    @Root() d: ActionDelivery,
    @Ctx() ctx: AgencyContext,
  ): Promise<ProgressNote[]> | ProgressNote[] {
    return d.serviceUserId ? ctx.loaders.notesByActionId.load(d.actionId) : [];
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

@Resolver(() => ProgressNote)
export class ProgressNoteResolver {
  @FieldResolver(() => KeyWorker, { nullable: true })
  writtenBy(@Root() n: ProgressNote, @Ctx() ctx: AgencyContext) {
    return ctx.loaders.keyWorkerById.load(n.writtenBy);
  }
}

/**
 * Resolves a delivery by its key. An action the agency has not touched yet resolves as PENDING,
 * never as an error, once case-management confirms it is assigned here; anything else is null.
 */
export async function resolveDeliveryReference(
  ref: { agencyCode: string; actionId: string },
  ctx: AgencyContext,
): Promise<ActionDelivery | null> {
  if (ref.agencyCode !== ctx.agencyCode) return null;
  const stored = await ctx.loaders.deliveryByActionId.load(ref.actionId);
  if (stored) return stored;
  const assigned = await ctx.loaders.assignedAction.load(ref.actionId);
  if (!assigned) return null;
  return Object.assign(new ActionDelivery(), {
    agencyCode: ctx.agencyCode,
    actionId: assigned.id,
    serviceUserId: assigned.serviceUserId,
    status: DeliveryStatus.PENDING,
    keyWorkerId: null,
    version: 0,
    updatedAt: new Date(0),
  });
}

/** Deliveries and their notes are held by this agency and are about the action's service user. */
export function deliverySubject(d: ActionDelivery, ctx: AgencyContext) {
  return { serviceUserId: d.serviceUserId, holderAgencyCode: ctx.agencyCode };
}
