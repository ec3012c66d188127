import DataLoader from 'dataloader';
import type { Identity } from '../identity/identity';
import type { ConsentCategory } from './consent-category';
import {
  denyAll,
  grantsFor,
  readerOf,
  type ConsentDecider,
  type ConsentDecision,
} from './consent-decision';
import { subjectReaderOf } from '../identity/service-user-binding';
import type { PurposeOfUse, ReadForSubject } from './consent-purpose';
import { countConsentDecision } from '../telemetry/metrics';

/** Whose data a record is, which agency holds it, and how the reader stands to it. */
export interface ConsentSubject extends ReadForSubject {
  /** null when the record is about no known service user: then only the holder reads it. */
  serviceUserId: string | null;
  /** The agency that holds the record; it always reads its own records. */
  holderAgencyCode: string | null;
  /** The record's own category, for fields tagged `@consent` without one. */
  category?: ConsentCategory;
  /**
   * Only the holder reads it: no consent and no emergency access opens it (the consent register,
   * whose very existence tells which services a person uses).
   */
  holderOnly?: boolean;
  /**
   * Set (by the subject resolver, which checks it) on a record that is the person's own right of
   * access — who saw their data — when the reader is the case manager of the person's open case:
   * they read it for the person, whatever the consents (basis CASE_MANAGER, ADR 0029).
   */
  readerIsCaseManager?: boolean;
}

/**
 * Why a read was allowed: the reader holds the record, the service user consented, a named
 * user opened emergency (break-glass) access, the reader is the person's case manager reading
 * who saw their data for them, or the reader is the person themself (SUBJECT, ADR 0049: a
 * SERVICE_USER reading their own records, HL7 purpose of use PATRQT).
 */
export type DisclosureBasis = 'HOLDER' | 'CONSENT' | 'BREAK_GLASS' | 'CASE_MANAGER' | 'SUBJECT';

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

/**
 * Counts a verdict as it is given (icp_consent_decisions_total, ADR 0038): each verdict once,
 * labelled by its basis or reason and the category, never by whose data it is.
 */
function counted(v: ConsentVerdict, category: ConsentCategory | null): ConsentVerdict {
  countConsentDecision(
    v.allowed,
    v.allowed ? v.basis : (v.reason ?? 'NO_CONSENT'),
    category ?? 'NONE',
  );
  return v;
}

const HOLDER: ConsentVerdict = { allowed: true, basis: 'HOLDER', consentIds: [] };
const CASE_MANAGER: ConsentVerdict = { allowed: true, basis: 'CASE_MANAGER', consentIds: [] };
const SUBJECT: ConsentVerdict = { allowed: true, basis: 'SUBJECT', consentIds: [] };
const REFUSED: ConsentVerdict = { allowed: false };

/**
 * One refused read of a protected field: a security event, kept apart from disclosures
 * (ADR 0029). One per service user, category and field in a request.
 */
export interface DeniedRead {
  serviceUserId: string;
  /** null for an uncategorised record, which only its holder reads. */
  category: ConsentCategory | null;
  field: string;
  purposeOfUse: PurposeOfUse;
  /** NO_CONSENT, or CONSENT_SERVICE_UNAVAILABLE when consent could not be checked. */
  reason: string;
}

/**
 * Per-request consent enforcement state: one batched decision query per request (DataLoader),
 * default deny when the decider fails, and the list of what was disclosed.
 */
export class ConsentGuard {
  readonly disclosures: Disclosure[] = [];
  /** Refused reads of this request, once each (see recordDenied). */
  readonly denials: DeniedRead[] = [];
  private readonly deniedKeys = new Set<string>();
  private readonly loader: DataLoader<string, ConsentDecision>;
  private readonly at = new Date();
  private unavailable = false;
  /** Decisions already answered for this request: later fields decide without awaiting. */
  private readonly decided = new Map<string, ConsentDecision>();
  /**
   * For a SERVICE_USER reader, the one person they are (ADR 0049); undefined for staff. Such a
   * reader never holds a record, and reads nothing but that person's, when case-management's
   * decision says they read as their own subject.
   */
  private readonly subjectReader: string | undefined;

  constructor(
    readonly identity: Identity,
    decider: ConsentDecider,
    private readonly onDeciderError: (error: unknown) => void = () => {},
  ) {
    this.subjectReader = subjectReaderOf(identity);
    const reader = readerOf(identity);
    this.loader = new DataLoader<string, ConsentDecision>(async (ids) => {
      try {
        const decisions = await decider.decide(reader, ids, this.at);
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
    const decision = await this.loader.load(subject.serviceUserId!);
    if (this.subjectReader !== undefined) return counted(this.judgeSubject(decision), category);
    return counted(this.judge(decision, category!, use), category);
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
    const now = this.knownVerdict(subject, category, use);
    return now && counted(now, category);
  }

  /** verdictNow, not counted. */
  private knownVerdict(
    subject: ConsentSubject,
    category: ConsentCategory | null,
    use: PurposeOfUse,
  ): ConsentVerdict | undefined {
    if (this.subjectReader !== undefined) return this.knownSubjectVerdict(subject);
    if (
      subject.holderAgencyCode !== null &&
      subject.holderAgencyCode === this.identity.agencyCode
    ) {
      return HOLDER;
    }
    if (subject.readerIsCaseManager && subject.serviceUserId) return CASE_MANAGER;
    if (!subject.serviceUserId || !category || subject.holderOnly) return { allowed: false };
    const decision = this.decided.get(subject.serviceUserId);
    return decision ? this.judge(decision, category, use) : undefined;
  }

  /**
   * A service user reads a record only when it is about them (holder, case manager and
   * holder-only marks do not count for them) and case-management's decision confirmed them as
   * their own subject, signed in through their lead agency: then every category, and their
   * uncategorised and holder-only records (their consent register, who saw their data, their plan
   * copies), basis SUBJECT. Anything else is refused without asking.
   */
  private knownSubjectVerdict(subject: ConsentSubject): ConsentVerdict | undefined {
    const id = subject.serviceUserId?.toLowerCase();
    if (!id || id !== this.subjectReader) return REFUSED;
    const decision = this.decided.get(subject.serviceUserId!);
    return decision ? this.judgeSubject(decision) : undefined;
  }

  private judgeSubject(decision: ConsentDecision): ConsentVerdict {
    if (decision.subject === true && decision.serviceUserId.toLowerCase() === this.subjectReader)
      return SUBJECT;
    return this.unavailable ? { allowed: false, reason: 'CONSENT_SERVICE_UNAVAILABLE' } : REFUSED;
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

  /**
   * Keeps a refused read for the security events (ADR 0029): once per service user, category
   * and field in a request, however many records of a list were refused. A record about no known
   * service user is nobody's to be shown, so it is not kept.
   */
  recordDenied(
    subject: Pick<ConsentSubject, 'serviceUserId'>,
    category: ConsentCategory | null,
    field: string,
    purposeOfUse: PurposeOfUse,
    reason?: string,
  ): void {
    const serviceUserId = subject.serviceUserId;
    if (!serviceUserId) return;
    const key = `${serviceUserId.toLowerCase()}\u0000${category ?? ''}\u0000${field}`;
    if (this.deniedKeys.has(key)) return;
    this.deniedKeys.add(key);
    this.denials.push({
      serviceUserId,
      category,
      field,
      purposeOfUse,
      reason: reason ?? 'NO_CONSENT',
    });
  }
}

/** The part of every subgraph's context that consent enforcement needs. */
export interface ConsentContext {
  identity: Identity;
  consent: ConsentGuard;
}
