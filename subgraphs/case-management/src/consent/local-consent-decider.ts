import {
  CONSENT_CATEGORIES,
  allowsEmergencyAccess,
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
import {
  consentInForceSql,
  consentNotOverSql,
  denyInForceAt,
  denyWindow,
  type ConsentPeriod,
} from './consent-in-force';
import type { ConsentExceptionTerms } from './consent.entity';

/**
 * A consent in force, a consent not over whose exceptions may be (or come) in force, or the
 * reading user's emergency access in force.
 */
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
  /** a consent's: whether it is in force at the moment decided (its permits count) */
  in_force: boolean | null;
  valid_from: Date | null;
  /** a consent's deny provisions (jsonb) */
  exceptions: ConsentExceptionTerms[] | string | null;
}

/** The stored exceptions of a row (jsonb arrives parsed from pg, as text from some drivers). */
function exceptionsOf(row: DecisionRow): ConsentExceptionTerms[] {
  const raw: unknown =
    typeof row.exceptions === 'string' ? JSON.parse(row.exceptions) : row.exceptions;
  return Array.isArray(raw) ? (raw as ConsentExceptionTerms[]) : [];
}

/**
 * The consent decision service: for a reader (an agency, and the user for break-glass access)
 * and a moment, which categories of each service user's data it may read, under which consents
 * and for which purposes. A consent counts when it is ACTIVE, has started and has not expired, and
 * names the reader's agency or the reader's kind of agency. A deny provision (exception) of any
 * such consent, in force at that moment, refuses its categories whatever else permits them
 * (ADR 0028). One query for the whole batch.
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
    const denials = new Map<string, Map<ConsentCategory, string[]>>(
      ids.map((id) => [id, new Map()]),
    );
    /** Per service user: when a deny provision starts or ends (the decision changes then). */
    const denyChanges = new Map<string, number[]>();
    // An agency no longer in the directory reads nothing, whatever was once consented.
    const agency = this.directory.agency(reader.agencyCode);
    if (ids.length > 0 && agency) {
      // One statement for the batch: the consents naming the reader's agency or kind that are in
      // force, or not over and with exceptions (a deny may be in force, or start later), and the
      // reading user's emergency accesses in force (none when deciding for an agency).
      const rows: DecisionRow[] = await this.uow.manager.query(
        `SELECT 'CONSENT' AS source, id, service_user_id, categories, purpose, full_copy,
                recorded_at AS sort_at, valid_until AS ends_at,
                (${consentInForceSql('$4')}) AS in_force, valid_from, exceptions
           FROM consent
          WHERE service_user_id = ANY($1::uuid[])
            AND (recipient_agency_code = $2 OR recipient_agency_kind = $3)
            AND ${consentNotOverSql('$4')}
            AND (valid_from <= $4 OR exceptions <> '[]'::jsonb)
         UNION ALL
         SELECT 'EMERGENCY', id, service_user_id, NULL, NULL, NULL, ends_at, ends_at,
                NULL, NULL, NULL
           FROM emergency_access
          WHERE $5::text IS NOT NULL AND service_user_id = ANY($1::uuid[]) AND agency_code = $2
            AND user_id = $5 AND ended_at IS NULL AND started_at <= $4 AND ends_at > $4
          ORDER BY source, sort_at, id`,
        // An agency the directory no longer allows emergency access reads under none of its
        // users' accesses, open ones included (ADR 0027).
        [ids, agency.code, agency.kind, at, allowsEmergencyAccess(agency) ? reader.userId : null],
      );
      for (const row of rows) {
        if (row.source === 'EMERGENCY') {
          // The one that lasts longest, when a user has several (one open at a time is the rule).
          emergencies.set(row.service_user_id, { id: row.id, until: new Date(row.sort_at) });
          continue;
        }
        this.denials(row, at, denials, denyChanges);
        if (!row.in_force || !isConsentPurpose(row.purpose)) continue;
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
    const subject = await this.subjectOf(reader, ids);
    return serviceUserIds.map((id) => {
      const key = id.toLowerCase();
      const denied = denials.get(key) ?? new Map<ConsentCategory, string[]>();
      // A deny wins over every permit: a denied category is not granted, under any consent.
      const own = new Map(
        [...(grants.get(key) ?? new Map<ConsentCategory, string[]>())].filter(
          ([category]) => !denied.has(category),
        ),
      );
      const cited = new Set([...own.values()].flat());
      const emergency = emergencies.get(key) ?? null;
      // When this decision stops holding by itself: the first of its consents or access to end,
      // or of its deny provisions to start or end.
      const endings = [...cited].flatMap((c) => ends.get(c)?.getTime() ?? []);
      endings.push(...(denyChanges.get(key) ?? []));
      if (emergency) endings.push(emergency.until.getTime());
      return {
        serviceUserId: id,
        grants: own,
        denials: denied,
        purposes: new Map([...purposes].filter(([consentId]) => cited.has(consentId))),
        emergency,
        expiresAt: endings.length > 0 ? new Date(Math.min(...endings)) : null,
        ...(subject === key ? { subject: true } : {}),
      };
    });
  }

  /**
   * For a SERVICE_USER reader (ADR 0049): their own id when it is among those asked about and the
   * agency that signed them in leads their open case, checked now, on every decision (a transfer
   * of the case moves who may sign them in at once). Else undefined: they read nothing.
   */
  private async subjectOf(reader: ConsentReader, ids: readonly string[]) {
    const own = reader.serviceUserId?.toLowerCase();
    if (!own || !ids.includes(own) || !this.directory.agency(reader.agencyCode)) return undefined;
    const rows: unknown[] = await this.uow.manager.query(
      `SELECT 1 FROM care_case
        WHERE service_user_id = $1 AND lead_agency_code = $2 AND status <> 'CLOSED'
        LIMIT 1`,
      [own, reader.agencyCode],
    );
    return rows.length > 0 ? own : undefined;
  }

  /**
   * Notes the categories a consent's exceptions refuse at `at`, and when one of them starts or
   * ends later (so that an agency's cached decision is not used past that moment).
   */
  private denials(
    row: DecisionRow,
    at: Date,
    denials: Map<string, Map<ConsentCategory, string[]>>,
    changes: Map<string, number[]>,
  ): void {
    const exceptions = exceptionsOf(row);
    if (exceptions.length === 0 || !row.valid_from) return;
    const consent: ConsentPeriod = {
      status: 'ACTIVE', // the query reads only consents not withdrawn
      validFrom: new Date(row.valid_from),
      validUntil: row.ends_at ? new Date(row.ends_at) : null,
    };
    const byCategory = denials.get(row.service_user_id)!;
    const times = changes.get(row.service_user_id) ?? [];
    changes.set(row.service_user_id, times);
    for (const e of exceptions) {
      const period = {
        validFrom: e.validFrom ? new Date(e.validFrom) : null,
        validUntil: e.validUntil ? new Date(e.validUntil) : null,
      };
      const window = denyWindow(consent, period);
      if (denyInForceAt(consent, period, at)) {
        for (const c of e.categories) {
          if (!isConsentCategory(c)) continue;
          const cited = byCategory.get(c) ?? [];
          if (!cited.includes(row.id)) byCategory.set(c, [...cited, row.id]);
        }
        if (window.until) times.push(window.until.getTime());
      } else if (window.from > at && (!window.until || window.until > window.from)) {
        times.push(window.from.getTime());
      }
    }
  }
}
