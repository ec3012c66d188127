/**
 * Organization (an agency, from the federation's directory) and Practitioner (a member of an
 * agency's staff, as the plan names them). Directory data, not the service user's: labelled `N`.
 */
import type { Organization, Practitioner } from '@medplum/fhirtypes';
import type { AgencyData, StaffData } from './plan-export.data';
import { fhirId, practitionerId } from './export-context';
import { metaFor } from './security-labels';
import { HL7, ICP_SYSTEMS, coding } from './terminology';

/** One agency. An agency the directory no longer lists keeps its code alone. */
export function organization(code: string, agency: AgencyData | undefined): Organization {
  return {
    resourceType: 'Organization',
    id: fhirId(code),
    meta: metaFor([]),
    identifier: [{ system: ICP_SYSTEMS.agency, value: code }],
    active: agency !== undefined,
    type: [
      {
        coding: [
          coding(HL7.organizationType, 'prov', 'Healthcare Provider'),
          ...(agency?.kind ? [coding(ICP_SYSTEMS.agencyKind, agency.kind)] : []),
        ],
      },
    ],
    ...(agency?.name ? { name: agency.name } : {}),
  };
}

/** One member of an agency's staff, identified by their agency's own staff id. */
export function practitioner(s: StaffData): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: practitionerId(s),
    meta: metaFor([]),
    identifier: [{ system: ICP_SYSTEMS.staff(s.agencyCode), value: s.id }],
    // The role they hold on the case is the CareTeam's (case manager, key worker).
    ...(s.name ? { name: [{ text: s.name }] } : {}),
  };
}
