import type { DataSource } from 'typeorm';
import {
  ConsentGuard,
  type ConsentContext,
  type Directory,
  type Identity,
  type Logger,
} from '@icp/shared';
import {
  serviceUserByIdLoader,
  identityByServiceUserIdLoader,
} from './service-user/service-user.loaders';
import { caseByIdLoader, openCaseByServiceUserIdLoader } from './case/case.loaders';
import {
  actionsByPlanIdLoader,
  planByCaseIdLoader,
  planByIdLoader,
} from './care-plan/care-plan.loaders';
import type { ConsentService } from './consent/consent.service';
import type { ServiceUserService } from './service-user/service-user.service';
import { type LocalConsentDecider } from './consent/local-consent-decider';

/** Application-wide services, created once per process. */
export interface CmServices {
  dataSource: DataSource;
  directory: Directory;
  logger: Logger;
  consents: ConsentService;
  serviceUsers: ServiceUserService;
  decider: LocalConsentDecider;
}

function createLoaders(ds: DataSource) {
  return {
    serviceUserById: serviceUserByIdLoader(ds),
    identityByServiceUserId: identityByServiceUserIdLoader(ds),
    caseById: caseByIdLoader(ds),
    openCaseByServiceUserId: openCaseByServiceUserIdLoader(ds),
    planByCaseId: planByCaseIdLoader(ds),
    planById: planByIdLoader(ds),
    actionsByPlanId: actionsByPlanIdLoader(ds),
  };
}

export type CmLoaders = ReturnType<typeof createLoaders>;

/** The per-request context: identity, consent guard and fresh loaders (never shared). */
export interface CmContext extends ConsentContext {
  loaders: CmLoaders;
  services: CmServices;
}

export function createContext(identity: Identity, services: CmServices): CmContext {
  return {
    identity,
    consent: new ConsentGuard(identity, services.decider, (err) =>
      services.logger.error({ err }, 'consent decision failed; denying'),
    ),
    loaders: createLoaders(services.dataSource),
    services,
  };
}
