import type { CmFeature } from '../feature';
import { NotificationResolver, notificationSubject } from '../notification/notification.resolver';
import {
  CaseReferralsResolver,
  ReferralEventResolver,
  ReferralResolver,
  referralEventSubject,
  referralSubject,
} from './referral.resolver';

/** Referrals, and the notifications they raise. */
export const referralFeature: CmFeature = {
  resolvers: [ReferralResolver, ReferralEventResolver, CaseReferralsResolver, NotificationResolver],
  consentSubjects: {
    Referral: referralSubject,
    ReferralEvent: referralEventSubject,
    Notification: notificationSubject,
  },
};
