import DataLoader from 'dataloader';
import {
  CASE_MANAGER_OF_PATH,
  DomainError,
  MAX_CASE_MANAGER_OF_BATCH,
  isUuid,
  postToCaseManagement,
  type CaseManagerOfResponse,
  type Logger,
  type OnBehalfOf,
  type ServiceCredentials,
} from '@icp/shared';

/**
 * Whether the reader of this request is the case manager of each service user's open case, as
 * case-management knows it (ADR 0029): one call per batch, on the reader's behalf. Fails with
 * SERVICE_UNAVAILABLE when case-management cannot be asked: never guessed either way.
 */
export function caseManagerOfLoader(
  creds: ServiceCredentials,
  behalf: OnBehalfOf,
  logger: Logger,
): DataLoader<string, boolean> {
  return new DataLoader<string, boolean>(
    async (ids) => {
      const asked = ids.filter(isUuid);
      if (asked.length === 0) return ids.map(() => false);
      let answer: CaseManagerOfResponse;
      try {
        answer = await postToCaseManagement<CaseManagerOfResponse>(
          creds,
          CASE_MANAGER_OF_PATH,
          { serviceUserIds: asked },
          behalf,
        );
      } catch (err) {
        logger.error({ err }, 'case-manager-of call to case-management failed');
        throw new DomainError(
          'SERVICE_UNAVAILABLE',
          'Case-management could not confirm who manages the case; try again',
        );
      }
      const managed = new Set(answer.serviceUserIds.map((id) => id.toLowerCase()));
      return ids.map((id) => managed.has(id.toLowerCase()));
    },
    { maxBatchSize: MAX_CASE_MANAGER_OF_BATCH },
  );
}
