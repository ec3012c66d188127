import { onDataSource } from '@icp/shared';
import type { CmModule } from '../kernel/context';
import { Referral, ReferralEvent } from './referral.entity';
import {
  eventsByReferralIdLoader,
  referralByIdLoader,
  referralsByCaseIdLoader,
} from './referral.loaders';
import {
  CaseReferralsResolver,
  ReferralEventResolver,
  ReferralResolver,
  referralEventSubject,
  referralSubject,
} from './referral.resolver';
import { ReferralService } from './referral.service';
import { seedReferralDemo } from './referral.demo';

declare module '../kernel/context' {
  interface CmServices {
    referrals: ReferralService;
  }
  interface CmLoaders {
    referralById: ReturnType<typeof referralByIdLoader>;
    referralsByCaseId: ReturnType<typeof referralsByCaseIdLoader>;
    referralEventsByReferralId: ReturnType<typeof eventsByReferralIdLoader>;
  }
}

/** Referrals to other agencies under the service user's consent (Protocol 3). */
export const referralModule: CmModule = {
  name: 'referral',
  entities: [Referral, ReferralEvent],
  services: {
    referrals: (s) => new ReferralService(s.uow, s.directory, s.notifications),
  },
  loaders: onDataSource({
    referralById: referralByIdLoader,
    referralsByCaseId: referralsByCaseIdLoader,
    referralEventsByReferralId: eventsByReferralIdLoader,
  }),
  resolvers: [ReferralResolver, ReferralEventResolver, CaseReferralsResolver],
  placeFields: { Referral: { consentId: { after: 'reason' } } },
  consentSubjects: {
    Referral: referralSubject,
    ReferralEvent: referralEventSubject,
  },
  seedDemo: seedReferralDemo,
};
