import { In, type DataSource } from 'typeorm';
import { loaderGroupedBy } from '@icp/shared';
import { ServiceDeliveryChange } from './service-delivery-change.entity';

/** The service-delivery changes recorded on each case, newest first. */
export function deliveryChangesByCaseIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, ServiceDeliveryChange>(
    (ids) =>
      ds
        .getRepository(ServiceDeliveryChange)
        .find({ where: { caseId: In([...ids]) }, order: { recordedAt: 'DESC' } }),
    (r) => r.caseId,
  );
}
