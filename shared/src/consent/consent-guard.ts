import DataLoader from 'dataloader';
import type { Identity } from '../identity/identity';
import type { ConsentCategory } from './consent-category';
import { denyAll, grantsFor, type ConsentDecider, type ConsentDecision } from './consent-decision';
import type { PurposeOfUse } from './consent-purpose';

/** Whose data a record is, and which agency holds it. */
export interface ConsentSubject {
  /** null when the record is about no known service user: then only the holder reads it. */
  serviceUserId: string | null;
  /** The agency that holds the record; it always reads its own records. */
  holderAgencyCode: string | null;
  /** The record's own category, for fields tagged `@consent` without one. */
  category?: ConsentCategory;
}

/**
 * Why a read was allowed: the reader holds the record, the service user consented, or a named
 * user opened emergency (break-glass) access.
 */
export type DisclosureBasis = 'HOLDER' | 'CONSENT' | 'BREAK_GLASS';

/** One disclosure of a protected field, kept for the audit trail. */
export interface Disclosure {
  serviceUserId: string | null;
  /** null for an uncategorised record, which only its holder reads. */
  category: ConsentCategory | null;
  field: string;
  basis: DisclosureBasis;
  /** The consents relied on; for BREAK_GLASS, the emergency access's id. */
  consentIds: readonly string[];
}

export type ConsentVerdict =
  | { allowed: true; basis: DisclosureBasis; consentIds: readonly string[] }
  | { allowed: false; reason?: 'CONSENT_SERVICE_UNAVAILABLE' };

const HOLDER: ConsentVerdict = { allowed: true, basis: 'HOLDER', consentIds: [] };

/**
 * Per-request consent enforcement state: one batched decision query per request (DataLoader),
 * default deny when the decider fails, and the list of what was disclosed.
 */
export class ConsentGuard {
  readonly disclosures: Disclosure[] = [];
  private readonly loader: DataLoader<string, ConsentDecision>;
  private readonly at = new Date();
  private unavailable = false;
  /** Decisions already answered for this request: later fields decide without awaiting. */
  private readonly decided = new Map<string, ConsentDecision>();

  constructor(
    readonly identity: Identity,
    decider: ConsentDecider,
    private readonly onDeciderError: (error: unknown) => void = () => {},
  ) {
    this.loader = new DataLoader<string, ConsentDecision>(async (ids) => {
      try {
        const decisions = await decider.decide(
          { agencyCode: identity.agencyCode, userId: identity.userId },
          ids,
          this.at,
        );
        const byId = new Map(decisions.map((d) => [d.serviceUserId, d]));
        return ids.map((id) => {
          const d = byId.get(id) ?? denyAll(id);
          this.decided.set(id, d);
          return d;
        });
      } catch (error) {
        // Unreachable or failing consent service: deny, never guess.
        this.unavailable = true;
        this.onDeciderError(error);
        return ids.map(denyAll);
      }
    });
  }

  /**
   * Decides whether the caller may read `category` of `subject` for `use`. A record with no
   * category is for its holder alone. A consent counts only when its purpose covers the use; a
   * user's emergency access covers every category and use. Does not record anything.
   */
  async verdict(
    subject: ConsentSubject,
    category: ConsentCategory | null,
    use: PurposeOfUse = 'CARE_COORDINATION',
  ): Promise<ConsentVerdict> {
    const now = this.verdictNow(subject, category, use);
    if (now) return now;
    return this.judge(await this.loader.load(subject.serviceUserId!), category!, use);
  }

  /**
   * The verdict without waiting, when it is already known: the reader holds the record, the rule
   * denies without a decision, or this request already has the service user's decision. Else
   * undefined (then `verdict` asks, batched).
   */
  verdictNow(
    subject: ConsentSubject,
    category: ConsentCategory | null,
    use: PurposeOfUse = 'CARE_COORDINATION',
  ): ConsentVerdict | undefined {
    if (
      subject.holderAgencyCode !== null &&
      subject.holderAgencyCode === this.identity.agencyCode
    ) {
      return HOLDER;
    }
    if (!subject.serviceUserId || !category) return { allowed: false };
    const decision = this.decided.get(subject.serviceUserId);
    return decision ? this.judge(decision, category, use) : undefined;
  }

  private judge(
    decision: ConsentDecision,
    category: ConsentCategory,
    use: PurposeOfUse,
  ): ConsentVerdict {
    const consentIds = grantsFor(decision, use).get(category);
    if (consentIds) return { allowed: true, basis: 'CONSENT', consentIds };
    if (decision.emergency) {
      return { allowed: true, basis: 'BREAK_GLASS', consentIds: [decision.emergency.id] };
    }
    return this.unavailable
      ? { allowed: false, reason: 'CONSENT_SERVICE_UNAVAILABLE' }
      : { allowed: false };
  }

  /** Pre-loads decisions for many service users in the same batch. */
  prime(serviceUserIds: readonly string[]): void {
    for (const id of serviceUserIds) void this.loader.load(id);
  }

  record(d: Disclosure): void {
    this.disclosures.push(d);
  }
}

/** The part of every subgraph's context that consent enforcement needs. */
export interface ConsentContext {
  identity: Identity;
  consent: ConsentGuard;
}
