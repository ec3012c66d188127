import { createHash } from 'node:crypto';
import type { DeniedRead } from '../consent/consent-guard';
import type { Identity } from '../identity/identity';
import { isUuid } from '../validation/constraints';
import type { ChainLink } from './disclosure-audit-entry';

/** The kinds of security event a subgraph keeps; today only refused reads. */
export type SecurityEventKind = 'READ_DENIED';

/**
 * One security event (ADR 0029): an agency's user asked for a protected field of a service
 * user's record and consent enforcement refused it. Nothing was disclosed, so it is not in the
 * disclosure audit; it is kept, hash-chained the same way, in its own table of the subgraph that
 * refused. Shaped after a FHIR AuditEvent with a failed outcome: who (agency, user), what (the
 * service user, category, field), why it was asked (purpose of use) and why refused (reason),
 * how (operation, request id), when.
 */
export interface SecurityEvent extends ChainLink {
  at: Date;
  kind: SecurityEventKind;
  serviceUserId: string;
  readerAgency: string;
  readerUser: string;
  /** null: a record without a category, which only its holder reads. */
  category: string | null;
  /** `Type.field`. */
  field: string;
  purposeOfUse: string;
  /** NO_CONSENT, or CONSENT_SERVICE_UNAVAILABLE when consent could not be checked. */
  reason: string;
  operationName: string | null;
  requestId: string;
}

/** An event before the chain gives it its place. */
export type UnchainedSecurityEvent = Omit<SecurityEvent, keyof ChainLink>;

/** Bumped if the serialisation ever changes, so old and new events can both be verified. */
const HASH_DOMAIN = 'icp-security-event/v1';

/**
 * One request's refused reads as events, one per service user, category and field (the guard
 * already keeps each once), in a stable order. Ids are kept as the database returns them
 * (lower case), so the hash verifies; a read about no well-formed id is about nobody's record.
 */
export function securityEventsOf(
  identity: Identity,
  denials: readonly DeniedRead[],
  at: Date,
): UnchainedSecurityEvent[] {
  // Truncated to the millisecond: what JavaScript and the hash see is what the database keeps.
  const when = new Date(Math.floor(at.getTime()));
  const key = (d: DeniedRead) => `${d.serviceUserId}\u0000${d.category ?? ''}\u0000${d.field}`;
  return denials
    .filter((d) => isUuid(d.serviceUserId))
    .map((d) => ({ ...d, serviceUserId: d.serviceUserId.toLowerCase() }))
    .sort((a, b) => key(a).localeCompare(key(b)))
    .map((d) => ({
      at: when,
      kind: 'READ_DENIED',
      serviceUserId: d.serviceUserId,
      readerAgency: identity.agencyCode,
      readerUser: identity.userId,
      category: d.category,
      field: d.field,
      purposeOfUse: d.purposeOfUse,
      reason: d.reason,
      operationName: identity.operationName ?? null,
      requestId: identity.requestId,
    }));
}

/** The canonical serialisation the hash covers: a JSON array in a fixed order (see canonicalEntry). */
export function canonicalSecurityEvent(e: Omit<SecurityEvent, 'hash'>): string {
  return JSON.stringify([
    HASH_DOMAIN,
    e.position,
    e.at.toISOString(),
    e.kind,
    e.serviceUserId,
    e.readerAgency,
    e.readerUser,
    e.category,
    e.field,
    e.purposeOfUse,
    e.reason,
    e.operationName,
    e.requestId,
    e.prevHash,
  ]);
}

export function hashSecurityEvent(e: Omit<SecurityEvent, 'hash'>): string {
  return createHash('sha256').update(canonicalSecurityEvent(e), 'utf8').digest('hex');
}
