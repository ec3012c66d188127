import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  afterKey,
  categoryOfDomain,
  consent,
  thenMaybe,
  type ConsentCategory,
  type MaybePromise,
  type ConsentSubject,
  type Page,
} from '@icp/shared';
import type { AgencyContext } from '../kernel/context';
import { KeyWorker } from '../key-worker/key-worker.entity';
import { ActionDelivery, ProgressNote } from './action-delivery.entity';
import { notWrittenYet, pendingDelivery } from './delivery.service';
import { ProgressNoteConnection } from './progress-note.connection';

const noNotes = (): Page<ProgressNote> => ({
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
});

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
  ): Page<ProgressNote> | Promise<Page<ProgressNote>> {
    const after = afterKey(page.after, ['instant', 'uuid']);
    // An action not written yet has no notes (its row comes before any): no query for them.
    if (notWrittenYet(d)) return noNotes();
    return ctx.loaders.notesPage.load({ actionId: d.actionId, first: page.first, after });
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
 * Synchronous when the row has its domain (every row written since), so that the consent check of
 * each of its fields decides without a promise (ADR 0025, ADR 0051).
 */
function deliveryCategory(
  d: ActionDelivery,
  ctx: AgencyContext,
): MaybePromise<ConsentCategory | undefined> {
  if (d.domain !== null) return categoryOfDomain(d.domain);
  if (ctx.identity.agencyCode === ctx.agencyCode) return undefined;
  return ctx.loaders.assignedAction.load(d.actionId).then(
    (action) => categoryOfDomain(action?.domain),
    () => undefined, // case-management unreachable: uncategorised, so denied
  );
}

const subjectOf = (
  serviceUserId: string,
  holderAgencyCode: string,
  category: ConsentCategory | undefined,
): ConsentSubject => ({ serviceUserId, holderAgencyCode, ...(category ? { category } : {}) });

/** Deliveries and their notes are held by this agency and are about the action's service user. */
export function deliverySubject(
  d: ActionDelivery,
  ctx: AgencyContext,
): MaybePromise<ConsentSubject> {
  return thenMaybe(deliveryCategory(d, ctx), (c) => subjectOf(d.serviceUserId, ctx.agencyCode, c));
}

/**
 * A note is data of its delivery's domain. Without a promise once the request has loaded the
 * delivery and it has its domain (ADR 0051).
 */
export function progressNoteSubject(
  n: ProgressNote,
  ctx: AgencyContext,
): MaybePromise<ConsentSubject> {
  const loaded = ctx.loaders.deliveryByActionId.peek(n.actionId);
  const delivery = loaded !== undefined ? loaded : ctx.loaders.deliveryByActionId.load(n.actionId);
  return thenMaybe(delivery, (d) =>
    thenMaybe(d ? deliveryCategory(d, ctx) : undefined, (c) =>
      subjectOf(n.serviceUserId, ctx.agencyCode, c),
    ),
  );
}
