import { onDataSource } from '@icp/shared';
import type { CmModule } from '../kernel/context';
import { PlanCopyAcknowledgement } from './plan-copy-acknowledgement.entity';
import { PlanCopyAcknowledgements1764500000049 } from './1764500000049-plan-copy-acknowledgements';
import {
  PlanCopyAcknowledgementResolver,
  ServiceUserAccessResolver,
  acknowledgementByCopyIdLoader,
} from './service-user-access.resolver';
import { ServiceUserAccessService } from './service-user-access.service';

declare module '../kernel/context' {
  interface CmServices {
    serviceUserAccess: ServiceUserAccessService;
  }
  interface CmLoaders {
    acknowledgementByCopyId: ReturnType<typeof acknowledgementByCopyIdLoader>;
  }
}

/**
 * The service user's own access (ADR 0049): `myOwnRecord`, the acknowledgement of their copy of
 * the plan, and the root fields of case-management a SERVICE_USER may use. Every other root field
 * is FORBIDDEN to them; what these answer is limited to their own records by the consent guard
 * (basis SUBJECT), so by-id reads of anyone else are null.
 */
export const serviceUserAccessModule: CmModule = {
  name: 'service-user-access',
  entities: [PlanCopyAcknowledgement],
  migrations: [PlanCopyAcknowledgements1764500000049],
  services: { serviceUserAccess: (s) => new ServiceUserAccessService(s.uow, s.decider) },
  loaders: onDataSource({ acknowledgementByCopyId: acknowledgementByCopyIdLoader }),
  resolvers: [ServiceUserAccessResolver, PlanCopyAcknowledgementResolver],
  serviceUserRootFields: [
    'Query.myOwnRecord',
    'Query.serviceUser',
    'Query.case',
    'Query.carePlan',
    'Query.consent',
    'Query.referral',
    'Query.gapBlock',
    'Query.meeting',
    'Query.agencies',
    'Mutation.acknowledgePlanCopy',
  ],
};
