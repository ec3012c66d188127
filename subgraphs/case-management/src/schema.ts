import { buildFederatedSchema, type SubgraphSchema } from '@icp/shared';
import type { CmContext } from './context';
import { AgencyResolver, resolveAgencyReference } from './agency/agency.resolver';
import {
  ServiceUserResolver,
  resolveServiceUserReference,
  serviceUserSubject,
} from './service-user/service-user.resolver';
import { CaseResolver, caseSubject, resolveCaseReference } from './case/case.resolver';
import {
  CarePlanResolver,
  PlanActionResolver,
  actionSubject,
  planSubject,
} from './care-plan/care-plan.resolver';
import { ConsentResolver } from './consent/consent.resolver';
import { ActionDeliveryRef, KeyWorkerRef } from './federation/refs';

/** The case-management subgraph schema, with consent enforcement applied. Needs no database. */
export function buildCaseManagementSchema(): Promise<SubgraphSchema> {
  return buildFederatedSchema<CmContext>({
    resolvers: [
      AgencyResolver,
      ServiceUserResolver,
      CaseResolver,
      CarePlanResolver,
      PlanActionResolver,
      ConsentResolver,
    ],
    orphanedTypes: [KeyWorkerRef, ActionDeliveryRef],
    referenceResolvers: {
      Agency: { __resolveReference: resolveAgencyReference },
      ServiceUser: { __resolveReference: resolveServiceUserReference },
      Case: { __resolveReference: resolveCaseReference },
    },
    consentSubjects: {
      ServiceUser: serviceUserSubject,
      Case: caseSubject,
      CarePlan: planSubject,
      PlanAction: actionSubject,
    },
  });
}
