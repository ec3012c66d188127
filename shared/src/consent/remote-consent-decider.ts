import {
  postToCaseManagement,
  type OnBehalfOf,
  type ServiceCredentials,
} from '../internal-api/signed-post';
import {
  fromDto,
  type ConsentDecider,
  type ConsentDecision,
  type ConsentReader,
  type ConsentDecisionDto,
} from './consent-decision';

/** Path of case-management's internal decision endpoint. */
export const CONSENT_DECISIONS_PATH = '/internal/consent-decisions';

/** Most service users in one decision call; larger batches are split. */
export const MAX_DECISION_BATCH = 1000;

/**
 * Asks case-management for consent decisions, authenticated with the agency's service
 * credentials. Any failure throws; ConsentGuard turns that into deny.
 */
export class RemoteConsentDecider implements ConsentDecider {
  /** @param behalf the request on whose behalf decisions are asked; its agency is the reader */
  constructor(
    private readonly creds: ServiceCredentials,
    private readonly behalf: OnBehalfOf,
  ) {}

  /**
   * The reader is not sent in the body: case-management takes it from the gateway's token, and
   * decides at its own clock (the moment of disclosure), not at a time the caller names.
   */
  async decide(
    _reader: ConsentReader,
    serviceUserIds: readonly string[],
  ): Promise<ConsentDecision[]> {
    const batches: string[][] = [];
    for (let i = 0; i < serviceUserIds.length; i += MAX_DECISION_BATCH) {
      batches.push(serviceUserIds.slice(i, i + MAX_DECISION_BATCH));
    }
    const answers = await Promise.all(
      batches.map((ids) =>
        postToCaseManagement<{ decisions: ConsentDecisionDto[]; epoch?: number }>(
          { timeoutMs: 2000, ...this.creds },
          CONSENT_DECISIONS_PATH,
          { serviceUserIds: ids },
          this.behalf,
        ),
      ),
    );
    return answers.flatMap((a) =>
      a.decisions.map((d) => ({
        ...fromDto(d),
        ...(Number.isSafeInteger(a.epoch) ? { epoch: a.epoch } : {}),
      })),
    );
  }
}
