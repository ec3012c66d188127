import { In, type DataSource } from 'typeorm';
import { isUuid, loaderByKey, loaderGroupedBy } from '@icp/shared';
import { Consent, ConsentVersion } from './consent.entity';

export function consentByIdLoader(ds: DataSource) {
  return loaderByKey<string, Consent>(
    (ids) => ds.getRepository(Consent).findBy({ id: In(ids.filter(isUuid)) }),
    (r) => r.id,
  );
}

/** Every version of each consent, oldest first. */
export function versionsByConsentIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, ConsentVersion>(
    (ids) =>
      ds
        .getRepository(ConsentVersion)
        .find({ where: { consentId: In([...ids]) }, order: { version: 'ASC' } }),
    (r) => r.consentId,
  );
}
