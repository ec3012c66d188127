import { ModuleSet, buildFederatedSchema, type SubgraphSchema } from '@icp/shared';
import type { AgencyContext } from './kernel/context';
import { AGENCY_MODULES } from './modules';

/** The agency subgraph schema: the same for every agency instance. Needs no database. */
export function buildAgencySchema(): Promise<SubgraphSchema> {
  return buildFederatedSchema<AgencyContext>(new ModuleSet(AGENCY_MODULES).schemaOptions());
}
