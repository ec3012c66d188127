import type { ConsentSubject } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import type { GapBlock, GapBlockStep } from './gap-block.entity';
import { actingRole } from './gap-block-rules';

/**
 * Whose data a Gaps and Blocks form is, and who holds it. The service user's data, held by the
 * case's lead agency like the rest of the plan, so anyone else reads it under CARE_PLAN_SUMMARY
 * consent.
 *
 * Except: the form is addressed to whoever acts at its current level ("level 3: the form goes to
 * the rehabilitation co-ordinator"), so a caller who may act at that level (gap-block-rules.ts
 * actingRole) is treated as a holder and reads it under their own agency. A rehabilitation
 * co-ordinator thus reads the level-3 forms sent to them without a separate consent, and the
 * national co-ordinator the level-4 ones; once a form moves on, the previous level's actors read
 * it only under consent like anyone else. A resolved form stays with those of its final level.
 */
async function formSubject(g: GapBlock | null, ctx: CmContext): Promise<ConsentSubject> {
  if (!g) return { serviceUserId: null, holderAgencyCode: null };
  // Loaded for every record, even an addressed one, so that all records of a list settle in the
  // same tick and their protected fields (steps) still batch into one query.
  const c = await ctx.loaders.caseById.load(g.caseId);
  const holderAgencyCode = actingRole(ctx.identity, g)
    ? ctx.identity.agencyCode
    : (c?.leadAgencyCode ?? null);
  return { serviceUserId: g.serviceUserId, holderAgencyCode };
}

export function gapBlockSubject(g: GapBlock, ctx: CmContext): Promise<ConsentSubject> {
  return formSubject(g, ctx);
}

/** A step is part of its form: the form's current level decides, not the step's. */
export async function gapBlockStepSubject(
  s: GapBlockStep,
  ctx: CmContext,
): Promise<ConsentSubject> {
  return formSubject(await ctx.loaders.gapBlockById.load(s.gapBlockId), ctx);
}
