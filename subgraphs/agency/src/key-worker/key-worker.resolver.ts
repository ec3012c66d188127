import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AgencyContext } from '../context';
import { KeyWorker } from './key-worker.entity';

@Resolver(() => KeyWorker)
export class KeyWorkerResolver {
  @Query(() => [KeyWorker], { description: "Your agency's staff." })
  async keyWorkers(@Ctx() ctx: AgencyContext): Promise<KeyWorker[]> {
    const rows = await ctx.services.dataSource
      .getRepository(KeyWorker)
      .find({ order: { name: 'ASC' } });
    return rows.map((k) => Object.assign(k, { agencyCode: ctx.agencyCode }));
  }

  @FieldResolver(() => KeyWorker, { nullable: true })
  supervisor(@Root() k: KeyWorker, @Ctx() ctx: AgencyContext): Promise<KeyWorker | null> | null {
    return k.supervisorId ? ctx.loaders.keyWorkerById.load(k.supervisorId) : null;
  }
}

export function resolveKeyWorkerReference(
  ref: { agencyCode: string; id: string },
  ctx: AgencyContext,
) {
  return ref.agencyCode === ctx.agencyCode ? ctx.loaders.keyWorkerById.load(ref.id) : null;
}
