/**
 * Consent: one consent of the service user, as a FHIR Consent with a permit provision (the
 * recipient agency or kind of agency as actor, information recipient; the purpose as an HL7
 * purpose of use; the categories as class and security labels; the period) and a nested deny
 * provision per exception. A full copy (HSE methadone provision) names no class: it covers every
 * category, those added later included.
 */
import type {
  Coding,
  Consent,
  ConsentProvision,
  Organization,
  Reference,
} from '@medplum/fhirtypes';
import { isConsentCategory } from '@icp/shared';
import type { ExportContext } from './export-context';
import type { ConsentData } from './plan-export.data';
import { categoryLabel, metaFor, securityLabels } from './security-labels';
import { HL7, ICP_SYSTEMS, PURPOSE_OF_USE, coding } from './terminology';

type ConsentStatus = Consent['status'];

const STATUS: Record<string, ConsentStatus> = {
  ACTIVE: 'active',
  WITHDRAWN: 'inactive',
  EXPIRED: 'inactive',
};

const RECIPIENT = coding(HL7.participationType, 'IRCP', 'information recipient');

/** The categories of a provision: as class (the product's codes) and as security labels. */
function covered(
  categories: readonly string[] | null,
): Pick<ConsentProvision, 'class' | 'securityLabel'> {
  const known = (categories ?? []).filter(isConsentCategory);
  if (known.length === 0) return {};
  return {
    class: known.map(categoryLabel),
    // The HL7 labels only (sensitivity, confidentiality); the product's codes are the class.
    securityLabel: securityLabels(known).filter((l) => l.system !== ICP_SYSTEMS.consentCategory),
  };
}

const span = (start: string | null, end: string | null) =>
  start || end ? { period: { ...(start ? { start } : {}), ...(end ? { end } : {}) } } : {};

function recipient(c: ConsentData, ctx: ExportContext): Reference<Organization> | undefined {
  if (c.recipientAgency) return ctx.organization(c.recipientAgency.code);
  if (c.recipientAgencyKind)
    return {
      identifier: { system: ICP_SYSTEMS.agencyKind, value: c.recipientAgencyKind },
      display: `Every agency of kind ${c.recipientAgencyKind}`,
    };
  return undefined;
}

export function consent(
  c: ConsentData,
  path: readonly (string | number)[],
  patientId: string,
  ctx: ExportContext,
): Consent | undefined {
  const status = c.status ? STATUS[c.status] : undefined;
  // R4 requires a status; a consent whose status was not given is left out, not guessed.
  if (!status) return undefined;
  const actor = recipient(c, ctx);
  const purpose: Coding[] = c.purpose
    ? [
        ...(PURPOSE_OF_USE[c.purpose] ? [PURPOSE_OF_USE[c.purpose]!] : []),
        coding(ICP_SYSTEMS.consentPurpose, c.purpose),
      ]
    : [];
  const exceptions: ConsentProvision[] = (c.exceptions ?? []).map((e) => ({
    type: 'deny',
    ...span(e.validFrom, e.validUntil),
    ...covered(e.categories),
  }));
  return {
    resourceType: 'Consent',
    id: c.id,
    meta: metaFor(['CARE_PLAN_SUMMARY'], { redacted: ctx.withheldUnder(path) }),
    status,
    scope: { coding: [coding(HL7.consentScope, 'patient-privacy', 'Privacy Consent')] },
    category: [{ coding: [coding(HL7.loinc, '59284-0', 'Patient Consent')] }],
    patient: { reference: `Patient/${patientId}` },
    ...(c.recordedAt ? { dateTime: c.recordedAt } : {}),
    performer: [{ reference: `Patient/${patientId}` }],
    ...(c.recordedBy ? { organization: [ctx.organization(c.recordedBy.agencyCode)] } : {}),
    ...(c.evidenceRef
      ? {
          sourceAttachment: {
            title: c.evidenceRef,
            ...(c.evidenceSignedOn ? { creation: c.evidenceSignedOn } : {}),
          },
        }
      : {}),
    policyRule: {
      coding: [
        exceptions.length > 0
          ? coding(HL7.actCode, 'OPTINR', 'opt-in with restrictions')
          : coding(HL7.actCode, 'OPTIN', 'opt-in'),
      ],
    },
    provision: {
      type: 'permit',
      ...span(c.validFrom, c.validUntil),
      ...(actor ? { actor: [{ role: { coding: [RECIPIENT] }, reference: actor }] } : {}),
      ...(purpose.length > 0 ? { purpose } : {}),
      ...(c.fullCopy ? {} : covered(c.categories)),
      ...(exceptions.length > 0 ? { provision: exceptions } : {}),
    },
  };
}
