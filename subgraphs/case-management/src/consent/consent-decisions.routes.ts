import { CONSENT_DECISIONS_PATH, readerOf, toDto, type RouteHandler } from '@icp/shared';
import type { CmServices } from '../kernel/context';
import { parseJson, verifyServiceCaller } from '../kernel/service-auth';

const MAX_BATCH = 1000;

const isIdBatch = (v: unknown): v is { serviceUserIds: string[] } =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as { serviceUserIds?: unknown }).serviceUserIds) &&
  (v as { serviceUserIds: unknown[] }).serviceUserIds.length <= MAX_BATCH &&
  (v as { serviceUserIds: unknown[] }).serviceUserIds.every((x) => typeof x === 'string');

/** Consent decisions for agency instances, authenticated with their service credentials. */
export function consentDecisionRoutes(services: CmServices): Record<string, RouteHandler> {
  return {
    /**
     * Consent decisions for the reader named in the signed token, decided now, with the consent
     * epoch they were decided at (ADR 0025) and each one's earliest end, so the agency may keep
     * them until either says they are stale.
     */
    [CONSENT_DECISIONS_PATH]: async (req, body) => {
      const caller = await verifyServiceCaller(req, body, services);
      const { serviceUserIds } = parseJson(body, isIdBatch);
      // Read before deciding: a change committing meanwhile makes these decisions stale at once.
      const epoch = services.consentEpoch.value;
      // A service user's reads are decided as theirs (ADR 0049): the token binds them to one person.
      const decisions = await services.decider.decide(
        readerOf(caller.identity),
        serviceUserIds,
        new Date(),
      );
      return { decisions: decisions.map(toDto), epoch };
    },
  };
}
