import { In, type DataSource } from 'typeorm';
import { isUuid, loaderByKey, loaderGroupedBy } from '@icp/shared';
import { ActionDelivery, ProgressNote } from './action-delivery.entity';

export function deliveryByActionIdLoader(ds: DataSource, agencyCode: string) {
  return loaderByKey<string, ActionDelivery>(
    async (ids) =>
      (await ds.getRepository(ActionDelivery).findBy({ actionId: In(ids.filter(isUuid)) })).map(
        (d) => Object.assign(d, { agencyCode }),
      ),
    (r) => r.actionId,
  );
}

export function notesByActionIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, ProgressNote>(
    (ids) =>
      ds.getRepository(ProgressNote).find({
        where: { actionId: In([...ids]) },
        order: { writtenAt: 'DESC', id: 'ASC' },
      }),
    (r) => r.actionId,
  );
}
