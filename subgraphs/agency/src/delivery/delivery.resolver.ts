import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  afterKey,
  categoryOfDomain,
  consent,
  type ConsentCategory,
  type ConsentSubject,
  type Page,
} from '@icp/shared';
import type { AgencyContext } from '../kernel/context';
import { KeyWorker } from '../key-worker/key-worker.entity';
import { ActionDelivery, ProgressNote } from './action-delivery.entity';
import { pendingDelivery } from './delivery.service';
import { ProgressNoteConnection } from './progress-note.connection';

/** What a field of the action's domain says about its consent. */
export const BY_DOMAIN_NOTE =
  "Consent category: the action's domain's (a psychological action's is MENTAL_HEALTH): null " +
  'with CONSENT_REQUIRED when not shared.';

@Resolver(() => ActionDelivery)
export class ActionDeliveryResolver {
  @FieldResolver(() => KeyWorker, {
    nullable: true,
    description:
      'The key worker of your agency delivering the action; null until one is named. Consent category CARE_PLAN_SUMMARY: null with CONSENT_REQUIRED when not shared.',
  })
  @Directive(consent('CARE_PLAN_SUMMARY'))
  keyWorker(@Root() d: ActionDelivery, @Ctx() ctx: AgencyContext) {
    return d.keyWorkerId ? ctx.loaders.keyWorkerById.load(d.keyWorkerId) : null;
  }

  @FieldResolver(() => ProgressNoteConnection, {
    nullable: true,
    description: `Dated notes of progress written by the agency's staff, newest first, a page at a time. ${BY_DOMAIN_NOTE}`,
  })
  @Directive(consent())
  progressNotes(
    @Root() d: ActionDelivery,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AgencyContext,
  ): Promise<Page<ProgressNote>> {
    return ctx.loaders.notesPage.load({
      actionId: d.actionId,
      first: page.first,
      after: afterKey(page.after, ['instant', 'uuid']),
    });
  }
}

@Resolver(() => ProgressNote)
export class ProgressNoteResolver {
  @FieldResolver(() => KeyWorker, {
    nullable: true,
    description: `The member of staff who wrote the note. ${BY_DOMAIN_NOTE}`,
  })
  @Directive(consent())
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
  return assigned ? pendingDelivery(ctx.agencyCode, assigned) : null;
}

/**
 * The consent category of what is written about a delivery: its action's domain's. A row written
 * before deliveries kept their domain asks case-management for it (batched, once per request),
 * and only when someone other than the holder reads: the holder reads whatever the category.
 * A domain that stays unknown leaves the record uncategorised, which no other agency reads.
 */
async function deliveryCategory(
  d: ActionDelivery,
  ctx: AgencyContext,
): Promise<ConsentCategory | undefined> {
  if (d.domain !== null) return categoryOfDomain(d.domain);
  if (ctx.identity.agencyCode === ctx.agencyCode) return undefined;
  try {
    return categoryOfDomain((await ctx.loaders.assignedAction.load(d.actionId))?.domain);
  } catch {
    return undefined; // case-management unreachable: uncategorised, so denied
  }
}

/** Deliveries and their notes are held by this agency and are about the action's service user. */
export async function deliverySubject(
  d: ActionDelivery,
  ctx: AgencyContext,
): Promise<ConsentSubject> {
  const category = await deliveryCategory(d, ctx);
  return {
    serviceUserId: d.serviceUserId,
    holderAgencyCode: ctx.agencyCode,
    ...(category ? { category } : {}),
  };
}

/** A note is data of its delivery's domain. */
export async function progressNoteSubject(
  n: ProgressNote,
  ctx: AgencyContext,
): Promise<ConsentSubject> {
  const d = await ctx.loaders.deliveryByActionId.load(n.actionId);
  const category = d ? await deliveryCategory(d, ctx) : undefined;
  return {
    serviceUserId: n.serviceUserId,
    holderAgencyCode: ctx.agencyCode,
    ...(category ? { category } : {}),
  };
}
