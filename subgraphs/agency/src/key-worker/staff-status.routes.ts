import {
  HttpError,
  MAX_STAFF_STATUS_BATCH,
  RequestTokenError,
  STAFF_STATUS_PATH,
  bearer,
  importKeyCached,
  verifyCaseManagementCall,
  type RouteHandler,
  type StaffStatusResponseDto,
} from '@icp/shared';
import type { AgencyServices } from '../kernel/context';

const MAX_STAFF_ID_LENGTH = 200;

const isStaffIds = (v: unknown): v is { staffIds: string[] } => {
  const ids = (v as { staffIds?: unknown } | null)?.staffIds;
  return (
    Array.isArray(ids) &&
    ids.length <= MAX_STAFF_STATUS_BATCH &&
    ids.every((x) => typeof x === 'string' && x.length > 0 && x.length <= MAX_STAFF_ID_LENGTH)
  );
};

/**
 * case-management asks, signed with its own key, which of some staff ids are this agency's staff
 * and whether they are active: a plan action may only name an active key worker of its agency,
 * and actions naming a deactivated one go on the case manager's worklist. It learns ids, status
 * and role only: no names or contact details.
 */
export function staffStatusRoutes(s: AgencyServices): Record<string, RouteHandler> {
  return {
    [STAFF_STATUS_PATH]: async (req, body): Promise<StaffStatusResponseDto> => {
      const cmKey = s.directory.current.caseManagement.publicKey;
      try {
        await verifyCaseManagementCall(bearer(req), body, {
          agencyCode: s.agencyCode,
          key: cmKey ? await importKeyCached(cmKey) : undefined,
          replay: s.replay,
        });
      } catch (error) {
        if (!(error instanceof RequestTokenError)) throw error;
        s.logger.warn(
          { reason: error.message },
          'refused a staff question not from case-management',
        );
        throw new HttpError(401, 'UNAUTHENTICATED', 'case-management credentials required');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new HttpError(400, 'BAD_REQUEST', 'Body is not valid JSON');
      }
      if (!isStaffIds(parsed)) throw new HttpError(400, 'BAD_REQUEST', 'Body has the wrong shape');
      return { staff: await s.keyWorkers.statuses(parsed.staffIds) };
    },
  };
}
