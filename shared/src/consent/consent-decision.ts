import type { ConsentCategory } from './consent-category';
import { purposeCovers, type ConsentPurpose, type PurposeOfUse } from './consent-purpose';

/** An emergency ("break-glass") access that lets one named user read beyond consent, for a while. */
export interface EmergencyGrant {
  /** The emergency access's id: cited instead of a consent id in the audit. */
  id: string;
  until: Date;
}

/** What one reading agency may see of one service user, and the consents that allow it. */
export interface ConsentDecision {
  serviceUserId: string;
  /**
   * Category → ids of the consents in force that grant it. Absent category = denied. A decider
   * leaves out what `denials` names; whoever reads a decision still honours `denials` first.
   */
  grants: ReadonlyMap<ConsentCategory, readonly string[]>;
  /**
   * Category → ids of the consents whose deny provisions (exceptions) refuse it to this reader
   * now (ADR 0028). A deny wins over every permit, whatever consent and purpose it comes from.
   * Absent or empty: nothing is denied beyond what is not granted.
   */
  denials?: ReadonlyMap<ConsentCategory, readonly string[]>;
  /** Consent id → its purpose. A consent missing here counts as CARE_COORDINATION. */
  purposes?: ReadonlyMap<string, ConsentPurpose>;
  /** An emergency access of the reading user, in force now: every category, audited as such. */
  emergency?: EmergencyGrant | null;
  /**
   * When the decision stops holding by itself: the earliest end (`validUntil`) of the consents it
   * cites, or of its emergency access. null or absent: nothing in it ends on a date.
   */
  expiresAt?: Date | null;
  /** case-management's consent epoch when the decision was made (ADR 0025), if it said. */
  epoch?: number;
  /**
   * The reader is this service user themself, signed in with a token of the agency leading their
   * open case, as case-management found when deciding (ADR 0049): they read their own records,
   * basis SUBJECT. Absent or false for every other reader and person, and from older servers.
   */
  subject?: boolean;
}

/** Who reads: the agency, and the user (break-glass access is personal). */
export interface ConsentReader {
  agencyCode: string;
  /** null: decide for the agency alone, never counting a user's emergency access. */
  userId: string | null;
  /**
   * For a SERVICE_USER reader (ADR 0049), the one person they are: the decision about that person
   * says whether they read as their own subject. Absent for staff.
   */
  serviceUserId?: string;
}

/** The reader a request's identity decides as: its agency, user and, for a service user, who. */
export function readerOf(identity: {
  agencyCode: string;
  userId: string;
  roles: readonly string[];
  serviceUserId?: string;
}): ConsentReader {
  return {
    agencyCode: identity.agencyCode,
    userId: identity.userId,
    ...(identity.roles.includes('SERVICE_USER')
      ? { serviceUserId: identity.serviceUserId?.toLowerCase() ?? '' }
      : {}),
  };
}

/** Answers consent decisions for many service users at once, for one reader and time. */
export interface ConsentDecider {
  decide(
    reader: ConsentReader,
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
  /** Categories refused by deny provisions, with the consents refusing them; absent from older servers. */
  denials?: { category: ConsentCategory; consentIds: string[] }[];
  /** consent id → purpose; absent from older servers (then every consent counts as coordination). */
  purposes?: Record<string, ConsentPurpose>;
  emergency?: { id: string; until: string } | null;
  /** Earliest end of what the decision relies on; absent from older servers. */
  expiresAt?: string | null;
  /** The reader is this service user themself (ADR 0049); absent from older servers. */
  subject?: boolean;
}

export function toDto(d: ConsentDecision): ConsentDecisionDto {
  return {
    serviceUserId: d.serviceUserId,
    grants: [...d.grants].map(([category, consentIds]) => ({
      category,
      consentIds: [...consentIds],
    })),
    denials: [...(d.denials ?? [])].map(([category, consentIds]) => ({
      category,
      consentIds: [...consentIds],
    })),
    purposes: Object.fromEntries(d.purposes ?? []),
    emergency: d.emergency ? { id: d.emergency.id, until: d.emergency.until.toISOString() } : null,
    expiresAt: d.expiresAt ? d.expiresAt.toISOString() : null,
    ...(d.subject ? { subject: true } : {}),
  };
}

/**
 * A decision as an agency receives it. A category the answer denies is dropped from its grants
 * here too, so no reader of the decision can rely on a permit that a deny overrides.
 */
export function fromDto(d: ConsentDecisionDto): ConsentDecision {
  const denials = new Map((d.denials ?? []).map((x) => [x.category, x.consentIds]));
  return {
    serviceUserId: d.serviceUserId,
    grants: new Map(
      d.grants.filter((g) => !denials.has(g.category)).map((g) => [g.category, g.consentIds]),
    ),
    denials,
    purposes: new Map(Object.entries(d.purposes ?? {})),
    emergency: d.emergency ? { id: d.emergency.id, until: new Date(d.emergency.until) } : null,
    expiresAt: d.expiresAt ? new Date(d.expiresAt) : null,
    ...(d.subject === true ? { subject: true } : {}),
  };
}

/**
 * The categories a decision grants for one purpose of use, with the consents that grant each. A
 * category the decision denies (a deny provision in force) is never granted, for any use.
 */
export function grantsFor(
  d: ConsentDecision,
  use: PurposeOfUse,
): Map<ConsentCategory, readonly string[]> {
  const out = new Map<ConsentCategory, readonly string[]>();
  for (const [category, ids] of d.grants) {
    if (d.denials?.has(category)) continue;
    const covering = ids.filter((id) =>
      purposeCovers(d.purposes?.get(id) ?? 'CARE_COORDINATION', use),
    );
    if (covering.length > 0) out.set(category, covering);
  }
  return out;
}
