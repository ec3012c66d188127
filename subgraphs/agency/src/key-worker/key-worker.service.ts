import {
  BadInputError,
  ConflictError,
  NotFoundError,
  returnedRows,
  type Identity,
  type Logger,
  type Role,
  type StaffStatusDto,
  type UnitOfWork,
} from '@icp/shared';
import { KeyWorker, StaffRecordOrigin } from './key-worker.entity';
import { assertAgencyAdmin } from './staff-access';
import type { AddStaffMemberInput, UpdateStaffMemberInput } from './key-worker.inputs';

/**
 * The role a staff record gets from a first-time user's token: the most senior of the roles it
 * carries (the record has one role; their token keeps all of theirs).
 */
const PROVISIONED_ROLE_ORDER: readonly Role[] = [
  'SUPERVISOR',
  'CASE_MANAGER',
  'KEY_WORKER',
  'AGENCY_ADMIN',
  'REHAB_COORDINATOR',
  'NATIONAL_COORDINATOR',
];

/** Users known to have a staff record already; bounded, so a flood of ids cannot grow it. */
const MAX_KNOWN_USERS = 10_000;

/** A supervisor chain longer than this is refused rather than followed. */
const MAX_SUPERVISOR_DEPTH = 50;

/**
 * This agency's staff: the list, each member's record, and its management by the agency's
 * administrator (add, update, deactivate, reactivate). A user signing in for the first time gets
 * a record from their token's claims (`provision`).
 */
export class KeyWorkerService {
  /** Staff ids that have a record (seen since start-up), so provisioning costs one query per user. */
  private readonly known = new Set<string>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly agencyCode: string,
    private readonly logger?: Logger,
  ) {}

  /** The staff, by name; deactivated members only when asked. */
  async list(includeInactive = false): Promise<KeyWorker[]> {
    const rows = await this.uow.manager.getRepository(KeyWorker).find({
      where: includeInactive ? {} : { active: true },
      order: { name: 'ASC', id: 'ASC' },
    });
    return rows.map((k) => this.own(k));
  }

  /** One member of staff, or null. */
  async byId(id: string): Promise<KeyWorker | null> {
    const k = await this.uow.manager.getRepository(KeyWorker).findOneBy({ id });
    return k ? this.own(k) : null;
  }

  /**
   * Remembers the staff who have a record already (up to the bound), once at start-up, so that
   * their requests cost provisioning nothing, not even on their first request.
   */
  async rememberStaff(): Promise<void> {
    const rows = await this.uow.manager.query<{ id: string }[]>(
      `SELECT id FROM key_worker ORDER BY id LIMIT ${MAX_KNOWN_USERS}`,
    );
    for (const r of rows) this.known.add(r.id);
  }

  /**
   * Just-in-time provisioning: a user of this agency whose signed token reaches this instance and
   * who has no staff record yet gets one, from the token's claims (`name`, else their id; the
   * most senior of their roles). Idempotent and safe when two first requests race (one row, by
   * the primary key). An existing record is never changed here: after the first sign-in the
   * agency's administrator manages it, and a deactivated member is not reactivated by signing in.
   * A failure is logged and does not fail the user's request.
   */
  async provision(identity: Identity): Promise<void> {
    if (identity.agencyCode !== this.agencyCode || this.known.has(identity.userId)) return;
    const role = PROVISIONED_ROLE_ORDER.find((r) => identity.roles.includes(r));
    if (!role) return;
    try {
      await this.uow.manager.query(
        `INSERT INTO key_worker (id, name, role, provisioned_by)
         VALUES ($1, $2, $3, '${StaffRecordOrigin.SIGN_IN}')
         ON CONFLICT (id) DO NOTHING`,
        [identity.userId, identity.name ?? identity.userId, role],
      );
      if (this.known.size >= MAX_KNOWN_USERS) this.known.clear();
      this.known.add(identity.userId);
    } catch (err) {
      this.logger?.error({ err }, 'could not provision a staff record at sign-in');
    }
  }

  /** The administrator adds a member of staff; CONFLICT when the staff id has a record. */
  async add(identity: Identity, input: AddStaffMemberInput): Promise<KeyWorker> {
    assertAgencyAdmin(identity, this.agencyCode, 'Adding a member of staff');
    return this.uow.run(async (m) => {
      if (input.supervisorId) await this.checkSupervisor(input.id, input.supervisorId);
      const inserted = returnedRows<{ id: string }>(
        await m.query(
          `INSERT INTO key_worker (id, name, role, supervisor_id, email, phone, provisioned_by)
           VALUES ($1, $2, $3, $4, $5, $6, '${StaffRecordOrigin.ADMIN}')
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [
            input.id,
            input.name,
            input.role,
            input.supervisorId || null,
            input.email ?? null,
            input.phone ?? null,
          ],
        ),
      );
      if (inserted.length !== 1) {
        throw new ConflictError(`Staff id ${input.id} already has a record: update it instead`, {
          reason: 'STAFF_EXISTS',
          id: input.id,
        });
      }
      return this.own(await m.getRepository(KeyWorker).findOneByOrFail({ id: input.id }));
    });
  }

  /** The administrator changes a member's record; only the fields given change. */
  async update(identity: Identity, input: UpdateStaffMemberInput): Promise<KeyWorker> {
    assertAgencyAdmin(identity, this.agencyCode, 'Updating a member of staff');
    return this.uow.run(async (m) => {
      const repo = m.getRepository(KeyWorker);
      const current = await repo.findOne({
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw new NotFoundError('KeyWorker', input.id);
      if (input.supervisorId) await this.checkSupervisor(input.id, input.supervisorId);
      await repo.update(
        { id: input.id },
        {
          ...(input.name != null ? { name: input.name } : {}),
          ...(input.role != null ? { role: input.role } : {}),
          ...(input.supervisorId ? { supervisorId: input.supervisorId } : {}),
          ...(input.email != null ? { email: input.email } : {}),
          ...(input.phone != null ? { phone: input.phone } : {}),
        },
      );
      await m.query(`UPDATE key_worker SET updated_at = now() WHERE id = $1`, [input.id]);
      return this.own(await repo.findOneByOrFail({ id: input.id }));
    });
  }

  /**
   * The administrator deactivates a member: the record stays (their notes and deliveries name
   * them), no new work goes to them, and case managers see the plan actions naming them on their
   * worklist for reassignment. CONFLICT when already deactivated.
   */
  deactivate(identity: Identity, id: string): Promise<KeyWorker> {
    assertAgencyAdmin(identity, this.agencyCode, 'Deactivating a member of staff');
    return this.setActive(identity, id, false);
  }

  /** The administrator reactivates a deactivated member. CONFLICT when already active. */
  reactivate(identity: Identity, id: string): Promise<KeyWorker> {
    assertAgencyAdmin(identity, this.agencyCode, 'Reactivating a member of staff');
    return this.setActive(identity, id, true);
  }

  /** Which of `ids` are staff here, with their status and role (for case-management). */
  async statuses(ids: readonly string[]): Promise<StaffStatusDto[]> {
    if (ids.length === 0) return [];
    const rows: { id: string; active: boolean; role: string }[] = await this.uow.manager.query(
      `SELECT id, active, role FROM key_worker WHERE id = ANY($1::text[]) ORDER BY id`,
      [[...new Set(ids)]],
    );
    return rows.map((r) => ({ id: r.id, active: r.active, role: r.role }));
  }

  private async setActive(identity: Identity, id: string, active: boolean): Promise<KeyWorker> {
    return this.uow.run(async (m) => {
      const changed = returnedRows<{ id: string }>(
        await m.query(
          active
            ? `UPDATE key_worker SET active = true, deactivated_at = NULL, deactivated_by = NULL,
                 updated_at = now() WHERE id = $1 AND NOT active RETURNING id`
            : `UPDATE key_worker SET active = false, deactivated_at = now(), deactivated_by = $2,
                 updated_at = now() WHERE id = $1 AND active RETURNING id`,
          active ? [id] : [id, identity.userId],
        ),
      );
      const record = await m.getRepository(KeyWorker).findOneBy({ id });
      if (!record) throw new NotFoundError('KeyWorker', id);
      if (changed.length !== 1) {
        throw new ConflictError(
          active ? `${id} is already active` : `${id} is already deactivated`,
          { reason: active ? 'ALREADY_ACTIVE' : 'ALREADY_INACTIVE', id },
        );
      }
      return this.own(record);
    });
  }

  /** A supervisor is an active member of staff, and not the member themself or below them. */
  private async checkSupervisor(staffId: string, supervisorId: string): Promise<void> {
    const repo = this.uow.manager.getRepository(KeyWorker);
    const supervisor = await repo.findOneBy({ id: supervisorId });
    if (!supervisor || !supervisor.active) {
      throw new BadInputError(`supervisorId ${supervisorId} is not an active member of staff`, {
        field: 'supervisorId',
        id: supervisorId,
      });
    }
    let at: KeyWorker | null = supervisor;
    for (let depth = 0; at && depth < MAX_SUPERVISOR_DEPTH; depth += 1) {
      if (at.id === staffId) {
        throw new BadInputError('A member of staff cannot supervise themself, even indirectly', {
          field: 'supervisorId',
          id: supervisorId,
        });
      }
      at = at.supervisorId ? await repo.findOneBy({ id: at.supervisorId }) : null;
    }
  }

  private own(k: KeyWorker): KeyWorker {
    return Object.assign(k, { agencyCode: this.agencyCode });
  }
}
