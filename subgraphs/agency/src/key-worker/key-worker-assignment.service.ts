import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { NotFoundError, returnedRows, type Identity, type UnitOfWork } from '@icp/shared';
import type { AgencyLoaders } from '../kernel/context';
import { KeyWorkerAssignment } from './key-worker-assignment.entity';
import { assertOwnStaff, requireKeyWorker } from './staff-access';

type Loaders = Pick<AgencyLoaders, 'keyWorkerById'>;

/** Which of this agency's key workers work with which service users. */
export class KeyWorkerAssignmentService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly agencyCode: string,
  ) {}

  /**
   * Assigns a key worker of this agency to a service user (ids as validated by the resolver's
   * args). Idempotent: assigning someone already
   * assigned returns the assignment that lasts, so a retried call does not fail or duplicate.
   */
  async assign(
    identity: Identity,
    loaders: Loaders,
    serviceUserId: string,
    keyWorkerIdArg: string,
  ): Promise<KeyWorkerAssignment> {
    assertOwnStaff(identity, this.agencyCode, 'Assigning a key worker');
    const keyWorkerId = await requireKeyWorker(loaders.keyWorkerById, keyWorkerIdArg);
    const repo = this.uow.manager.getRepository(KeyWorkerAssignment);
    // ON CONFLICT on the partial unique index: two concurrent assignments make one row.
    await this.uow.manager.query(
      `INSERT INTO key_worker_assignment (id, service_user_id, key_worker_id, assigned_by, assigned_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (key_worker_id, service_user_id) WHERE ended_at IS NULL DO NOTHING`,
      [randomUUID(), serviceUserId, keyWorkerId, identity.userId],
    );
    return repo.findOneOrFail({
      where: { serviceUserId, keyWorkerId, endedAt: IsNull() },
    });
  }

  /** Ends a lasting assignment; NOT_FOUND when there is none. */
  async end(
    identity: Identity,
    loaders: Loaders,
    serviceUserId: string,
    keyWorkerIdArg: string,
  ): Promise<KeyWorkerAssignment> {
    assertOwnStaff(identity, this.agencyCode, 'Ending a key worker assignment');
    const keyWorkerId = await requireKeyWorker(loaders.keyWorkerById, keyWorkerIdArg, {
      anyStatus: true,
    });
    const ended = returnedRows<{ id: string }>(
      await this.uow.manager.query(
        `UPDATE key_worker_assignment SET ended_at = now(), ended_by = $3
         WHERE key_worker_id = $1 AND service_user_id = $2 AND ended_at IS NULL RETURNING id`,
        [keyWorkerId, serviceUserId, identity.userId],
      ),
    );
    if (ended.length === 0) {
      throw new NotFoundError('KeyWorkerAssignment', `${keyWorkerId} for ${serviceUserId}`);
    }
    return this.uow.manager
      .getRepository(KeyWorkerAssignment)
      .findOneByOrFail({ id: ended[0]!.id });
  }

  /**
   * Service users a key worker is assigned to now, longest-standing first (by when, to the
   * millisecond, then by assignment id: the order a caseload pages them in).
   */
  async serviceUsersOf(
    keyWorkerId: string,
  ): Promise<{ serviceUserId: string; assignmentId: string; assignedAt: Date }[]> {
    const rows = returnedRows<{ id: string; service_user_id: string; assigned_at: Date | string }>(
      await this.uow.manager.query(
        `SELECT id, service_user_id, assigned_at FROM key_worker_assignment
         WHERE key_worker_id = $1 AND ended_at IS NULL`,
        [keyWorkerId],
      ),
    );
    return rows
      .map((r) => ({
        serviceUserId: r.service_user_id,
        assignmentId: r.id,
        assignedAt: new Date(r.assigned_at),
      }))
      .sort(
        (a, b) =>
          a.assignedAt.getTime() - b.assignedAt.getTime() ||
          (a.assignmentId < b.assignmentId ? -1 : 1),
      );
  }
}
