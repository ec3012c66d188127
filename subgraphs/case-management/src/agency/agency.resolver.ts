import { Ctx, Query, Resolver } from 'type-graphql';
import type { CmContext } from '../kernel/context';
import { Agency } from './agency.type';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], {
    description:
      'The directory of agencies in the federation, in its configured order: short and fixed by the operator, so not paged.',
  })
  agencies(@Ctx() ctx: CmContext): Agency[] {
    return ctx.services.directory.agencies().map((a) => Agency.from(a));
  }
}

/** Resolves an Agency reference from its code; unknown codes resolve to null. */
export function resolveAgencyReference(ref: { code: string }, ctx: CmContext): Agency | null {
  const entry = ctx.services.directory.agency(ref.code);
  return entry ? Agency.from(entry) : null;
}
