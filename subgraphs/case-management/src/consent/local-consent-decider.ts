import {
  CONSENT_CATEGORIES,
  isConsentCategory,
  isConsentPurpose,
  isUuid,
  type ConsentCategory,
  type ConsentDecider,
  type ConsentDecision,
  type ConsentPurpose,
  type ConsentReader,
  type Directory,
  type EmergencyGrant,
  type UnitOfWork,
} from '@icp/shared';
import { consentInForceSql } from './consent-in-force';

/** A consent in force, or the reading user's emergency access in force. */
interface DecisionRow {
  source: 'CONSENT' | 'EMERGENCY';
  id: string;
  service_user_id: string;
  categories: string[] | null;
  purpose: string | null;
  full_copy: boolean | null;
  /** recorded_at for a consent, ends_at for an emergency access */
  sort_at: Date;
  /** valid_until for a consent (null: open-ended), ends_at for an emergency access */
  ends_at: Date | null;
}

/**
 * The consent decision service: for a reader (an agency, and the user for break-glass access)
 * and a moment, which categories of each service user's data it may read, under which consents
 * and for which purposes. A consent counts when it is ACTIVE, has started and has not expired, and
 * names the reader's agency or the reader's kind of agency. One query for the whole batch.
 */
export class LocalConsentDecider implements ConsentDecider {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: Directory,
  ) {}

  async decide(
    reader: ConsentReader,
    serviceUserIds: readonly string[],
    at: Date,
  ): Promise<ConsentDecision[]> {
    const ids = [...new Set(serviceUserIds.filter(isUuid).map((id) => id.toLowerCase()))];
    const grants = new Map<string, Map<ConsentCategory, string[]>>(
      ids.map((id) => [id, new Map()]),
    );
    const purposes = new Map<string, ConsentPurpose>();
    const emergencies = new Map<string, EmergencyGrant>();
    const ends = new Map<string, Date>();
    // An agency no longer in the directory reads nothing, whatever was once consented.
    const agency = this.directory.agency(reader.agencyCode);
    if (ids.length > 0 && agency) {
      // One statement for the batch: the consents in force naming the reader's agency or kind,
      // and the reading user's emergency accesses in force (none when deciding for an agency).
      const rows: DecisionRow[] = await this.uow.manager.query(
        `SELECT 'CONSENT' AS source, id, service_user_id, categories, purpose, full_copy,
                recorded_at AS sort_at, valid_until AS ends_at
           FROM consent
          WHERE service_user_id = ANY($1::uuid[])
            AND (recipient_agency_code = $2 OR recipient_agency_kind = $3)
            AND ${consentInForceSql('$4')}
         UNION ALL
         SELECT 'EMERGENCY', id, service_user_id, NULL, NULL, NULL, ends_at, ends_at
           FROM emergency_access
          WHERE $5::text IS NOT NULL AND service_user_id = ANY($1::uuid[]) AND agency_code = $2
            AND user_id = $5 AND ended_at IS NULL AND started_at <= $4 AND ends_at > $4
          ORDER BY source, sort_at, id`,
        [ids, agency.code, agency.kind, at, reader.userId],
      );
      for (const row of rows) {
        if (row.source === 'EMERGENCY') {
          // The one that lasts longest, when a user has several (one open at a time is the rule).
          emergencies.set(row.service_user_id, { id: row.id, until: new Date(row.sort_at) });
          continue;
        }
        if (!isConsentPurpose(row.purpose)) continue;
        purposes.set(row.id, row.purpose);
        if (row.ends_at) ends.set(row.id, new Date(row.ends_at));
        const byCategory = grants.get(row.service_user_id)!;
        // A full copy covers every category, including any added after it was given.
        const categories = row.full_copy ? CONSENT_CATEGORIES : (row.categories ?? []);
        for (const c of categories) {
          if (!isConsentCategory(c)) continue;
          byCategory.set(c, [...(byCategory.get(c) ?? []), row.id]);
        }
      }
    }
    return serviceUserIds.map((id) => {
      const key = id.toLowerCase();
      const own = grants.get(key) ?? new Map<ConsentCategory, string[]>();
      const cited = new Set([...own.values()].flat());
      const emergency = emergencies.get(key) ?? null;
      // When this decision stops holding by itself: the first of its consents or access to end.
      const endings = [...cited].flatMap((c) => ends.get(c)?.getTime() ?? []);
      if (emergency) endings.push(emergency.until.getTime());
      return {
        serviceUserId: id,
        grants: own,
        purposes: new Map([...purposes].filter(([consentId]) => cited.has(consentId))),
        emergency,
        expiresAt: endings.length > 0 ? new Date(Math.min(...endings)) : null,
      };
    });
  }
}
