import { auditEvent, type SourcedEntry } from './disclosure-export';

/** A service user's read of their own record (ADR 0049) in the FHIR disclosure export. */
const entry = (bases: string[]): SourcedEntry => ({
  at: '2026-01-02T03:04:05.000Z',
  readerAgency: 'CDAS',
  readerUser: 'cdas-su-1001',
  categories: ['CARE_PLAN_SUMMARY'],
  fields: ['Case.carePlan'],
  consentIds: [],
  bases,
  operationName: 'MyPlan',
  requestId: 'req-1',
  position: 3,
  hash: 'a'.repeat(64),
  recordedBy: 'case-management',
});

describe('the disclosure export of a service user reading their own record', () => {
  it('gives the requesting agent the HL7 purpose of use PATRQT (patient requested)', () => {
    const own = auditEvent('7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a01', entry(['SUBJECT']));
    const requestor = own.agent.find((a) => a.requestor)!;
    expect(requestor.purposeOfUse?.[0]?.coding?.[0]).toMatchObject({
      system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
      code: 'PATRQT',
    });
    const staff = auditEvent('7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a01', entry(['HOLDER']));
    expect(staff.agent.find((a) => a.requestor)!.purposeOfUse).toBeUndefined();
  });
});
