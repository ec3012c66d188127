import type { Identity } from '../identity/identity';
import { postToCaseManagement, type ServiceCredentials } from '../internal-api/signed-post';
import {
  fromDto,
  type ConsentDecider,
  type ConsentDecision,
  type ConsentDecisionDto,
} from './consent-decision';

/** Path of case-management's internal decision endpoint. */
export const CONSENT_DECISIONS_PATH = '/internal/consent-decisions';

/**
 * Asks case-management for consent decisions, authenticated with the agency's service
 * credentials. Any failure throws; ConsentGuard turns that into deny.
 */
export class RemoteConsentDecider implements ConsentDecider {
  /** @param identity the request on whose behalf decisions are asked; its agency is the reader */
  constructor(
    private readonly creds: ServiceCredentials,
    private readonly identity: Identity,
  ) {}

  async decide(
    _reader: string,
    serviceUserIds: readonly string[],
    at: Date,
  ): Promise<ConsentDecision[]> {
    // The reader is not sent in the body: case-management takes it from the signed token.
    const json = await postToCaseManagement<{ decisions: ConsentDecisionDto[] }>(
      { timeoutMs: 2000, ...this.creds },
      CONSENT_DECISIONS_PATH,
      { serviceUserIds, at: at.toISOString() },
      this.identity,
    );
    return json.decisions.map(fromDto);
  }
}
