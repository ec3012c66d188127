import { ModuleSet, buildFederatedSchema, type SubgraphSchema } from '@icp/shared';
import type { CmContext } from './kernel/context';
import { CASE_MANAGEMENT_MODULES } from './modules';

/** The case-management subgraph schema, with consent enforcement applied. Needs no database. */
export function buildCaseManagementSchema(): Promise<SubgraphSchema> {
  return buildFederatedSchema<CmContext>(new ModuleSet(CASE_MANAGEMENT_MODULES).schemaOptions());
}
