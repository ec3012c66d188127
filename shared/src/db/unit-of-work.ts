import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The one way services write: `uow.run(work)` runs `work` in the transaction already open in
 * this call chain, or opens one. So a write that spans features (a meeting's finalisation
 * raising Gaps and Blocks forms, a transfer writing a plan version) calls the owning feature's
 * service and that service joins the caller's transaction: all of it commits, or none (ADR 0022).
 *
 * The open transaction is carried by Node's AsyncLocalStorage, per subgraph instance (several
 * instances, each with its own database, share a process in tests and in the demo).
 */
export class UnitOfWork {
  private readonly open = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in the caller's transaction when there is one, else in a new transaction. */
  run<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    const current = this.open.getStore();
    if (current) return work(current);
    return this.dataSource.transaction((m) => this.open.run(m, () => work(m)));
  }

  /** Whether this call chain is inside a transaction of this unit of work. */
  get inTransaction(): boolean {
    return this.open.getStore() !== undefined;
  }

  /** The open transaction's manager, or the data source's for a read outside any. */
  get manager(): EntityManager {
    return this.open.getStore() ?? this.dataSource.manager;
  }
}
