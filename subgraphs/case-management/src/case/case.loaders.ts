import { In, Not, type DataSource } from 'typeorm';
import { isUuid, loaderByKey } from '@icp/shared';
import { Case, CaseStatus } from './case.entity';

export function caseByIdLoader(ds: DataSource) {
  return loaderByKey<string, Case>(
    (ids) => ds.getRepository(Case).findBy({ id: In(ids.filter(isUuid)) }),
    (r) => r.id,
  );
}

export function openCaseByServiceUserIdLoader(ds: DataSource) {
  return loaderByKey<string, Case>(
    (ids) =>
      ds
        .getRepository(Case)
        .findBy({ serviceUserId: In([...ids]), status: Not(CaseStatus.CLOSED) }),
    (r) => r.serviceUserId,
  );
}
