import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AgencyContext } from '../kernel/context';
import { KeyWorker } from './key-worker.entity';

@Resolver(() => KeyWorker)
export class KeyWorkerResolver {
  @Query(() => [KeyWorker], { description: "Your agency's staff." })
  keyWorkers(@Ctx() ctx: AgencyContext): Promise<KeyWorker[]> {
    return ctx.services.keyWorkers.list();
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
