/**
 * ServiceRequest: a referral of the case to another agency (the performer), made by the lead
 * agency (the requester) under a consent (supportingInfo, where the caller may know of it). The
 * product's status is kept exactly (a product extension) beside the FHIR status it maps to, and
 * its status flow is one note per step: the status, when, by whom, and the note recorded.
 */
import type { Annotation, Extension, ServiceRequest } from '@medplum/fhirtypes';
import type { ExportContext } from './export-context';
import type { ReferralData } from './plan-export.data';
import { metaFor } from './security-labels';
import { ICP_EXTENSIONS, ICP_SYSTEMS, coding } from './terminology';

type RequestStatus = ServiceRequest['status'];

const STATUS: Record<string, RequestStatus> = {
  PLANNED: 'draft',
  SENT: 'active',
  ACCEPTED: 'active',
  WAITING: 'active',
  DECLINED: 'revoked',
  COMPLETED: 'completed',
};

export function serviceRequest(
  r: ReferralData,
  path: readonly (string | number)[],
  o: { patientId: string; leadAgencyCode: string | undefined },
  ctx: ExportContext,
): ServiceRequest {
  const extension: Extension[] = [
    ...(r.status
      ? [
          {
            url: ICP_EXTENSIONS.referralStatus,
            valueCoding: coding(ICP_SYSTEMS.referralStatus, r.status),
          },
        ]
      : []),
    ...(r.followUpOn ? [{ url: ICP_EXTENSIONS.followUpOn, valueDate: r.followUpOn }] : []),
    ...(r.interimPlan ? [{ url: ICP_EXTENSIONS.interimPlan, valueString: r.interimPlan }] : []),
  ];
  const flow: Annotation[] = (r.events ?? []).map((e) => ({
    ...(e.by ? { authorReference: ctx.practitioner(e.by) } : {}),
    ...(e.at ? { time: e.at } : {}),
    text: [e.status ?? 'UNKNOWN', e.note].filter(Boolean).join(': '),
  }));
  return {
    resourceType: 'ServiceRequest',
    id: r.id,
    meta: {
      ...metaFor(['CARE_PLAN_SUMMARY'], { redacted: ctx.withheldUnder(path) }),
      ...(r.updatedAt ? { lastUpdated: r.updatedAt } : {}),
    },
    ...(extension.length > 0 ? { extension } : {}),
    // A referral's status is read wherever the referral is; without one it is `unknown`.
    status: (r.status && STATUS[r.status]) || 'unknown',
    intent: 'order',
    code: { text: 'Referral' },
    subject: { reference: `Patient/${o.patientId}` },
    ...(r.createdAt ? { authoredOn: r.createdAt } : {}),
    ...(o.leadAgencyCode ? { requester: ctx.organization(o.leadAgencyCode) } : {}),
    ...(r.toAgency ? { performer: [ctx.organization(r.toAgency.code)] } : {}),
    ...(r.reason ? { reasonCode: [{ text: r.reason }] } : {}),
    ...(r.consentId ? { supportingInfo: [{ reference: `Consent/${r.consentId}` }] } : {}),
    ...(flow.length > 0 ? { note: flow } : {}),
  };
}
