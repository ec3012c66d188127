import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionOf, PageArgs, consent, type Page } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { ByIdArgs } from '../kernel/by-id.args';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { Case } from '../case/case.entity';
import { KeyWorkerRef } from '../federation/refs';
import { GapBlock, GapBlockStep } from './gap-block.entity';
import {
  EscalateGapBlockInput,
  RaiseGapBlockInput,
  RecordGapBlockStepInput,
  ResolveGapBlockInput,
} from './gap-block.inputs';
import { underConsent } from '../consent/consent-note';
import { shownRecords } from '../consent/listing';
import { instantKey, keysetPage } from '../kernel/keyset';
import { gapBlockSubject } from './gap-block.subject';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

/** Refusals of every action on a form at its current level. */
const LEVEL_ERRORS =
  'FORBIDDEN (reason NOT_YOUR_LEVEL) unless you act at the form’s current level; NOT_FOUND for an unknown form; INVALID_TRANSITION once resolved; CONFLICT (reason GAP_BLOCK_CHANGED) when it changed meanwhile; BAD_USER_INPUT for an empty or too long text';

@ObjectType('GapBlockConnection', {
  description:
    'A page of Gaps and Blocks forms, in the order of the list it pages; only those you may see. Page on with `after: pageInfo.endCursor`.',
})
export class GapBlockConnection extends ConnectionOf(GapBlock, 'GapBlock', {
  noun: 'Gaps and Blocks form',
}) {}

/** The record a mutation returns is what this request's field resolvers should see. */
function fresh(ctx: CmContext, g: GapBlock): GapBlock {
  ctx.loaders.gapBlockById.clear(g.id).prime(g.id, g);
  return g;
}

/**
 * Records read in a list are primed by id, so the consent subjects of their steps (which look the
 * form up by id) need no second query.
 */
function primed(ctx: CmContext, list: GapBlock[]): GapBlock[] {
  const byId = ctx.loaders.gapBlockById;
  for (const g of list) byId.prime(g.id, g);
  return list;
}

@Resolver(() => GapBlock)
export class GapBlockResolver {
  @Mutation(() => GapBlock, {
    description:
      'Raises a Gaps and Blocks form at level 1: another service is persistently not engaging with the plan. Staff of an agency involved in the case. ' +
      'Errors: FORBIDDEN (reason NOT_STAFF without a staff role, NOT_INVOLVED for an agency not involved); NOT_FOUND for an unknown case; CONFLICT (reason CASE_CLOSED) on a closed case; BAD_USER_INPUT for an agency not in the directory, your own agency, or an empty text.',
  })
  async raiseGapBlock(
    @Arg('input', () => RaiseGapBlockInput, { description: 'The form to raise.' })
    input: RaiseGapBlockInput,
    @Ctx() ctx: CmContext,
  ): Promise<GapBlock> {
    return fresh(ctx, await ctx.services.gapsAndBlocks.raise(ctx.identity, input));
  }

  @Mutation(() => GapBlock, {
    description:
      'Escalates to the next level (1 colleagues, 2 supervisor, 3 rehabilitation co-ordinator, 4 national), recording the outcome at the current one. ' +
      `Errors: ${LEVEL_ERRORS}; INVALID_TRANSITION at level 4.`,
  })
  async escalateGapBlock(
    @Arg('input', () => EscalateGapBlockInput, {
      description: 'The form and the outcome at its current level.',
    })
    input: EscalateGapBlockInput,
    @Ctx() ctx: CmContext,
  ): Promise<GapBlock> {
    return fresh(ctx, await ctx.services.gapsAndBlocks.escalate(ctx.identity, input));
  }

  @Mutation(() => GapBlock, {
    description: `Records what was tried at the current level. Errors: ${LEVEL_ERRORS}.`,
  })
  async recordGapBlockStep(
    @Arg('input', () => RecordGapBlockStepInput, { description: 'The form and what was tried.' })
    input: RecordGapBlockStepInput,
    @Ctx() ctx: CmContext,
  ): Promise<GapBlock> {
    return fresh(ctx, await ctx.services.gapsAndBlocks.recordStep(ctx.identity, input));
  }

  @Mutation(() => GapBlock, {
    description: `Resolves the gap or block at its current level. Errors: ${LEVEL_ERRORS}.`,
  })
  async resolveGapBlock(
    @Arg('input', () => ResolveGapBlockInput, { description: 'The form and its resolution.' })
    input: ResolveGapBlockInput,
    @Ctx() ctx: CmContext,
  ): Promise<GapBlock> {
    return fresh(ctx, await ctx.services.gapsAndBlocks.resolve(ctx.identity, input));
  }

  @Query(() => GapBlock, {
    nullable: true,
    description:
      'A Gaps and Blocks form by id; null when it does not exist or you may see nothing of it (never an error); BAD_USER_INPUT for a malformed id.',
  })
  gapBlock(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<GapBlock | null> {
    return ctx.loaders.gapBlockById.load(id);
  }

  @Query(() => GapBlockConnection, {
    description:
      'Open gaps and blocks at minLevel or above across all cases, oldest first, a page at a time: for rehabilitation co-ordinators (level 3 and up) and the national co-ordinator (level 4). ' +
      'Errors: FORBIDDEN (reason NOT_COORDINATOR) without a co-ordinator role, or below the level your role acts at; BAD_USER_INPUT for minLevel outside 1 to 4.',
  })
  openEscalations(
    @Arg('minLevel', () => Int, {
      nullable: true,
      defaultValue: 3,
      description: 'The lowest level to list, 1 to 4 (default 3).',
    })
    minLevel: number | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<GapBlock>> {
    return keysetPage(page, {
      parts: 2,
      keyOf: (g) => instantKey(g.raisedAt, g.id),
      fetch: (after, limit) =>
        ctx.services.gapsAndBlocks.openEscalations(ctx.identity, minLevel ?? 3, after, limit),
      shown: (rows) => shownRecords(primed(ctx, rows), 'GapBlock', gapBlockSubject, ctx),
    });
  }

  @FieldResolver(() => [GapBlockStep], {
    nullable: true,
    description: S('Every step taken, in order: who, in which role, when, with what outcome.'),
  })
  @Directive(SUMMARY)
  steps(@Root() g: GapBlock, @Ctx() ctx: CmContext): Promise<GapBlockStep[]> {
    return ctx.loaders.gapBlockStepsByGapBlockId.load(g.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: S('The service not engaging.') })
  @Directive(SUMMARY)
  concerningAgency(@Root() g: GapBlock, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: g.concerningAgencyCode }, ctx);
  }

  @FieldResolver(() => Agency, { nullable: true, description: S('The agency that raised it.') })
  @Directive(SUMMARY)
  raisedByAgency(@Root() g: GapBlock, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: g.raisedByAgencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true, description: S('Who raised it.') })
  @Directive(SUMMARY)
  raisedBy(@Root() g: GapBlock): KeyWorkerRef {
    return KeyWorkerRef.of(g.raisedByAgencyCode, g.raisedBy);
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: S('The case it was raised on (its own fields under consent).'),
  })
  @Directive(SUMMARY)
  case(@Root() g: GapBlock, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(g.caseId);
  }
}

@Resolver(() => GapBlockStep)
export class GapBlockStepResolver {
  @FieldResolver(() => KeyWorkerRef, { nullable: true, description: S('Who took the step.') })
  @Directive(SUMMARY)
  by(@Root() s: GapBlockStep): KeyWorkerRef {
    return KeyWorkerRef.of(s.byAgencyCode, s.byUser);
  }

  @FieldResolver(() => Agency, { nullable: true, description: S('Their agency.') })
  @Directive(SUMMARY)
  byAgency(@Root() s: GapBlockStep, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: s.byAgencyCode }, ctx);
  }
}

/** Case.gapsAndBlocks lives with the feature, so the case folder does not depend on it. */
@Resolver(() => Case)
export class CaseGapsAndBlocksResolver {
  @FieldResolver(() => [GapBlock], {
    nullable: true,
    description: S('Gaps and Blocks forms raised on this case, oldest first.'),
  })
  @Directive(SUMMARY)
  async gapsAndBlocks(@Root() c: Case, @Ctx() ctx: CmContext): Promise<GapBlock[]> {
    return primed(ctx, await ctx.loaders.gapBlocksByCaseId.load(c.id));
  }
}
