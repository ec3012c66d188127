/**
 * Condition: a need of the plan version, in its domain. Its description is data of the domain's
 * consent category (a substance-use need is SUBSTANCE_USE data); its domain and whether it is met
 * are the plan summary.
 */
import type { Condition } from '@medplum/fhirtypes';
import { categoryOfDomain } from '@icp/shared';
import type { ExportContext } from './export-context';
import type { NeedData } from './plan-export.data';
import { metaFor } from './security-labels';
import { HL7, ICP_SYSTEMS, coding } from './terminology';

export function condition(
  need: NeedData,
  path: readonly (string | number)[],
  patientId: string,
  ctx: ExportContext,
): Condition {
  const domain = need.domain ? [coding(ICP_SYSTEMS.needDomain, need.domain)] : [];
  return {
    resourceType: 'Condition',
    id: need.id,
    meta: metaFor(['CARE_PLAN_SUMMARY', categoryOfDomain(need.domain)], {
      redacted: ctx.withheldUnder(path),
    }),
    ...(need.met !== null
      ? {
          clinicalStatus: {
            coding: [coding(HL7.conditionClinical, need.met ? 'resolved' : 'active')],
          },
        }
      : {}),
    category: [
      { coding: [coding(HL7.conditionCategory, 'problem-list-item', 'Problem List Item')] },
      ...(domain.length > 0 ? [{ coding: domain }] : []),
    ],
    code: {
      ...(domain.length > 0 ? { coding: domain } : {}),
      ...(need.description ? { text: need.description } : {}),
    },
    subject: { reference: `Patient/${patientId}` },
  };
}
