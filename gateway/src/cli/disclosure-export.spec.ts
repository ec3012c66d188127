import { csv, deniedCsv } from './disclosure-csv';
import {
  deniedBundle,
  fhirBundle,
  flatten,
  flattenDenied,
  type ExportedDeniedAttempt,
  type ExportedEntry,
} from './disclosure-export';

const entry = (o: Partial<ExportedEntry> = {}): ExportedEntry => ({
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
  ...o,
});

const attempt = (o: Partial<ExportedDeniedAttempt> = {}): ExportedDeniedAttempt => ({
  at: '2026-01-02T03:04:05.000Z',
  readerAgency: 'PROB',
  readerUser: 'prob-declan',
  category: 'SUBSTANCE_USE',
  field: 'ActionDelivery.progressNotes',
  purposeOfUse: 'CARE_COORDINATION',
  reason: 'NO_CONSENT',
  operationName: 'Plan',
  requestId: 'req-2',
  position: 3,
  hash: 'b'.repeat(64),
  ...o,
});

describe('disclosure export', () => {
  it('merges the subgraphs oldest first and names the parts that are missing', () => {
    const { entries, missing } = flatten({
      entries: [entry({ at: '2026-01-03T00:00:00.000Z' })],
      agencies: [
        { agencyCode: 'CDAS', entries: [entry({ position: 1 })] },
        { agencyCode: 'HSEM', entries: null },
      ],
    });
    expect(entries.map((e) => e.recordedBy)).toEqual(['CDAS', 'case-management']);
    expect(missing).toEqual(['HSEM']);
  });

  it('writes a BALP-shaped AuditEvent per entry, consents as agent policies', () => {
    const bundle = fhirBundle('su-1', [{ ...entry(), recordedBy: 'PROB' }]);
    const event = bundle.entry![0]!.resource;
    expect(event).toMatchObject({
      resourceType: 'AuditEvent',
      action: 'R',
      recorded: '2026-01-02T03:04:05.000Z',
      agent: [{ requestor: true, policy: ['urn:icp:consent:c-1'] }, { requestor: false }],
      entity: [
        { what: { identifier: { value: 'su-1' } } },
        { what: { identifier: { value: 'req-1' } } },
      ],
    });
  });

  it('escapes CSV and defuses spreadsheet formulas', () => {
    const text = csv([
      { ...entry({ readerUser: '=cmd,"x"', operationName: null }), recordedBy: 'CDAS' },
    ]);
    const row = text.split('\r\n')[1]!;
    expect(row).toContain(`"'=cmd,""x"""`);
    expect(row).toContain(',CONSENT,,req-1,');
  });

  it('gathers the denied attempts apart from the entries, naming the parts that are missing', () => {
    const { attempts, missing } = flattenDenied({
      entries: [entry()],
      deniedAttempts: [attempt({ at: '2026-01-03T00:00:00.000Z' })],
      agencies: [
        { agencyCode: 'HSEM', entries: [entry()], deniedAttempts: [attempt({ position: 1 })] },
        { agencyCode: 'CDAS', entries: [entry()], deniedAttempts: null },
      ],
    });
    expect(attempts.map((a) => a.recordedBy)).toEqual(['HSEM', 'case-management']);
    expect(missing).toEqual(['CDAS']);
    expect(flatten({ entries: [entry()], agencies: [] }).entries).toHaveLength(1);
  });

  it('labels the denied attempts as such: AuditEvents with a failed outcome and no consent', () => {
    const bundle = deniedBundle('su-1', [{ ...attempt(), recordedBy: 'HSEM' }]);
    expect(bundle.meta!.tag![0]!.code).toBe('denied-attempts');
    expect(fhirBundle('su-1', []).meta!.tag![0]!.code).toBe('disclosures');
    expect(bundle.entry![0]!.resource).toMatchObject({
      resourceType: 'AuditEvent',
      id: 'denied-hsem-3',
      action: 'R',
      outcome: '4',
      outcomeDesc: 'Refused: NO_CONSENT',
      agent: [
        {
          requestor: true,
          purposeOfUse: [{ coding: [{ code: 'CARE_COORDINATION' }] }],
        },
        { requestor: false },
      ],
      entity: [
        { what: { identifier: { value: 'su-1' } } },
        { what: { identifier: { value: 'req-2' } } },
      ],
    });
    expect(bundle.entry![0]!.resource!.agent[0]).not.toHaveProperty('policy');
  });

  it('writes the denied attempts as CSV with their own columns', () => {
    const lines = deniedCsv([{ ...attempt({ category: null }), recordedBy: 'HSEM' }]).split('\r\n');
    expect(lines[0]).toBe(
      'at,recordedBy,position,readerAgency,readerUser,category,field,purposeOfUse,reason,operationName,requestId,hash',
    );
    expect(lines[1]).toContain(',HSEM,3,PROB,prob-declan,,ActionDelivery.progressNotes,');
  });
});
