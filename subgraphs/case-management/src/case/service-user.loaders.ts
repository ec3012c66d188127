import { In, type DataSource } from 'typeorm';
import { isUuid, loaderByKey } from '@icp/shared';
import { ServiceUser, ServiceUserIdentity } from './service-user.entity';

export function serviceUserByIdLoader(ds: DataSource) {
  return loaderByKey<string, ServiceUser>(
    (ids) => ds.getRepository(ServiceUser).findBy({ id: In(ids.filter(isUuid)) }),
    (r) => r.id,
  );
}

export function identityByServiceUserIdLoader(ds: DataSource) {
  return loaderByKey<string, ServiceUserIdentity>(
    (ids) => ds.getRepository(ServiceUserIdentity).findBy({ serviceUserId: In([...ids]) }),
    (r) => r.serviceUserId,
  );
}
