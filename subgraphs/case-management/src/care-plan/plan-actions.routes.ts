import { In } from 'typeorm';
import { PLAN_ACTIONS_PATH, isUuid, type AssignedActionDto, type RouteHandler } from '@icp/shared';
import type { CmServices } from '../kernel/context';
import { parseJson, verifyServiceCaller } from '../kernel/service-auth';
import { PlanAction } from './plan-action.entity';

const MAX_BATCH = 1000;

const isActionBatch = (v: unknown): v is { actionIds: string[] } =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as { actionIds?: unknown }).actionIds) &&
  (v as { actionIds: unknown[] }).actionIds.length <= MAX_BATCH &&
  (v as { actionIds: unknown[] }).actionIds.every((x) => typeof x === 'string');

/** The plan actions an agency instance is responsible for, asked with its service credentials. */
export function planActionRoutes(services: CmServices): Record<string, RouteHandler> {
  return {
    /**
     * The caller's own actions among those asked: an agency learns nothing of others' actions.
     * With the consent epoch the answer was read at, so the agency may keep it for reads
     * (ADR 0047).
     */
    [PLAN_ACTIONS_PATH]: async (req, body) => {
      const caller = await verifyServiceCaller(req, body, services);
      const { actionIds } = parseJson(body, isActionBatch);
      // Read before the query (ADR 0047): a plan change committing meanwhile makes the answer
      // stale at once for the agency's cache, as for consent decisions (ADR 0025).
      const epoch = services.consentEpoch.value;
      const actions = await services.dataSource.getRepository(PlanAction).findBy({
        id: In(actionIds.filter(isUuid)),
        responsibleAgencyCode: caller.callerAgencyCode,
      });
      return {
        actions: actions.map((a): AssignedActionDto => ({
          id: a.id,
          serviceUserId: a.serviceUserId,
          caseId: a.caseId,
          planId: a.planId,
          description: a.description,
          domain: a.domain,
          responsibleAgencyCode: a.responsibleAgencyCode,
          keyWorkerId: a.keyWorkerId,
          dueOn: a.dueOn,
        })),
        epoch,
      };
    },
  };
}
