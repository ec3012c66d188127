import { In, type DataSource } from 'typeorm';
import { isUuid, loaderByKey, loaderGroupedBy } from '@icp/shared';
import { Referral, ReferralEvent } from './referral.entity';

export function referralByIdLoader(ds: DataSource) {
  return loaderByKey<string, Referral>(
    (ids) => ds.getRepository(Referral).findBy({ id: In(ids.filter(isUuid)) }),
    (r) => r.id,
  );
}

export function referralsByCaseIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, Referral>(
    (ids) =>
      ds
        .getRepository(Referral)
        .find({ where: { caseId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
    (r) => r.caseId,
  );
}

export function eventsByReferralIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, ReferralEvent>(
    (ids) =>
      ds
        .getRepository(ReferralEvent)
        .find({ where: { referralId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
    (e) => e.referralId,
  );
}
