import { In, type DataSource } from 'typeorm';
import { loaderByKey } from '@icp/shared';
import { KeyWorker } from './key-worker.entity';

export function keyWorkerByIdLoader(ds: DataSource, agencyCode: string) {
  return loaderByKey<string, KeyWorker>(
    async (ids) =>
      (await ds.getRepository(KeyWorker).findBy({ id: In([...ids]) })).map((k) =>
        Object.assign(k, { agencyCode }),
      ),
    (r) => r.id,
  );
}
