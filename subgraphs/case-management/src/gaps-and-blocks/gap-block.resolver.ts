import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { consent } from '@icp/shared';
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

const SUMMARY = consent('CARE_PLAN_SUMMARY');

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
      'Raises a Gaps and Blocks form at level 1: another service is persistently not engaging with the plan.',
  })
  async raiseGapBlock(
    @Arg('input', () => RaiseGapBlockInput) input: RaiseGapBlockInput,
    @Ctx() ctx: CmContext,
  ): Promise<GapBlock> {
    return fresh(ctx, await ctx.services.gapsAndBlocks.raise(ctx.identity, input));
  }

  @Mutation(() => GapBlock, {
    description:
      'Escalates to the next level (1 colleagues, 2 supervisor, 3 rehabilitation co-ordinator, 4 national), recording the outcome at the current one.',
  })
  async escalateGapBlock(
    @Arg('input', () => EscalateGapBlockInput) input: EscalateGapBlockInput,
    @Ctx() ctx: CmContext,
  ): Promise<GapBlock> {
    return fresh(ctx, await ctx.services.gapsAndBlocks.escalate(ctx.identity, input));
  }

  @Mutation(() => GapBlock, { description: 'Records what was tried at the current level.' })
  async recordGapBlockStep(
    @Arg('input', () => RecordGapBlockStepInput) input: RecordGapBlockStepInput,
    @Ctx() ctx: CmContext,
  ): Promise<GapBlock> {
    return fresh(ctx, await ctx.services.gapsAndBlocks.recordStep(ctx.identity, input));
  }

  @Mutation(() => GapBlock, { description: 'Resolves the gap or block at its current level.' })
  async resolveGapBlock(
    @Arg('input', () => ResolveGapBlockInput) input: ResolveGapBlockInput,
    @Ctx() ctx: CmContext,
  ): Promise<GapBlock> {
    return fresh(ctx, await ctx.services.gapsAndBlocks.resolve(ctx.identity, input));
  }

  @Query(() => GapBlock, { nullable: true })
  gapBlock(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<GapBlock | null> {
    return ctx.loaders.gapBlockById.load(id);
  }

  @Query(() => [GapBlock], {
    description:
      'Open gaps and blocks at minLevel or above across all cases, oldest first: for rehabilitation co-ordinators (level 3 and up) and the national co-ordinator (level 4).',
  })
  async openEscalations(
    @Arg('minLevel', () => Int, { nullable: true, defaultValue: 3 }) minLevel: number | null,
    @Ctx() ctx: CmContext,
  ): Promise<GapBlock[]> {
    const list = await ctx.services.gapsAndBlocks.openEscalations(ctx.identity, minLevel ?? 3);
    return primed(ctx, list);
  }

  @FieldResolver(() => [GapBlockStep], {
    nullable: true,
    description: 'Every step taken, in order: who, in which role, when, with what outcome.',
  })
  @Directive(SUMMARY)
  steps(@Root() g: GapBlock, @Ctx() ctx: CmContext): Promise<GapBlockStep[]> {
    return ctx.loaders.gapBlockStepsByGapBlockId.load(g.id);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The service not engaging.' })
  @Directive(SUMMARY)
  concerningAgency(@Root() g: GapBlock, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: g.concerningAgencyCode }, ctx);
  }

  @FieldResolver(() => Agency, { nullable: true })
  @Directive(SUMMARY)
  raisedByAgency(@Root() g: GapBlock, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: g.raisedByAgencyCode }, ctx);
  }

  @FieldResolver(() => KeyWorkerRef, { nullable: true })
  @Directive(SUMMARY)
  raisedBy(@Root() g: GapBlock): KeyWorkerRef {
    return KeyWorkerRef.of(g.raisedByAgencyCode, g.raisedBy);
  }

  @FieldResolver(() => Case, { nullable: true })
  @Directive(SUMMARY)
  case(@Root() g: GapBlock, @Ctx() ctx: CmContext): Promise<Case | null> {
    return ctx.loaders.caseById.load(g.caseId);
  }
}

@Resolver(() => GapBlockStep)
export class GapBlockStepResolver {
  @FieldResolver(() => KeyWorkerRef, { nullable: true, description: 'Who took the step.' })
  @Directive(SUMMARY)
  by(@Root() s: GapBlockStep): KeyWorkerRef {
    return KeyWorkerRef.of(s.byAgencyCode, s.byUser);
  }

  @FieldResolver(() => Agency, { nullable: true })
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
    description: 'Gaps and Blocks forms raised on this case, oldest first.',
  })
  @Directive(SUMMARY)
  async gapsAndBlocks(@Root() c: Case, @Ctx() ctx: CmContext): Promise<GapBlock[]> {
    return primed(ctx, await ctx.loaders.gapBlocksByCaseId.load(c.id));
  }
}
