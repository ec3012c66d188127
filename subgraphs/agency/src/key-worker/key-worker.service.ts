import type { UnitOfWork } from '@icp/shared';
import { KeyWorker } from './key-worker.entity';

/** This agency's staff list. */
export class KeyWorkerService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly agencyCode: string,
  ) {}

  /** The whole staff, by name. */
  async list(): Promise<KeyWorker[]> {
    const rows = await this.uow.manager.getRepository(KeyWorker).find({ order: { name: 'ASC' } });
    return rows.map((k) => Object.assign(k, { agencyCode: this.agencyCode }));
  }

  /** One member of staff, or null. */
  byId(id: string): Promise<KeyWorker | null> {
    return this.uow.manager.getRepository(KeyWorker).findOneBy({ id });
  }
}
