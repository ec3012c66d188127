import { ObjectType } from 'type-graphql';
import { ConnectionOf } from '@icp/shared';
import { Referral } from './referral.entity';

/** Pages of referrals (the worklist's referrals awaiting follow-up). */
@ObjectType('ReferralConnection', {
  description: 'A page of referrals, with the cursor to the next page.',
})
export class ReferralConnection extends ConnectionOf(Referral, 'Referral', { noun: 'referral' }) {}
