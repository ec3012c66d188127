import { ConsentEpoch, onDataSource } from '@icp/shared';
import type { CmModule } from '../kernel/context';
import { Consent, ConsentVersion } from './consent.entity';
import { consentDecisionRoutes } from './consent-decisions.routes';
import {
  ConsentResolver,
  ConsentVersionResolver,
  ServiceUserConsentsResolver,
  consentRecordSubject,
  consentVersionSubject,
} from './consent.resolver';
import { CategoryPreviewResolver, ConsentPreviewResolver, previewSubject } from './consent-preview';
import { ConsentService } from './consent.service';
import { consentByIdLoader, versionsByConsentIdLoader } from './consent.loaders';
import { LocalConsentDecider } from './local-consent-decider';
import { seedConsentDemo } from './consent.demo';
import {
  ConsentExceptionResolver,
  ConsentExceptionsResolver,
  consentExceptionSubject,
} from './consent-exception';
import { ConsentDenyProvisions1764400000006 } from './1764400000006-consent-deny-provisions';

declare module '../kernel/context' {
  interface CmServices {
    consents: ConsentService;
    /** Decides every consent question, for this subgraph and (by the internal route) agencies. */
    decider: LocalConsentDecider;
    /** Bumped after every mutation; stated in every answer and decision (ADR 0025). */
    consentEpoch: ConsentEpoch;
  }
  interface CmLoaders {
    consentById: ReturnType<typeof consentByIdLoader>;
    versionsByConsentId: ReturnType<typeof versionsByConsentIdLoader>;
  }
}

/** The consent register, its versions, previews, and the decisions every subgraph asks for. */
export const consentModule: CmModule = {
  name: 'consent',
  entities: [Consent, ConsentVersion],
  migrations: [ConsentDenyProvisions1764400000006],
  services: {
    consents: (s) => new ConsentService(s.uow, s.directory, s.serviceUsers),
    decider: (s) => new LocalConsentDecider(s.uow, s.directory),
    consentEpoch: () => new ConsentEpoch(),
  },
  loaders: onDataSource({
    consentById: consentByIdLoader,
    versionsByConsentId: versionsByConsentIdLoader,
  }),
  resolvers: [
    ConsentResolver,
    ConsentExceptionsResolver,
    ConsentExceptionResolver,
    ConsentVersionResolver,
    ServiceUserConsentsResolver,
    ConsentPreviewResolver,
    CategoryPreviewResolver,
  ],
  consentSubjects: {
    Consent: consentRecordSubject,
    ConsentVersion: consentVersionSubject,
    ConsentException: consentExceptionSubject,
    ConsentPreview: previewSubject,
    CategoryPreview: previewSubject,
  },
  routes: consentDecisionRoutes,
  seedDemo: seedConsentDemo,
};
