/**
 * When a consent is in force, the one rule for every check that relies on one: it is ACTIVE
 * (not withdrawn), has started (`validFrom <= at`) and has not expired (no `validUntil`, or
 * `validUntil > at`). An ACTIVE consent past its `validUntil` shows as EXPIRED; one whose
 * `validFrom` is ahead is ACTIVE but not yet in force. The SQL and the JS below say the same.
 */

/** Stored status of a consent not withdrawn (ConsentStatus.ACTIVE in consent.entity.ts). */
const ACTIVE = 'ACTIVE';

/** The moment to judge at in SQL: the database's `now()`, or a bind parameter such as `$4`. */
export type SqlMoment = 'now()' | `$${number}`;

/**
 * A SQL condition on a `consent` row: in force at `at`. Only now() or a placeholder is accepted,
 * never a value, so nothing but fixed text is spliced into the SQL.
 */
export function consentInForceSql(at: SqlMoment): string {
  return `status = '${ACTIVE}' AND valid_from <= ${at} AND (valid_until IS NULL OR valid_until > ${at})`;
}

/** The fields of a consent that say whether it is in force. */
export interface ConsentPeriod {
  status: string;
  validFrom: Date;
  validUntil: Date | null;
}

/** Whether a consent is in force at `at`: active, started and not expired. */
export function consentInForceAt(c: ConsentPeriod, at: Date): boolean {
  return c.status === ACTIVE && c.validFrom <= at && (!c.validUntil || c.validUntil > at);
}

/**
 * A SQL condition on a `consent` row: not withdrawn and not over at `at`, whether or not it has
 * started. Its deny provisions (exceptions) may still come into force (see `denyWindow`).
 */
export function consentNotOverSql(at: SqlMoment): string {
  return `status = '${ACTIVE}' AND (valid_until IS NULL OR valid_until > ${at})`;
}

/** A deny provision's own period, within its consent's; null ends are the consent's own. */
export interface DenyPeriod {
  validFrom: Date | null;
  validUntil: Date | null;
}

/**
 * When a deny provision of a consent not withdrawn applies: from the later of the two starts to
 * the earlier of the two ends (null: no end). A deny never reaches outside its consent's period.
 */
export function denyWindow(c: ConsentPeriod, d: DenyPeriod): { from: Date; until: Date | null } {
  const from = d.validFrom && d.validFrom > c.validFrom ? d.validFrom : c.validFrom;
  const ends = [c.validUntil, d.validUntil].filter((x): x is Date => x !== null);
  const until = ends.length === 0 ? null : new Date(Math.min(...ends.map((x) => x.getTime())));
  return { from, until };
}

/**
 * Whether a deny provision is in force at `at`: its consent is in force, and `at` is within the
 * provision's own period (from its start, before its end), as for a consent.
 */
export function denyInForceAt(c: ConsentPeriod, d: DenyPeriod, at: Date): boolean {
  const w = denyWindow(c, d);
  return consentInForceAt(c, at) && w.from <= at && (!w.until || w.until > at);
}
