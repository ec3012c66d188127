import { In, type DataSource } from 'typeorm';
import {
  isUuid,
  loaderByKey,
  loaderGroupedBy,
  type AssignedActionDto,
  type OnBehalfOf,
} from '@icp/shared';
import { ActionDelivery, ProgressNote } from './action-delivery.entity';
import type { CaseManagementClient } from '../case-management/case-management-client';

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

/** Plan actions assigned to this agency, asked of case-management in one call per batch. */
export function assignedActionLoader(cm: CaseManagementClient, behalf: OnBehalfOf) {
  return loaderByKey<string, AssignedActionDto>(
    (ids) => cm.assignedActions(behalf, ids.filter(isUuid)),
    (r) => r.id,
  );
}
