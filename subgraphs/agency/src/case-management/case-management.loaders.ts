import { isUuid, loaderByKey, type AssignedActionDto, type OnBehalfOf } from '@icp/shared';
import type { AssignedActionCache } from './assigned-action-cache';
import type { CaseManagementClient } from './case-management-client';

/** Plan actions assigned to this agency, asked of case-management in one call per batch. */
export function assignedActionLoader(cm: CaseManagementClient, behalf: OnBehalfOf) {
  return loaderByKey<string, AssignedActionDto>(
    async (ids) => (await cm.assignedActions(behalf, ids.filter(isUuid))).actions,
    (r) => r.id,
  );
}

/**
 * The same, for reads: confirmations the instance already has for this request's consent epoch
 * and fresh enough (AssignedActionCache, ADR 0047) are used, a call another request has under way
 * for them is shared, and the rest are asked in one call.
 */
export function cachedAssignedActionLoader(
  cm: CaseManagementClient,
  behalf: OnBehalfOf,
  cache: AssignedActionCache,
) {
  return loaderByKey<string, AssignedActionDto>(
    async (ids) => {
      const epoch = behalf.identity.consentEpoch;
      const found: AssignedActionDto[] = [];
      const shared: Promise<AssignedActionDto | null>[] = [];
      const missing: string[] = [];
      for (const id of ids) {
        if (!isUuid(id)) continue;
        const hit = cache.get(id, epoch);
        if (hit) found.push(hit);
        if (hit !== undefined) continue;
        const pending = cache.pending(id, epoch);
        if (pending) shared.push(pending);
        else missing.push(id);
      }
      if (missing.length > 0) {
        const fetchedAt = Date.now();
        const call = cm.assignedActions(behalf, missing);
        cache.track(missing, epoch, call);
        const answer = await call;
        cache.put(missing, answer.actions, answer.epoch, fetchedAt);
        found.push(...answer.actions);
      }
      for (const action of await Promise.all(shared)) if (action) found.push(action);
      return found;
    },
    (r) => r.id,
  );
}
