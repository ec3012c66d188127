/**
 * Bulk data for the scale benchmark, written straight into each server's PostgreSQL database by
 * set-based SQL (INSERT ... SELECT over generate_series): 100,000 service users take minutes,
 * not the days the API would. Ids are derived from the row number (md5 cast to uuid), so a
 * later range extends an earlier one. Every synthetic case belongs to a synthetic case manager
 * and every delivery to a synthetic key worker: the demo staff the benchmark reads as keep the
 * same own caseload at every size, and only the data around them grows.
 *
 * Per service user: one open case with a plan, 10 actions (spread over the three agencies), two
 * consents in force, one delivery and one progress note per action in the responsible agency's
 * database, 10 audit entries in case-management's trail and 3 in each agency's. One audit entry in 200 (in each
 * trail) is about the demo's Jamie, so his history grows with the federation (users / 20 entries
 * per trail): "who saw my data" must still read one page.
 */
import type { DataSource, EntityManager } from 'typeorm';

export const AGENCIES = ['CDAS', 'PROB', 'HSEM'] as const;
export const ACTIONS_PER_USER = 10;
const CM_AUDIT_PER_USER = 10;
const AGENCY_AUDIT_PER_USER = 3;
const CASE_MANAGERS_PER_AGENCY = 400;
const KEY_WORKERS_PER_AGENCY = 200;

const agencyOf = (i: string) => `(ARRAY['CDAS','PROB','HSEM'])[1 + (${i}) % 3]`;
const su = (i: string) => `md5('su' || ${i})::uuid`;

/** Runs bulk statements in one transaction, without the servers' statement timeout. */
export function bulk<T>(ds: DataSource, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return ds.transaction(async (m) => {
    await m.query('SET LOCAL statement_timeout = 0');
    return work(m);
  });
}

/** Case-management's part for service users [from, to]. */
export async function seedCaseManagement(
  ds: EntityManager,
  from: number,
  to: number,
  jamie: string,
) {
  const range = `generate_series(${from}, ${to}) i`;
  await ds.query(`INSERT INTO service_user (id, pseudonym, registered_by_agency, created_by)
    SELECT ${su('i')}, 'SU-B' || i, ${agencyOf('i')}, 'bench' FROM ${range}`);
  await ds.query(`INSERT INTO service_user_identity (service_user_id, given_name, family_name, date_of_birth)
    SELECT ${su('i')}, 'Given' || i, 'Family' || i, date '1970-01-01' + (i % 15000) FROM ${range}`);
  await ds.query(`INSERT INTO care_case (id, service_user_id, lead_agency_code, case_manager_id, status, opened_at)
    SELECT md5('case' || i)::uuid, ${su('i')}, ${agencyOf('i')},
      lower(${agencyOf('i')}) || '-bench-cm-' || (i % ${CASE_MANAGERS_PER_AGENCY}),
      'ACTIVE', now() - (i % 700) * interval '1 day'
    FROM ${range}`);
  await ds.query(`INSERT INTO care_plan (id, case_id, version, next_review_on, last_reviewed_on, created_by)
    SELECT md5('plan' || i)::uuid, md5('case' || i)::uuid, 1,
      current_date + (i % 90) - 30, current_date - 30, 'bench'
    FROM ${range}`);
  await ds.query(`INSERT INTO plan_action
      (id, plan_id, case_id, service_user_id, description, domain, responsible_agency_code, due_on)
    SELECT md5('act' || i || '-' || k)::uuid, md5('plan' || i)::uuid, md5('case' || i)::uuid,
      ${su('i')}, 'Bench action ' || k, 'SOCIAL', ${agencyOf('i + k')},
      current_date + ((i + k) % 120) - 60
    FROM ${range}, generate_series(0, ${ACTIONS_PER_USER - 1}) k`);
  // Two consents in force per person: care coordination with one other agency, and a referral.
  await ds.query(`INSERT INTO consent (id, service_user_id, recipient_agency_code, categories,
      purpose, valid_from, status, recorded_by, recorded_by_agency, recorded_at)
    SELECT md5('consent' || i || '-' || k)::uuid, ${su('i')}, ${agencyOf('i + 1 + k')},
      ARRAY['CARE_PLAN_SUMMARY', 'IDENTITY'], (ARRAY['CARE_COORDINATION', 'REFERRAL'])[1 + k],
      now() - interval '60 days', 'ACTIVE', 'bench', ${agencyOf('i')}, now() - interval '60 days'
    FROM ${range}, generate_series(0, 1) k`);
  await seedAudit(ds, from, to, CM_AUDIT_PER_USER, jamie, 'CDAS');
}

/** One agency's part for service users [from, to]: its deliveries, their notes, its audit. */
export async function seedAgency(
  ds: EntityManager,
  code: string,
  from: number,
  to: number,
  jamie: string,
) {
  const index = AGENCIES.indexOf(code as (typeof AGENCIES)[number]);
  const prefix = `${code.toLowerCase()}-bench-kw-`;
  await ds.query(`INSERT INTO key_worker (id, name, role)
    SELECT '${prefix}' || n, 'Bench key worker ' || n, 'KEY_WORKER'
    FROM generate_series(0, ${KEY_WORKERS_PER_AGENCY - 1}) n ON CONFLICT (id) DO NOTHING`);
  const actions = `FROM generate_series(${from}, ${to}) i, generate_series(0, ${ACTIONS_PER_USER - 1}) k
    WHERE (i + k) % 3 = ${index}`;
  await ds.query(`INSERT INTO action_delivery
      (action_id, service_user_id, status, key_worker_id, domain, accepted_at, updated_at)
    SELECT md5('act' || i || '-' || k)::uuid, ${su('i')},
      (ARRAY['ACCEPTED','IN_PROGRESS','COMPLETED'])[1 + (i + k) % 3],
      '${prefix}' || (i % ${KEY_WORKERS_PER_AGENCY}), 'SOCIAL', now() - interval '30 days', now()
    ${actions}`);
  await ds.query(`INSERT INTO progress_note (id, action_id, service_user_id, body, written_by, written_at)
    SELECT md5('note' || i || '-' || k)::uuid, md5('act' || i || '-' || k)::uuid, ${su('i')},
      'Bench note ' || i, '${prefix}' || (i % ${KEY_WORKERS_PER_AGENCY}),
      now() - ((i + k) % 300) * interval '1 hour'
    ${actions}`);
  await seedAudit(ds, from, to, AGENCY_AUDIT_PER_USER, jamie, code);
}

/**
 * `perUser` audit entries per service user, appended after the chain's head (the hashes are
 * unique but not a real chain: the benchmark's databases are dropped, never verified).
 */
async function seedAudit(
  ds: EntityManager,
  from: number,
  to: number,
  perUser: number,
  jamie: string,
  reader: string,
) {
  const [head] = await ds.query<{ p: string }[]>(
    `SELECT coalesce(max(position), 0) AS p FROM disclosure_audit`,
  );
  const base = Number(head!.p);
  const count = (to - from + 1) * perUser;
  await ds.query(
    `INSERT INTO disclosure_audit (position, at, service_user_id, reader_agency, reader_user,
       categories, fields, consent_ids, bases, operation_name, request_id, prev_hash, hash)
     SELECT ${base} + n, now() - interval '1 day' - (${count} - n) * interval '10 seconds',
       CASE WHEN n % 200 = 0 THEN '${jamie}'::uuid
            ELSE md5('su' || (${from} + (n - 1) / ${perUser}))::uuid END,
       '${reader}', lower('${reader}') || '-bench-reader', ARRAY['CARE_PLAN_SUMMARY'],
       ARRAY['CarePlan.actions'], ARRAY[]::text[], ARRAY['HOLDER'], 'Bench', 'bench-' || ${base} + n,
       md5('prev' || ${base} + n) || md5('prev2' || ${base} + n),
       md5('hash' || ${base} + n) || md5('hash2' || ${base} + n)
     FROM generate_series(1, ${count}) n`,
  );
}

/**
 * VACUUM ANALYZE and a checkpoint, as a database in use would have had them: fresh statistics,
 * a visibility map for index-only scans, and no autovacuum or checkpoint of the bulk load running
 * while the benchmark measures. Outside a transaction (VACUUM refuses one), on one connection.
 */
export async function settle(ds: DataSource) {
  const runner = ds.createQueryRunner();
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query('VACUUM ANALYZE');
    await runner.query('CHECKPOINT');
    await runner.query('RESET statement_timeout');
  } finally {
    await runner.release();
  }
}
