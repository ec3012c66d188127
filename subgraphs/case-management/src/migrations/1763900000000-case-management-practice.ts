import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The case-management practice: case-manager history, lead-agency disputes, transfers, closure
 * and re-engagement, contact attempts; plan versions, needs, SMART goals, actions with review
 * timeframes; referrals; notifications; plan copies; gaps and blocks.
 */
export class CaseManagementPractice1763900000000 implements MigrationInterface {
  name = 'CaseManagementPractice1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service_user ADD COLUMN created_by text`);
    await q.query(`
      ALTER TABLE care_case
        ADD COLUMN previous_case_id uuid REFERENCES care_case(id),
        ADD COLUMN engagement text NOT NULL DEFAULT 'ENGAGED' CHECK (engagement IN ('ENGAGED', 'DISENGAGED')),
        ADD COLUMN disengaged_since timestamptz`);
    await q.query(`
      CREATE TABLE case_manager_assignment (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES care_case(id),
        agency_code text NOT NULL,
        case_manager_id text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('OPENED', 'TRANSFER', 'DISPUTE_RESOLUTION')),
        transfer_id uuid,
        started_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX case_manager_assignment_case ON case_manager_assignment (case_id, started_at)`,
    );
    // Every existing case gets its opening assignment, so the history is complete.
    await q.query(`
      INSERT INTO case_manager_assignment (id, case_id, agency_code, case_manager_id, reason, started_at)
      SELECT gen_random_uuid(), id, lead_agency_code, case_manager_id, 'OPENED', opened_at FROM care_case`);
    await q.query(`
      CREATE TABLE lead_agency_dispute (
        id uuid PRIMARY KEY,
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        case_id uuid REFERENCES care_case(id),
        agency_codes text[] NOT NULL,
        description text NOT NULL,
        service_user_involved boolean NOT NULL DEFAULT false,
        involvement_reason text,
        status text NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
        raised_by text NOT NULL,
        raised_by_agency text NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        resolution text,
        resolved_lead_agency_code text,
        resolved_case_manager_id text,
        resolved_by text,
        resolved_at timestamptz,
        CHECK (NOT service_user_involved OR involvement_reason IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE case_transfer (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES care_case(id),
        from_agency_code text NOT NULL,
        from_case_manager_id text NOT NULL,
        to_agency_code text NOT NULL,
        to_case_manager_id text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'HANDOVER_HELD', 'COMPLETED', 'CANCELLED')),
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        handover_held_at timestamptz,
        handover_note text,
        written_follow_up text,
        plan_revisions text,
        completed_at timestamptz,
        cancelled_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX case_transfer_one_open ON case_transfer (case_id) WHERE status IN ('REQUESTED', 'ACCEPTED', 'HANDOVER_HELD')`,
    );
    await q.query(`
      CREATE TABLE case_closure (
        case_id uuid PRIMARY KEY REFERENCES care_case(id),
        goals_achieved text NOT NULL,
        future_supports text NOT NULL,
        re_engagement_explained boolean NOT NULL CHECK (re_engagement_explained),
        closed_by text NOT NULL,
        closed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE contact_attempt (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES care_case(id),
        attempted_at timestamptz NOT NULL,
        method text NOT NULL,
        successful boolean NOT NULL,
        note text,
        recorded_by text NOT NULL,
        recorded_by_agency text NOT NULL
      )`);
    await q.query(`CREATE INDEX contact_attempt_case ON contact_attempt (case_id, attempted_at)`);

    await q.query(`
      ALTER TABLE care_plan
        ADD COLUMN last_reviewed_on date,
        ADD COLUMN created_by text`);
    await q.query(`UPDATE care_plan SET last_reviewed_on = created_at::date`);
    await q.query(`ALTER TABLE care_plan ALTER COLUMN last_reviewed_on SET NOT NULL`);
    await q.query(`
      ALTER TABLE care_plan ADD CONSTRAINT care_plan_review_within_three_months
        CHECK (next_review_on <= (last_reviewed_on + interval '3 months')::date)`);
    await q.query(`
      CREATE TABLE care_plan_version (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES care_plan(id),
        version integer NOT NULL,
        author_id text NOT NULL,
        author_agency_code text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        change_summary text NOT NULL,
        meeting_id uuid,
        snapshot jsonb NOT NULL,
        UNIQUE (plan_id, version)
      )`);
    // Versions are a record of what was agreed: never edited, never removed.
    await q.query(`
      CREATE FUNCTION forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
      END $$`);
    await q.query(`
      CREATE TRIGGER care_plan_version_immutable BEFORE UPDATE OR DELETE ON care_plan_version
        FOR EACH ROW EXECUTE FUNCTION forbid_change()`);
    await q.query(`
      CREATE TABLE need (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES care_plan(id),
        domain text NOT NULL CHECK (domain IN ('PHYSICAL', 'PSYCHOLOGICAL', 'SOCIAL', 'LEGAL', 'SUBSTANCE_USE')),
        description text NOT NULL,
        met boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX need_plan ON need (plan_id)`);
    await q.query(`
      CREATE TABLE goal (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES care_plan(id),
        need_id uuid REFERENCES need(id),
        domain text NOT NULL CHECK (domain IN ('PHYSICAL', 'PSYCHOLOGICAL', 'SOCIAL', 'LEGAL', 'SUBSTANCE_USE')),
        statement text NOT NULL,
        measure text NOT NULL,
        achievability text NOT NULL,
        target_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('PROPOSED', 'ACTIVE', 'ACHIEVED', 'NOT_ACHIEVED', 'CANCELLED')),
        builds_on_goal_id uuid REFERENCES goal(id),
        proposed_by_agency text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX goal_plan ON goal (plan_id)`);
    await q.query(`
      CREATE TABLE goal_conflict (
        id uuid PRIMARY KEY,
        goal_id uuid NOT NULL REFERENCES goal(id),
        conflicting_goal_id uuid NOT NULL REFERENCES goal(id),
        note text NOT NULL,
        flagged_by text NOT NULL,
        flagged_by_agency text NOT NULL,
        flagged_at timestamptz NOT NULL DEFAULT now(),
        resolution text,
        resolved_at timestamptz,
        CHECK (goal_id <> conflicting_goal_id)
      )`);
    await q.query(`
      ALTER TABLE plan_action
        ADD COLUMN goal_id uuid REFERENCES goal(id),
        ADD COLUMN review_every_weeks integer CHECK (review_every_weeks BETWEEN 1 AND 13)`);
    // Existing plans get their first version, so every plan has a readable history.
    await q.query(`
      INSERT INTO care_plan_version (id, plan_id, version, author_id, author_agency_code, created_at, change_summary, snapshot)
      SELECT gen_random_uuid(), p.id, p.version, c.case_manager_id, c.lead_agency_code, p.created_at,
             'Plan recorded before versioning', jsonb_build_object('nextReviewOn', p.next_review_on,
             'lastReviewedOn', p.last_reviewed_on, 'needs', '[]'::jsonb, 'goals', '[]'::jsonb,
             'actions', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', a.id, 'description', a.description,
               'domain', a.domain, 'responsibleAgencyCode', a.responsible_agency_code, 'keyWorkerId', a.key_worker_id,
               'dueOn', a.due_on, 'goalId', NULL, 'reviewEveryWeeks', NULL) ORDER BY a.id)
               FROM plan_action a WHERE a.plan_id = p.id), '[]'::jsonb))
        FROM care_plan p JOIN care_case c ON c.id = p.case_id`);

    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES care_case(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        to_agency_code text NOT NULL,
        reason text NOT NULL,
        consent_id uuid NOT NULL REFERENCES consent(id),
        status text NOT NULL CHECK (status IN ('PLANNED', 'SENT', 'ACCEPTED', 'DECLINED', 'WAITING', 'COMPLETED')),
        follow_up_on date,
        interim_plan text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX referral_case ON referral (case_id)`);
    await q.query(`
      CREATE TABLE referral_event (
        id uuid PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referral(id),
        status text NOT NULL,
        note text,
        by_user text NOT NULL,
        by_agency text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES care_case(id),
        recipient_agency_code text NOT NULL,
        recipient_user_id text NOT NULL,
        kind text NOT NULL,
        message text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX notification_recipient ON notification (recipient_agency_code, recipient_user_id)`,
    );
    await q.query(`
      CREATE TABLE plan_copy (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES care_plan(id),
        version integer NOT NULL,
        recipient_kind text NOT NULL CHECK (recipient_kind IN ('SERVICE_USER', 'AGENCY')),
        recipient_agency_code text,
        scope text NOT NULL CHECK (scope IN ('FULL', 'OWN_INVOLVEMENT')),
        consent_id uuid REFERENCES consent(id),
        issued_by text NOT NULL,
        issued_by_agency text NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        rendered_html text NOT NULL,
        CHECK ((recipient_kind = 'AGENCY') = (recipient_agency_code IS NOT NULL)),
        CHECK (recipient_kind = 'SERVICE_USER' OR consent_id IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE gap_block (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES care_case(id),
        service_user_id uuid NOT NULL REFERENCES service_user(id),
        concerning_agency_code text NOT NULL,
        issue text NOT NULL,
        what_tried text NOT NULL,
        level integer NOT NULL CHECK (level BETWEEN 1 AND 4),
        status text NOT NULL CHECK (status IN ('OPEN', 'RESOLVED')),
        raised_by text NOT NULL,
        raised_by_agency text NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now(),
        resolution text,
        resolved_by text,
        resolved_at timestamptz
      )`);
    await q.query(`CREATE INDEX gap_block_open ON gap_block (level) WHERE status = 'OPEN'`);
    await q.query(`
      CREATE TABLE gap_block_step (
        id uuid PRIMARY KEY,
        gap_block_id uuid NOT NULL REFERENCES gap_block(id),
        level integer NOT NULL,
        action text NOT NULL CHECK (action IN ('RAISED', 'NOTE', 'ESCALATED', 'RESOLVED')),
        outcome text NOT NULL,
        by_user text NOT NULL,
        by_agency text NOT NULL,
        by_role text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'gap_block_step',
      'gap_block',
      'plan_copy',
      'notification',
      'referral_event',
      'referral',
      'goal_conflict',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`ALTER TABLE plan_action DROP COLUMN goal_id, DROP COLUMN review_every_weeks`);
    for (const t of ['goal', 'need', 'care_plan_version']) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP FUNCTION forbid_change()`);
    await q.query(`ALTER TABLE care_plan DROP CONSTRAINT care_plan_review_within_three_months`);
    await q.query(`ALTER TABLE care_plan DROP COLUMN last_reviewed_on, DROP COLUMN created_by`);
    for (const t of [
      'contact_attempt',
      'case_closure',
      'case_transfer',
      'lead_agency_dispute',
      'case_manager_assignment',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(
      `ALTER TABLE care_case DROP COLUMN previous_case_id, DROP COLUMN engagement, DROP COLUMN disengaged_since`,
    );
    await q.query(`ALTER TABLE service_user DROP COLUMN created_by`);
  }
}
