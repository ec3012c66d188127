import type {
  Bundle,
  CarePlan,
  Consent,
  Goal,
  Patient,
  Resource,
  ServiceRequest,
  Task,
} from '@medplum/fhirtypes';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { fhirBundle, deniedBundle } from '../gateway/src/cli/disclosure-export';
import {
  CONSENT_PAGE_QUERY,
  PLAN_CURRENT_VERSION_QUERY,
  PLAN_EXPORT_QUERY,
} from '../gateway/src/fhir/plan-export.document';
import type { FieldError } from '../gateway/src/fhir/export-context';
import { planBundle } from '../gateway/src/fhir/plan-bundle';
import type { PlanExportData, StaffData } from '../gateway/src/fhir/plan-export.data';
import { bundleErrors, fhirErrors } from './support/fhir-validator';

/**
 * The FHIR mapping on its own, from GraphQL answers written out here: every kind of record, and
 * what is withheld (null, with its error) is absent, never made up. The end-to-end export is in
 * fhir-export.test.ts.
 */
const SU = '7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a01';
const staff = (agencyCode: string, id: string, name: string): StaffData => ({
  agencyCode,
  id,
  name,
  role: 'KEY_WORKER',
});
const AOIFE = staff('CDAS', 'cdas-aoife', 'Aoife Byrne');
const NIAMH = staff('HSEM', 'https://idp.example/ie|niamh o’brien', 'Niamh O’Brien');

function answer(): PlanExportData {
  return {
    agencies: [
      { code: 'CDAS', name: 'Northside CDAS', kind: 'DRUG_AND_ALCOHOL' },
      { code: 'HSEM', name: 'Riverside HSE Methadone Clinic', kind: 'HSE_METHADONE' },
      { code: 'PROB', name: 'Probation', kind: 'PROBATION' },
    ],
    carePlan: {
      id: 'plan-1',
      version: 2,
      lastReviewedOn: '2026-11-01',
      nextVersion: null,
      versionAt: {
        id: 'v-2',
        version: 2,
        createdAt: '2026-11-01T10:00:00.000Z',
        changeSummary: 'Review',
        nextReviewOn: '2027-01-30',
        author: AOIFE,
        needs: [
          { id: 'n-1', domain: 'SUBSTANCE_USE', description: 'Opioid dependence', met: false },
          { id: 'n-2', domain: 'PSYCHOLOGICAL', description: null, met: true },
        ],
        goals: [
          {
            id: 'g-1',
            domain: 'SUBSTANCE_USE',
            statement: 'Stay stable on methadone',
            measure: 'Three negative screens',
            achievability: 'Weekly titration',
            targetDate: '2027-01-01',
            status: 'ACHIEVED',
            need: { id: 'n-1' },
            buildsOn: { id: 'g-0' },
            proposedBy: { code: 'CDAS' },
          },
          {
            id: 'g-2',
            domain: 'PSYCHOLOGICAL',
            statement: 'Use relapse-prevention skills',
            measure: null,
            achievability: null,
            targetDate: '2027-02-01',
            status: 'PROPOSED',
            need: null,
            buildsOn: null,
            proposedBy: null,
          },
        ],
        actions: [
          {
            id: 'a-1',
            description: 'Methadone maintenance',
            domain: 'SUBSTANCE_USE',
            dueOn: '2026-12-20',
            interventionType: 'OPIOID_SUBSTITUTION',
            reviewEveryWeeks: 1,
            goal: { id: 'g-1' },
            responsibleAgency: { code: 'HSEM' },
            keyWorker: NIAMH,
            delivery: {
              status: 'BLOCKED',
              acceptedAt: '2026-11-02T09:00:00.000Z',
              declinedReason: null,
              outcome: null,
              outcomeRecordedAt: null,
              statusNote: 'Waiting for a prescriber',
              updatedAt: '2026-11-10T09:00:00.000Z',
              keyWorker: NIAMH,
              progressNotes: {
                edges: [
                  {
                    node: {
                      id: 'pn-1',
                      body: 'Dose 60 mg',
                      writtenAt: '2026-11-03T09:00:00.000Z',
                      writtenBy: NIAMH,
                    },
                  },
                ],
              },
            },
          },
          {
            id: 'a-2',
            description: 'Group',
            domain: 'PSYCHOLOGICAL',
            dueOn: null,
            interventionType: 'GROUP_THERAPY',
            reviewEveryWeeks: null,
            goal: { id: 'g-2' },
            responsibleAgency: { code: 'CDAS' },
            keyWorker: null,
            delivery: null,
          },
        ],
      },
      case: {
        id: 'case-1',
        status: 'ACTIVE',
        openedAt: '2026-06-01T09:00:00.000Z',
        closedAt: null,
        leadAgency: { code: 'CDAS' },
        caseManager: AOIFE,
        serviceUser: {
          id: SU,
          pseudonym: 'SU-1001',
          givenName: null,
          familyName: null,
          dateOfBirth: null,
          phone: null,
          consents: {
            edges: [
              {
                node: {
                  id: 'c-1',
                  categories: ['CARE_PLAN_SUMMARY', 'SUBSTANCE_USE', 'MENTAL_HEALTH'],
                  fullCopy: false,
                  purpose: 'REFERRAL',
                  validFrom: '2026-06-01T09:00:00.000Z',
                  validUntil: '2027-06-01T09:00:00.000Z',
                  evidenceRef: 'FORM-1',
                  evidenceSignedOn: '2026-06-01',
                  recordedAt: '2026-06-01T09:00:00.000Z',
                  withdrawnAt: null,
                  status: 'WITHDRAWN',
                  recipientAgencyKind: 'GP',
                  recipientAgency: null,
                  recordedBy: AOIFE,
                  exceptions: [
                    { categories: ['MENTAL_HEALTH'], validFrom: null, validUntil: null },
                  ],
                },
              },
            ],
          },
        },
        referrals: [
          {
            id: 'r-1',
            reason: 'Housing',
            consentId: 'c-1',
            status: 'DECLINED',
            followUpOn: '2026-12-01',
            interimPlan: 'Hostel',
            createdAt: '2026-10-01T09:00:00.000Z',
            updatedAt: '2026-10-05T09:00:00.000Z',
            toAgency: { code: 'PROB' },
            events: [
              { id: 'e-1', status: 'SENT', note: null, at: '2026-10-01T09:00:00.000Z', by: AOIFE },
              {
                id: 'e-2',
                status: 'DECLINED',
                note: 'Full',
                at: '2026-10-05T09:00:00.000Z',
                by: null,
              },
            ],
          },
        ],
      },
    },
  };
}

const withheld: FieldError[] = [
  {
    path: ['carePlan', 'versionAt', 'needs', 1, 'description'],
    code: 'CONSENT_REQUIRED',
    category: 'MENTAL_HEALTH',
  },
  {
    path: ['carePlan', 'case', 'serviceUser', 'givenName'],
    code: 'CONSENT_REQUIRED',
    category: 'IDENTITY',
  },
  { path: ['carePlan', 'versionAt', 'actions', 1, 'delivery'], code: 'SERVICE_UNAVAILABLE' },
];

const of = <T extends Resource>(b: Bundle, type: T['resourceType'], id?: string): T =>
  (b.entry ?? [])
    .map((e) => e.resource)
    .find((r): r is T => r?.resourceType === type && (!id || r.id === id))!;

const labels = (r: Resource) => (r.meta?.security ?? []).map((c) => c.code);

describe('the FHIR mapping of a care plan version', () => {
  const bundle = planBundle(answer(), withheld, {
    baseUrl: 'https://gw.example/fhir',
    now: new Date(0),
  });

  it('makes a valid collection Bundle of valid resources', () => {
    expect(bundleErrors(bundle)).toEqual([]);
    expect(bundle).not.toHaveProperty('total');
    expect(bundle.entry?.[0]?.fullUrl).toBe('https://gw.example/fhir/CarePlan/plan-1');
  });

  it('leaves out what was withheld and says why, making nothing up', () => {
    const patient = of<Patient>(bundle, 'Patient');
    expect(patient.name).toBeUndefined();
    expect(labels(patient)).toContain('REDACTED');
    expect(
      of<Resource & { code?: { text?: string } }>(bundle, 'Condition', 'n-2').code?.text,
    ).toBeUndefined();
    const unreachable = of<Task>(bundle, 'Task', 'a-2');
    expect(unreachable.status).toBe('requested');
    expect(unreachable.businessStatus?.extension?.[0]?.valueCode).toBe('unknown');
    expect(labels(unreachable)).not.toContain('REDACTED'); // unavailable, not withheld
    expect(labels(of<CarePlan>(bundle, 'CarePlan'))).toContain('REDACTED');
  });

  it('maps delivery, SMART goals, referrals and consents', () => {
    const t = of<Task>(bundle, 'Task', 'a-1');
    expect(t).toMatchObject({
      status: 'on-hold',
      statusReason: { text: 'Waiting for a prescriber' },
      owner: { reference: 'Organization/HSEM' },
      note: [{ text: 'Dose 60 mg' }],
    });
    expect(labels(t)).toEqual(expect.arrayContaining(['R', 'SUD', '42CFRPart2', 'NORDSCLCD']));
    const g = of<Goal>(bundle, 'Goal', 'g-1');
    expect(g).toMatchObject({
      lifecycleStatus: 'completed',
      achievementStatus: { coding: [{ code: 'achieved' }] },
      target: [{ measure: { text: 'Three negative screens' }, dueDate: '2027-01-01' }],
      addresses: [{ reference: 'Condition/n-1' }],
    });
    const sr = of<ServiceRequest>(bundle, 'ServiceRequest', 'r-1');
    expect(sr.status).toBe('revoked');
    expect(sr.note?.map((n) => n.text)).toEqual(['SENT', 'DECLINED: Full']);
    const c = of<Consent>(bundle, 'Consent', 'c-1');
    expect(c.status).toBe('inactive');
    expect(c.policyRule?.coding?.[0]?.code).toBe('OPTINR');
    expect(c.provision?.purpose?.[0]?.code).toBe('TREAT');
    expect(c.provision?.actor?.[0]?.reference.identifier?.value).toBe('GP');
    expect(c.provision?.provision?.[0]).toMatchObject({
      type: 'deny',
      class: [{ code: 'MENTAL_HEALTH' }],
    });
  });

  it('names every organization and practitioner referred to, with valid ids', () => {
    const practitioners = (bundle.entry ?? []).filter(
      (e) => e.resource?.resourceType === 'Practitioner',
    );
    expect(practitioners).toHaveLength(2); // Aoife and Niamh, whose staff id is no FHIR id
    const orgs = (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Organization');
    expect(orgs.map((e) => e.resource?.id)).toEqual(['CDAS', 'HSEM', 'PROB']);
  });
});

describe("the export's GraphQL operations", () => {
  it('are valid against the composed API schema (gateway/api-schema.graphql)', () => {
    const schema = buildSchema(
      readFileSync(join(__dirname, '..', 'gateway', 'api-schema.graphql'), 'utf8'),
    );
    for (const query of [PLAN_CURRENT_VERSION_QUERY, PLAN_EXPORT_QUERY, CONSENT_PAGE_QUERY])
      expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });
});

describe('the disclosure export', () => {
  const entry = {
    at: '2026-01-02T03:04:05.000Z',
    readerAgency: 'PROB',
    readerUser: 'prob-declan',
    categories: ['CARE_PLAN_SUMMARY'],
    fields: ['Case.carePlan'],
    consentIds: ['c-1'],
    bases: ['CONSENT'],
    operationName: 'Plan',
    requestId: 'req-1',
    position: 7,
    hash: 'a'.repeat(64),
    recordedBy: 'PROB',
  };
  const attempt = {
    ...entry,
    category: 'SUBSTANCE_USE',
    field: 'ActionDelivery.progressNotes',
    purposeOfUse: 'CARE_COORDINATION',
    reason: 'NO_CONSENT',
    position: 3,
  };

  it('is a valid R4 Bundle, disclosures and denied attempts alike (no total: bdl-1)', () => {
    expect(bundleErrors(fhirBundle('su-1', [entry, { ...entry, position: 8 }]))).toEqual([]);
    expect(bundleErrors(deniedBundle('su-1', [attempt]))).toEqual([]);
    expect(fhirErrors(fhirBundle('su-1', []))).toEqual([]);
  });
});
