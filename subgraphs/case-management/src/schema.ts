import { buildFederatedSchema, type SubgraphSchema } from '@icp/shared';
import type { CmContext } from './context';
import type { CmFeature } from './feature';
import { AgencyResolver, resolveAgencyReference } from './agency/agency.resolver';
import {
  ServiceUserResolver,
  resolveServiceUserReference,
  serviceUserSubject,
} from './service-user/service-user.resolver';
import { CaseResolver, caseSubject, resolveCaseReference } from './case/case.resolver';
import { caseFeature } from './case/case.feature';
import { carePlanFeature } from './care-plan/care-plan.feature';
import { consentFeature } from './consent/consent.feature';
import { referralFeature } from './referral/referral.feature';
import { gapBlockFeature } from './gaps-and-blocks/gap-block.feature';
import { planCopyFeature } from './plan-copy/plan-copy.feature';
import { serviceDeliveryChangeFeature } from './service-delivery-change/service-delivery-change.feature';
import { meetingFeature } from './meeting/meeting.feature';
import { disclosureLogFeature } from './disclosure-log/disclosure-log.feature';
import { ActionDeliveryRef, KeyWorkerRef } from './federation/refs';

const FEATURES: CmFeature[] = [
  consentFeature,
  caseFeature,
  carePlanFeature,
  referralFeature,
  gapBlockFeature,
  planCopyFeature,
  serviceDeliveryChangeFeature,
  meetingFeature,
  disclosureLogFeature,
];

/** The case-management subgraph schema, with consent enforcement applied. Needs no database. */
export function buildCaseManagementSchema(): Promise<SubgraphSchema> {
  return buildFederatedSchema<CmContext>({
    resolvers: [
      AgencyResolver,
      ServiceUserResolver,
      CaseResolver,
      ...FEATURES.flatMap((f) => f.resolvers),
    ],
    orphanedTypes: [
      KeyWorkerRef,
      ActionDeliveryRef,
      ...FEATURES.flatMap((f) => f.orphanedTypes ?? []),
    ],
    referenceResolvers: {
      Agency: { __resolveReference: resolveAgencyReference },
      ServiceUser: { __resolveReference: resolveServiceUserReference },
      Case: { __resolveReference: resolveCaseReference },
      ...Object.assign({}, ...FEATURES.map((f) => f.referenceResolvers ?? {})),
    },
    consentSubjects: {
      ServiceUser: serviceUserSubject,
      Case: caseSubject,
      ...Object.assign({}, ...FEATURES.map((f) => f.consentSubjects ?? {})),
    },
    // What is read through a referral is read for that referral: a REFERRAL consent covers it.
    purposeContexts: { Referral: 'REFERRAL', ReferralEvent: 'REFERRAL' },
  });
}
