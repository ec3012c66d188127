import { ModuleSet, buildFederatedSchema, type SubgraphSchema } from '@icp/shared';
import type { CmContext } from './kernel/context';
import { CASE_MANAGEMENT_MODULES } from './modules';

let built: Promise<SubgraphSchema> | undefined;

/**
 * The case-management subgraph schema, with consent enforcement applied. Needs no database, built
 * once per process: it depends on the code alone, and every instance a process runs (tests run
 * several) serves the same one.
 */
export function buildCaseManagementSchema(): Promise<SubgraphSchema> {
  built ??= buildFederatedSchema<CmContext>(new ModuleSet(CASE_MANAGEMENT_MODULES).schemaOptions());
  built.catch(() => (built = undefined));
  return built;
}
