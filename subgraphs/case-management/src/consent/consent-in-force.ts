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
