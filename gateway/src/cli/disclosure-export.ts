/**
 * Turns "who saw my data" (ServiceUser.disclosureLog) into an export for a subject access
 * request: a FHIR R4 Bundle of AuditEvent resources shaped after IHE Basic Audit Log Patterns
 * (a "read" by a user of an agency, about the service user as patient), or CSV. Pure functions,
 * so the CLI stays a thin shell.
 */
import { DISCLOSURE_PAGE_MAX } from '@icp/shared';

export interface ExportedEntry {
  at: string;
  readerAgency: string;
  readerUser: string;
  categories: string[];
  fields: string[];
  consentIds: string[];
  bases: string[];
  operationName: string | null;
  requestId: string;
  position: number;
  hash: string;
}

/** Entries with the subgraph that recorded them: 'case-management' or an agency code. */
export interface SourcedEntry extends ExportedEntry {
  recordedBy: string;
}

export interface DisclosureLogData {
  entries: ExportedEntry[] | null;
  agencies: { agencyCode: string; entries: ExportedEntry[] | null }[] | null;
}

export const DISCLOSURE_LOG_QUERY = /* GraphQL */ `
  query DisclosureExport($id: ID!, $from: DateTimeISO, $to: DateTimeISO) {
    serviceUser(id: $id) {
      pseudonym
      disclosureLog(from: $from, to: $to) {
        entries {
          ...ExportEntry
        }
        agencies {
          agencyCode
          entries {
            ...ExportEntry
          }
        }
      }
    }
  }
  fragment ExportEntry on DisclosureEntry {
    at
    readerAgency
    readerUser
    categories
    fields
    consentIds
    bases
    operationName
    requestId
    position
    hash
  }
`;

/**
 * Every entry, oldest first, with where it was recorded; the subgraphs whose part is missing
 * (an agency down, or refusing), so an export never looks complete when it is not; and those
 * that returned a full page (DISCLOSURE_PAGE_MAX, their newest entries), which may hold older
 * entries than the period's export shows.
 */
export function flatten(log: DisclosureLogData): {
  entries: SourcedEntry[];
  missing: string[];
  fullPage: string[];
} {
  const entries: SourcedEntry[] = [];
  const missing: string[] = [];
  const fullPage: string[] = [];
  const add = (recordedBy: string, part: ExportedEntry[] | null) => {
    if (!part) {
      missing.push(recordedBy);
      return;
    }
    if (part.length >= DISCLOSURE_PAGE_MAX) fullPage.push(recordedBy);
    entries.push(...part.map((e) => ({ ...e, recordedBy })));
  };
  add('case-management', log.entries);
  if (!log.agencies) missing.push('agencies');
  for (const a of log.agencies ?? []) add(a.agencyCode, a.entries);
  entries.sort(
    (x, y) =>
      x.at.localeCompare(y.at) ||
      x.recordedBy.localeCompare(y.recordedBy) ||
      x.position - y.position,
  );
  return { entries, missing, fullPage };
}

const BALP_READ =
  'https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PatientRead';
const SYSTEM = 'urn:icp';

const detail = (type: string, value: string) => ({ type, valueString: value });

/** One AuditEvent (FHIR R4) for one entry. */
export function auditEvent(serviceUserId: string, e: SourcedEntry) {
  return {
    resourceType: 'AuditEvent',
    id: `${e.recordedBy.toLowerCase()}-${e.position}`,
    meta: { profile: [BALP_READ] },
    type: {
      system: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
      code: 'rest',
      display: 'Restful Operation',
    },
    subtype: [{ system: 'http://hl7.org/fhir/restful-interaction', code: 'read', display: 'read' }],
    action: 'R',
    recorded: e.at,
    outcome: '0',
    agent: [
      {
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
              code: 'IRCP',
              display: 'information recipient',
            },
          ],
        },
        who: {
          identifier: { system: `${SYSTEM}:agency:${e.readerAgency}:staff`, value: e.readerUser },
        },
        requestor: true,
        // BALP carries the authorisations relied on (here consents) as agent policies.
        policy: e.consentIds.map((id) => `${SYSTEM}:consent:${id}`),
      },
      {
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v3-RoleClass',
              code: 'PROV',
              display: 'healthcare provider',
            },
          ],
        },
        who: { identifier: { system: `${SYSTEM}:agency`, value: e.readerAgency } },
        requestor: false,
      },
    ],
    source: {
      observer: { identifier: { system: `${SYSTEM}:subgraph`, value: e.recordedBy } },
      type: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/security-source-type',
          code: '4',
          display: 'Application Server',
        },
      ],
    },
    entity: [
      {
        what: { identifier: { system: `${SYSTEM}:service-user`, value: serviceUserId } },
        type: {
          system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
          code: '1',
          display: 'Person',
        },
        role: {
          system: 'http://terminology.hl7.org/CodeSystem/object-role',
          code: '1',
          display: 'Patient',
        },
      },
      {
        what: { identifier: { system: `${SYSTEM}:request`, value: e.requestId } },
        type: {
          system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
          code: '2',
          display: 'System Object',
        },
        detail: [
          ...(e.operationName ? [detail('operationName', e.operationName)] : []),
          detail('categories', e.categories.join(' ')),
          detail('fields', e.fields.join(' ')),
          detail('bases', e.bases.join(' ')),
          detail('chain', `${e.recordedBy} ${e.position}:${e.hash}`),
        ],
      },
    ],
  };
}

/** A FHIR R4 collection Bundle of the entries' AuditEvents. */
export function fhirBundle(serviceUserId: string, entries: SourcedEntry[], now = new Date()) {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now.toISOString(),
    total: entries.length,
    entry: entries.map((e) => ({
      fullUrl: `${SYSTEM}:audit-event:${e.recordedBy.toLowerCase()}-${e.position}`,
      resource: auditEvent(serviceUserId, e),
    })),
  };
}

const CSV_COLUMNS = [
  'at',
  'recordedBy',
  'position',
  'readerAgency',
  'readerUser',
  'categories',
  'fields',
  'consentIds',
  'bases',
  'operationName',
  'requestId',
  'hash',
] as const;

/** RFC 4180: quote every field that needs it; a leading = + - @ is defused for spreadsheets. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csv(entries: SourcedEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of entries) {
    lines.push(
      CSV_COLUMNS.map((c) => {
        const v = e[c];
        return csvField(Array.isArray(v) ? v.join(' ') : v === null ? '' : String(v));
      }).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
