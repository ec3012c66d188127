import { ModuleSet, buildFederatedSchema, type SubgraphSchema } from '@icp/shared';
import type { AgencyContext, AgencyModule } from './kernel/context';
import { AGENCY_MODULES } from './modules';

let built: Promise<SubgraphSchema> | undefined;

/**
 * The agency subgraph schema: the same for every agency instance. Needs no database, built
 * once per process: it depends on the code alone, and every instance a process runs (tests run
 * several) serves the same one.
 */
export function buildAgencySchema(
  modules: readonly AgencyModule[] = AGENCY_MODULES,
): Promise<SubgraphSchema> {
  // Another list of modules is another release of the subgraph (ADR 0040): built for itself.
  if (modules !== AGENCY_MODULES)
    return buildFederatedSchema<AgencyContext>(new ModuleSet(modules).schemaOptions());
  built ??= buildFederatedSchema<AgencyContext>(new ModuleSet(AGENCY_MODULES).schemaOptions());
  built.catch(() => (built = undefined));
  return built;
}
