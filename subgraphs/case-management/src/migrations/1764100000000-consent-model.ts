import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The full consent model (issue 7): consents to a kind of agency, full-copy consents, versioned
 * changes kept append-only, and emergency ("break-glass") access.
 */
export class ConsentModel1764100000000 implements MigrationInterface {
  name = 'ConsentModel1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consent ALTER COLUMN recipient_agency_code DROP NOT NULL`);
    await q.query(`
      ALTER TABLE consent
        ADD COLUMN recipient_agency_kind text,
        ADD COLUMN full_copy boolean NOT NULL DEFAULT false,
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN evidence_signed_on date,
        ADD CONSTRAINT consent_one_recipient
          CHECK ((recipient_agency_code IS NULL) <> (recipient_agency_kind IS NULL)),
        ADD CONSTRAINT consent_purpose_known
          CHECK (purpose IN ('CASE_MANAGEMENT', 'CARE_COORDINATION', 'REFERRAL'))`);
    await q.query(
      `CREATE INDEX consent_decision_kind ON consent (service_user_id, recipient_agency_kind) WHERE status = 'ACTIVE'`,
    );
    // Each change to a consent is a new version; versions are never edited or removed.
    await q.query(`
      CREATE TABLE consent_version (
        consent_id uuid NOT NULL REFERENCES consent(id),
        version integer NOT NULL,
        change text NOT NULL CHECK (change IN ('GRANTED', 'AMENDED', 'WITHDRAWN')),
        snapshot jsonb NOT NULL,
        reason text,
        changed_by text NOT NULL,
        changed_by_agency text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consent_id, version)
      )`);
    await q.query(`
      CREATE TRIGGER consent_version_immutable BEFORE UPDATE OR DELETE ON consent_version
        FOR EACH ROW EXECUTE FUNCTION forbid_change()`);
    // What was there before versions: version 1 as granted, and version 2 for a withdrawal.
    const snapshot = `jsonb_build_object(
        'recipientAgencyCode', recipient_agency_code, 'recipientAgencyKind', recipient_agency_kind,
        'categories', to_jsonb(categories), 'purpose', purpose, 'fullCopy', full_copy,
        'validFrom', valid_from, 'validUntil', valid_until, 'evidenceRef', evidence_ref,
        'evidenceSignedOn', evidence_signed_on,
        'status', %STATUS%)`;
    await q.query(`
      INSERT INTO consent_version (consent_id, version, change, snapshot, changed_by, changed_by_agency, changed_at)
      SELECT id, 1, 'GRANTED', ${snapshot.replace('%STATUS%', `'ACTIVE'`)}, recorded_by, recorded_by_agency, recorded_at
        FROM consent`);
    await q.query(`
      INSERT INTO consent_version (consent_id, version, change, snapshot, changed_by, changed_by_agency, changed_at)
      SELECT id, 2, 'WITHDRAWN', ${snapshot.replace('%STATUS%', `'WITHDRAWN'`)}, COALESCE(withdrawn_by, recorded_by), recorded_by_agency, COALESCE(withdrawn_at, now())
        FROM consent WHERE status = 'WITHDRAWN'`);
    await q.query(`UPDATE consent SET version = 2 WHERE status = 'WITHDRAWN'`);

    await q.query(`
      CREATE TABLE emergency_access (
        id uuid PRIMARY KEY,
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        case_id uuid REFERENCES care_case(id),
        user_id text NOT NULL,
        agency_code text NOT NULL,
        reason text NOT NULL,
        started_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        ended_at timestamptz,
        review_outcome text CHECK (review_outcome IN ('JUSTIFIED', 'NOT_JUSTIFIED')),
        review_note text,
        reviewed_by text,
        reviewed_by_agency text,
        reviewed_at timestamptz,
        CHECK (ends_at > started_at),
        CHECK ((review_outcome IS NULL) = (reviewed_at IS NULL))
      )`);
    await q.query(
      `CREATE INDEX emergency_access_decision ON emergency_access (service_user_id, agency_code, user_id) WHERE ended_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX emergency_access_review ON emergency_access (service_user_id) WHERE reviewed_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE emergency_access`);
    await q.query(`DROP TABLE consent_version`);
    await q.query(`DELETE FROM consent WHERE recipient_agency_code IS NULL`);
    await q.query(`
      ALTER TABLE consent
        DROP CONSTRAINT consent_purpose_known,
        DROP CONSTRAINT consent_one_recipient,
        DROP COLUMN version,
        DROP COLUMN evidence_signed_on,
        DROP COLUMN full_copy,
        DROP COLUMN recipient_agency_kind`);
    await q.query(`ALTER TABLE consent ALTER COLUMN recipient_agency_code SET NOT NULL`);
  }
}
