import type { EntityManager } from 'typeorm';
import { DEMO } from '@icp/shared';
import { ago, aoife } from '../kernel/demo';
import type { CmServices } from '../kernel/context';

const ALL = [
  'IDENTITY',
  'CARE_PLAN_SUMMARY',
  'PHYSICAL_HEALTH',
  'MENTAL_HEALTH',
  'SUBSTANCE_USE',
  'HOUSING_AND_SOCIAL',
  'LEGAL_AND_JUSTICE',
  'MEETING_RECORDS',
];

/**
 * Consents that differ per agency: Chloe's to probation for her referral (the referral part
 * finds it by its form, FORM-PROB-1002); each service user's to CDAS and the agencies on their
 * plan, HSEM's full copies; and Jamie's to any GP practice. Each starts with its first version.
 */
export async function seedConsentDemo(_: CmServices, m: EntityManager): Promise<void> {
  const { jamie, chloe, alex } = DEMO.serviceUsers;
  await m.query(
    `INSERT INTO consent (id, service_user_id, recipient_agency_code, categories, purpose, valid_from, status, evidence_ref, recorded_by, recorded_by_agency)
     VALUES (gen_random_uuid(), $1, 'PROB', $2, 'REFERRAL', ${ago(40)}, 'ACTIVE', 'FORM-PROB-1002', $3, 'CDAS')`,
    [chloe.id, ['CARE_PLAN_SUMMARY', 'LEGAL_AND_JUSTICE'], aoife.userId],
  );
  const consents: [string, string, string[], string][] = [
    [jamie.id, 'CDAS', ALL, 'CASE_MANAGEMENT'],
    [jamie.id, 'HSEM', ALL, 'CARE_COORDINATION'],
    [jamie.id, 'PROB', ['CARE_PLAN_SUMMARY', 'LEGAL_AND_JUSTICE'], 'CARE_COORDINATION'],
    [chloe.id, 'CDAS', ALL, 'CASE_MANAGEMENT'],
    [chloe.id, 'HSEM', ALL, 'CARE_COORDINATION'],
    [alex.id, 'CDAS', ALL, 'CASE_MANAGEMENT'],
  ];
  for (const [suId, recipient, categories, purpose] of consents) {
    // HSEM provides methadone: its consents are full copies (every category, NDRF Protocol 3).
    await m.query(
      `INSERT INTO consent (id, service_user_id, recipient_agency_code, categories, purpose, valid_from, status,
                            evidence_ref, evidence_signed_on, recorded_by, recorded_by_agency, full_copy)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, now() - interval '90 days', 'ACTIVE', $5,
               (now() - interval '90 days')::date, $6, 'CDAS', $7)`,
      [
        suId,
        recipient,
        categories,
        purpose,
        `FORM-${recipient}-${suId.slice(-4)}`,
        aoife.userId,
        recipient === 'HSEM',
      ],
    );
  }
  // Jamie lets any GP practice in the federation see who he is and his physical health.
  await m.query(
    `INSERT INTO consent (id, service_user_id, recipient_agency_kind, categories, purpose, valid_from, status,
                          evidence_ref, evidence_signed_on, recorded_by, recorded_by_agency)
     VALUES (gen_random_uuid(), $1, 'GP', $2, 'CARE_COORDINATION', now() - interval '60 days', 'ACTIVE',
             'FORM-GP-1001', (now() - interval '60 days')::date, $3, 'CDAS')`,
    [jamie.id, ['IDENTITY', 'PHYSICAL_HEALTH'], aoife.userId],
  );
  // Every consent starts with its first version.
  await m.query(
    `INSERT INTO consent_version (consent_id, version, change, snapshot, changed_by, changed_by_agency, changed_at)
     SELECT c.id, 1, 'GRANTED', jsonb_build_object(
              'recipientAgencyCode', c.recipient_agency_code, 'recipientAgencyKind', c.recipient_agency_kind,
              'categories', to_jsonb(c.categories), 'purpose', c.purpose, 'fullCopy', c.full_copy,
              'validFrom', c.valid_from, 'validUntil', c.valid_until, 'evidenceRef', c.evidence_ref,
              'evidenceSignedOn', c.evidence_signed_on, 'status', c.status,
              'exceptions', c.exceptions),
            c.recorded_by, c.recorded_by_agency, c.recorded_at
       FROM consent c WHERE NOT EXISTS (SELECT 1 FROM consent_version v WHERE v.consent_id = c.id)`,
  );
}
