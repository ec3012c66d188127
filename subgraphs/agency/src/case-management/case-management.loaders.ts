import { isUuid, loaderByKey, type AssignedActionDto, type OnBehalfOf } from '@icp/shared';
import type { CaseManagementClient } from './case-management-client';

/** Plan actions assigned to this agency, asked of case-management in one call per batch. */
export function assignedActionLoader(cm: CaseManagementClient, behalf: OnBehalfOf) {
  return loaderByKey<string, AssignedActionDto>(
    (ids) => cm.assignedActions(behalf, ids.filter(isUuid)),
    (r) => r.id,
  );
}
