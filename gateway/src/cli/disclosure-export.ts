/**
 * Turns "who saw my data" (ServiceUser.disclosureLog) into an export for a subject access
 * request: a FHIR R4 Bundle of AuditEvent resources shaped after IHE Basic Audit Log Patterns
 * (a "read" by a user of an agency, about the service user as patient); CSV is
 * ./disclosure-csv. The denied attempts (security events, ADR 0029) are a separate export of
 * their own, labelled as such: AuditEvents with a failed outcome. Pure functions, so the CLI
 * stays a thin shell.
 */
import type {
  AuditEvent,
  AuditEventAgent,
  AuditEventEntity,
  AuditEventSource,
  Bundle,
  Coding,
} from '@medplum/fhirtypes';

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

/** A refused read, as DisclosureLog.deniedAttempts lists it. */
export interface ExportedDeniedAttempt {
  at: string;
  readerAgency: string;
  readerUser: string;
  category: string | null;
  field: string;
  purposeOfUse: string;
  reason: string;
  operationName: string | null;
  requestId: string;
  position: number;
  hash: string;
}

/** Denied attempts with the subgraph that recorded them. */
export interface SourcedDeniedAttempt extends ExportedDeniedAttempt {
  recordedBy: string;
}

/**
 * Every part of the log, each read to its last page (disclosure-log-pages.ts); null where a part
 * is missing.
 */
export interface DisclosureLogData {
  entries: ExportedEntry[] | null;
  /** Absent from an answer that did not ask for it (older clients). */
  deniedAttempts?: ExportedDeniedAttempt[] | null;
  agencies:
    | {
        agencyCode: string;
        entries: ExportedEntry[] | null;
        deniedAttempts?: ExportedDeniedAttempt[] | null;
      }[]
    | null;
}

/**
 * One kind of part (entries, or denied attempts) of every subgraph, oldest first, with where each
 * was recorded; and the subgraphs whose part is missing (an agency down, or refusing), so an
 * export never looks complete when it is not.
 */
function gather<T extends { at: string; position: number }>(
  own: T[] | null | undefined,
  agencies: { agencyCode: string; part: T[] | null | undefined }[] | null,
): { items: (T & { recordedBy: string })[]; missing: string[] } {
  const items: (T & { recordedBy: string })[] = [];
  const missing: string[] = [];
  const add = (recordedBy: string, part: T[] | null | undefined) => {
    if (!part) {
      missing.push(recordedBy);
      return;
    }
    items.push(...part.map((e) => ({ ...e, recordedBy })));
  };
  add('case-management', own);
  if (!agencies) missing.push('agencies');
  for (const a of agencies ?? []) add(a.agencyCode, a.part);
  items.sort(
    (x, y) =>
      x.at.localeCompare(y.at) ||
      x.recordedBy.localeCompare(y.recordedBy) ||
      x.position - y.position,
  );
  return { items, missing };
}

/** Every disclosure entry, oldest first, with the missing parts (see gather). */
export function flatten(log: DisclosureLogData): {
  entries: SourcedEntry[];
  missing: string[];
} {
  const { items, missing } = gather(
    log.entries,
    log.agencies?.map((a) => ({ agencyCode: a.agencyCode, part: a.entries })) ?? null,
  );
  return { entries: items, missing };
}

/** Every denied attempt, oldest first, with the missing parts (see gather). */
export function flattenDenied(log: DisclosureLogData): {
  attempts: SourcedDeniedAttempt[];
  missing: string[];
} {
  const { items, missing } = gather(
    log.deniedAttempts,
    log.agencies?.map((a) => ({ agencyCode: a.agencyCode, part: a.deniedAttempts })) ?? null,
  );
  return { attempts: items, missing };
}

const BALP_READ =
  'https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PatientRead';
const SYSTEM = 'urn:icp';

/** How each export labels itself (Bundle and events), so the two are never taken for each other. */
export const EXPORT_LABELS: Record<'disclosures' | 'deniedAttempts', Coding> = {
  disclosures: {
    system: `${SYSTEM}:export`,
    code: 'disclosures',
    display: 'Disclosures: who read the service user’s data',
  },
  deniedAttempts: {
    system: `${SYSTEM}:export`,
    code: 'denied-attempts',
    display: 'Denied attempts: security events, refused reads (nothing was disclosed)',
  },
};

const detail = (type: string, value: string) => ({ type, valueString: value });

const REST_READ: Pick<AuditEvent, 'type' | 'subtype' | 'action'> = {
  type: {
    system: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
    code: 'rest',
    display: 'Restful Operation',
  },
  subtype: [{ system: 'http://hl7.org/fhir/restful-interaction', code: 'read', display: 'read' }],
  action: 'R',
};

/** The purpose of use of a service user's read of their own record (HL7 v3 ActReason). */
export const SUBJECT_PURPOSE_OF_USE = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
      code: 'PATRQT',
      display: 'patient requested',
    },
  ],
};

/** The reading user (requestor) and their agency, as BALP names them. */
function readerAgents(
  e: { readerAgency: string; readerUser: string },
  requestor: Pick<AuditEventAgent, 'policy' | 'purposeOfUse'>,
): AuditEventAgent[] {
  return [
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
      ...requestor,
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
  ];
}

const observer = (recordedBy: string): AuditEventSource => ({
  observer: { identifier: { system: `${SYSTEM}:subgraph`, value: recordedBy } },
  type: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/security-source-type',
      code: '4',
      display: 'Application Server',
    },
  ],
});

const patient = (serviceUserId: string): AuditEventEntity => ({
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
});

const request = (requestId: string, details: ReturnType<typeof detail>[]): AuditEventEntity => ({
  what: { identifier: { system: `${SYSTEM}:request`, value: requestId } },
  type: {
    system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
    code: '2',
    display: 'System Object',
  },
  detail: details,
});

/** One AuditEvent (FHIR R4) for one entry. */
export function auditEvent(serviceUserId: string, e: SourcedEntry): AuditEvent {
  return {
    resourceType: 'AuditEvent',
    id: `${e.recordedBy.toLowerCase()}-${e.position}`,
    meta: { profile: [BALP_READ], tag: [EXPORT_LABELS.disclosures] },
    ...REST_READ,
    recorded: e.at,
    outcome: '0',
    // BALP carries the authorisations relied on (here consents) as agent policies.
    agent: readerAgents(e, {
      policy: e.consentIds.map((id) => `${SYSTEM}:consent:${id}`),
      // The person reading their own record (basis SUBJECT, ADR 0049): HL7 "patient requested".
      ...(e.bases.includes('SUBJECT') ? { purposeOfUse: [SUBJECT_PURPOSE_OF_USE] } : {}),
    }),
    source: observer(e.recordedBy),
    entity: [
      patient(serviceUserId),
      request(e.requestId, [
        ...(e.operationName ? [detail('operationName', e.operationName)] : []),
        detail('categories', e.categories.join(' ')),
        detail('fields', e.fields.join(' ')),
        detail('bases', e.bases.join(' ')),
        detail('chain', `${e.recordedBy} ${e.position}:${e.hash}`),
      ]),
    ],
  };
}

/**
 * A FHIR R4 collection Bundle of the entries' AuditEvents. No `total`: R4 allows it only in a
 * search or history Bundle (bdl-1); a collection's size is its entries'.
 */
export function fhirBundle(
  serviceUserId: string,
  entries: SourcedEntry[],
  now = new Date(),
): Bundle<AuditEvent> {
  return {
    resourceType: 'Bundle',
    meta: { tag: [EXPORT_LABELS.disclosures] },
    type: 'collection',
    timestamp: now.toISOString(),
    entry: entries.map((e) => ({
      fullUrl: `${SYSTEM}:audit-event:${e.recordedBy.toLowerCase()}-${e.position}`,
      resource: auditEvent(serviceUserId, e),
    })),
  };
}

/**
 * One AuditEvent (FHIR R4) for one denied attempt: the same read as a disclosure's, with outcome
 * `4` (minor failure: refused, as HTTP 403), why it was refused, the purpose of use claimed, and
 * no policy (no consent was relied on). Its id and chain name the security event chain.
 */
export function deniedAuditEvent(serviceUserId: string, e: SourcedDeniedAttempt): AuditEvent {
  return {
    resourceType: 'AuditEvent',
    id: `denied-${e.recordedBy.toLowerCase()}-${e.position}`,
    meta: { profile: [BALP_READ], tag: [EXPORT_LABELS.deniedAttempts] },
    ...REST_READ,
    recorded: e.at,
    outcome: '4',
    outcomeDesc: `Refused: ${e.reason}`,
    agent: readerAgents(e, {
      purposeOfUse: [{ coding: [{ system: `${SYSTEM}:purpose-of-use`, code: e.purposeOfUse }] }],
    }),
    source: observer(e.recordedBy),
    entity: [
      patient(serviceUserId),
      request(e.requestId, [
        ...(e.operationName ? [detail('operationName', e.operationName)] : []),
        detail('category', e.category ?? 'UNCATEGORISED'),
        detail('field', e.field),
        detail('reason', e.reason),
        detail('chain', `${e.recordedBy} security-events ${e.position}:${e.hash}`),
      ]),
    ],
  };
}

/** A FHIR R4 collection Bundle of the denied attempts' AuditEvents, labelled as such (no `total`). */
export function deniedBundle(
  serviceUserId: string,
  attempts: SourcedDeniedAttempt[],
  now = new Date(),
): Bundle<AuditEvent> {
  return {
    resourceType: 'Bundle',
    meta: { tag: [EXPORT_LABELS.deniedAttempts] },
    type: 'collection',
    timestamp: now.toISOString(),
    entry: attempts.map((e) => ({
      fullUrl: `${SYSTEM}:security-event:${e.recordedBy.toLowerCase()}-${e.position}`,
      resource: deniedAuditEvent(serviceUserId, e),
    })),
  };
}
