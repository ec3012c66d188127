import {
  CASE_MANAGER_OF_PATH,
  MAX_CASE_MANAGER_OF_BATCH,
  isUuid,
  type CaseManagerOfRequest,
  type CaseManagerOfResponse,
  type RouteHandler,
} from '@icp/shared';
import type { CmServices } from '../kernel/context';
import { parseJson, verifyServiceCaller } from '../kernel/service-auth';
import { isCaseManagerOf } from '../case/case-access';
import { openCaseByServiceUserIdLoader } from '../case/case.loaders';

const isIdBatch = (v: unknown): v is CaseManagerOfRequest =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as { serviceUserIds?: unknown }).serviceUserIds) &&
  (v as { serviceUserIds: unknown[] }).serviceUserIds.length <= MAX_CASE_MANAGER_OF_BATCH &&
  (v as { serviceUserIds: unknown[] }).serviceUserIds.every((x) => typeof x === 'string');

/**
 * For an agency instance serving "who saw my data" (ADR 0029): which of the service users asked
 * the reader — as the gateway vouched for them, never as the agency says — is the case manager
 * of, on the open case. Only the reader's own cases are answered, so the caller learns nothing
 * about who manages anyone else.
 */
export function caseManagerOfRoutes(services: CmServices): Record<string, RouteHandler> {
  return {
    [CASE_MANAGER_OF_PATH]: async (req, body): Promise<CaseManagerOfResponse> => {
      const caller = await verifyServiceCaller(req, body, services);
      const { serviceUserIds } = parseJson(body, isIdBatch);
      const ids = [...new Set(serviceUserIds.filter(isUuid).map((id) => id.toLowerCase()))];
      if (ids.length === 0) return { serviceUserIds: [] };
      const open = await openCaseByServiceUserIdLoader(services.dataSource).loadMany(ids);
      return {
        serviceUserIds: ids.filter((_, i) => {
          const c = open[i];
          return !!c && !(c instanceof Error) && isCaseManagerOf(caller.identity, c);
        }),
      };
    },
  };
}
