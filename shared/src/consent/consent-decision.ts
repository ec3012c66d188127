import type { ConsentCategory } from './consent-category';

/** What one reading agency may see of one service user, and the consents that allow it. */
export interface ConsentDecision {
  serviceUserId: string;
  /** Category → ids of the active consents that grant it. Absent category = denied. */
  grants: ReadonlyMap<ConsentCategory, readonly string[]>;
}

/** Answers consent decisions for many service users at once, for one reading agency and time. */
export interface ConsentDecider {
  decide(
    readerAgencyCode: string,
    serviceUserIds: readonly string[],
    at: Date,
  ): Promise<ConsentDecision[]>;
}

export const denyAll = (serviceUserId: string): ConsentDecision => ({
  serviceUserId,
  grants: new Map(),
});

/** Wire form of a decision, as case-management's decision endpoint returns it. */
export interface ConsentDecisionDto {
  serviceUserId: string;
  grants: { category: ConsentCategory; consentIds: string[] }[];
}

export function toDto(d: ConsentDecision): ConsentDecisionDto {
  return {
    serviceUserId: d.serviceUserId,
    grants: [...d.grants].map(([category, consentIds]) => ({
      category,
      consentIds: [...consentIds],
    })),
  };
}

export function fromDto(d: ConsentDecisionDto): ConsentDecision {
  return {
    serviceUserId: d.serviceUserId,
    grants: new Map(d.grants.map((g) => [g.category, g.consentIds])),
  };
}
