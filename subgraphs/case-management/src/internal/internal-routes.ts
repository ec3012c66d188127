import { In } from 'typeorm';
import {
  CONSENT_DECISIONS_PATH,
  PLAN_ACTIONS_PATH,
  isUuid,
  toDto,
  type AssignedActionDto,
  type RouteHandler,
} from '@icp/shared';
import type { CmServices } from '../context';
import { PlanAction } from '../care-plan/plan-action.entity';
import { parseJson, verifyServiceCaller } from './service-auth';

const MAX_BATCH = 1000;

const isIdBatch = (v: unknown): v is { serviceUserIds: string[] } =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as { serviceUserIds?: unknown }).serviceUserIds) &&
  (v as { serviceUserIds: unknown[] }).serviceUserIds.length <= MAX_BATCH &&
  (v as { serviceUserIds: unknown[] }).serviceUserIds.every((x) => typeof x === 'string');

const isActionBatch = (v: unknown): v is { actionIds: string[] } =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as { actionIds?: unknown }).actionIds) &&
  (v as { actionIds: unknown[] }).actionIds.length <= MAX_BATCH &&
  (v as { actionIds: unknown[] }).actionIds.every((x) => typeof x === 'string');

/** Endpoints for agency instances, authenticated with their service credentials. */
export function internalRoutes(services: CmServices): Record<string, RouteHandler> {
  return {
    /** Consent decisions for the reader named in the signed token, decided now. */
    [CONSENT_DECISIONS_PATH]: async (req, body) => {
      const caller = await verifyServiceCaller(req, body, services.directory);
      const { serviceUserIds } = parseJson(body, isIdBatch);
      const decisions = await services.decider.decide(
        { agencyCode: caller.identity.agencyCode, userId: caller.identity.userId },
        serviceUserIds,
        new Date(),
      );
      return { decisions: decisions.map(toDto) };
    },
    /** The caller's own actions among those asked: an agency learns nothing of others' actions. */
    [PLAN_ACTIONS_PATH]: async (req, body) => {
      const caller = await verifyServiceCaller(req, body, services.directory);
      const { actionIds } = parseJson(body, isActionBatch);
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
      };
    },
  };
}
