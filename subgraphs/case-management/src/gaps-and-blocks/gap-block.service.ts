import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  returnedRows,
  type Directory,
  type CursorKey,
  type Identity,
  type Role,
  type UnitOfWork,
} from '@icp/shared';
import { Case, CaseStatus } from '../case/case.entity';
import { PlanAction } from '../care-plan/plan-action.entity';
import { inInstantOrder } from '../kernel/keyset';
import { GapBlock, GapBlockStatus, GapBlockStep, GapBlockStepAction } from './gap-block.entity';
import { TOP_LEVEL, escalationFloor, requireActingRole, requireStaffRole } from './gap-block-rules';
import type {
  EscalateGapBlockInput,
  RaiseGapBlockInput,
  RecordGapBlockStepInput,
  ResolveGapBlockInput,
} from './gap-block.inputs';

const VERBS: Record<GapBlockStepAction, string> = {
  [GapBlockStepAction.RAISED]: 'raise',
  [GapBlockStepAction.NOTE]: 'record a step on',
  [GapBlockStepAction.ESCALATED]: 'escalate',
  [GapBlockStepAction.RESOLVED]: 'resolve',
};

/**
 * Gaps and Blocks escalation (see gap-block.entity.ts): a form raised by staff of an agency involved
 * in a case about another service that will not engage, climbing level by level until resolved.
 *
 * Every write is one transaction that records its step. Two people acting on the same record at
 * once (two colleagues escalating, a co-ordinator resolving while another escalates) are told
 * apart by a conditional UPDATE on the level and status they read: the first wins, the others get
 * CONFLICT instead of a second step on a record that has already moved.
 *
 * Inputs come validated and normalised (gap-block.inputs): ids checked, form texts trimmed.
 */
export class GapBlockService {
  constructor(
    private readonly uow: UnitOfWork,
    readonly directory: Directory,
  ) {}

  async raise(identity: Identity, input: RaiseGapBlockInput): Promise<GapBlock> {
    const { caseId, issue, whatTried } = input;
    const concerning = input.concerningAgencyCode;
    if (!this.directory.agency(concerning)) {
      throw new BadInputError(`Agency ${concerning} is not in the directory`, {
        field: 'concerningAgencyCode',
      });
    }
    if (concerning === identity.agencyCode) {
      // Non-engagement inside one's own service is a matter for its own management, not this form.
      throw new BadInputError('A gap or block is raised about another agency than your own', {
        field: 'concerningAgencyCode',
      });
    }
    const role = requireStaffRole(identity);
    return this.uow.run(async (m) => {
      // FOR SHARE: the case cannot be closed under a form being raised on it.
      const c = await m
        .getRepository(Case)
        .findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_read' } });
      if (!c) throw new NotFoundError('Case', caseId);
      if (!(await this.involvedAgencies(m, c)).has(identity.agencyCode)) {
        throw new ForbiddenError(
          'Only an agency involved in the case (its lead agency or one responsible for an action on its plan) raises a gap or block on it',
          { reason: 'NOT_INVOLVED' },
        );
      }
      if (c.status === CaseStatus.CLOSED) {
        throw new ConflictError('The case is closed', { reason: 'CASE_CLOSED' });
      }
      const now = new Date();
      const record = m.getRepository(GapBlock).create({
        id: randomUUID(),
        caseId: c.id,
        serviceUserId: c.serviceUserId,
        concerningAgencyCode: concerning,
        issue,
        whatTried,
        level: 1,
        status: GapBlockStatus.OPEN,
        raisedBy: identity.userId,
        raisedByAgencyCode: identity.agencyCode,
        raisedAt: now,
        resolution: null,
        resolvedBy: null,
        resolvedAt: null,
      });
      await m.getRepository(GapBlock).insert(record);
      await this.step(m, identity, record.id, 1, GapBlockStepAction.RAISED, whatTried, role, now);
      return record;
    });
  }

  /**
   * The forms a meeting raised, in its finalisation's transaction (joined): each gap or block in
   * the minutes becomes a level-1 form raised by the case manager, with its RAISED step, all at
   * one moment. The minutes were checked by the rules of `raise` when recorded, and the meeting
   * holds its case FOR SHARE. Returns the forms' ids, in the minutes' order.
   */
  raiseFromMeeting(
    identity: Identity,
    c: Pick<Case, 'id' | 'serviceUserId'>,
    items: readonly { concerningAgencyCode: string; issue: string; whatTried: string }[],
  ): Promise<string[]> {
    return this.uow.run(async (m) => {
      const ids: string[] = [];
      const at = new Date();
      for (const g of items) {
        const id = randomUUID();
        await m.getRepository(GapBlock).insert({
          id,
          caseId: c.id,
          serviceUserId: c.serviceUserId,
          concerningAgencyCode: g.concerningAgencyCode,
          issue: g.issue,
          whatTried: g.whatTried,
          level: 1,
          status: GapBlockStatus.OPEN,
          raisedBy: identity.userId,
          raisedByAgencyCode: identity.agencyCode,
          raisedAt: at,
          resolution: null,
          resolvedBy: null,
          resolvedAt: null,
        });
        await this.step(
          m,
          identity,
          id,
          1,
          GapBlockStepAction.RAISED,
          g.whatTried,
          'CASE_MANAGER',
          at,
        );
        ids.push(id);
      }
      return ids;
    });
  }

  /** Level L → L+1; the step records, at level L, what was tried there and why it did not work. */
  escalate(identity: Identity, input: EscalateGapBlockInput): Promise<GapBlock> {
    const { outcome } = input;
    return this.act(
      identity,
      input.gapBlockId,
      GapBlockStepAction.ESCALATED,
      outcome,
      async (m, g) => {
        if (g.level >= TOP_LEVEL) {
          throw new InvalidTransitionError('GapBlock', `LEVEL_${g.level}`, `LEVEL_${g.level + 1}`);
        }
        await this.guarded(m, g, `level = level + 1`, []);
      },
    );
  }

  /** A note at the current level: something tried that did not (yet) call for an escalation. */
  recordStep(identity: Identity, input: RecordGapBlockStepInput): Promise<GapBlock> {
    const { outcome } = input;
    return this.act(identity, input.gapBlockId, GapBlockStepAction.NOTE, outcome, (m, g) =>
      // A no-op update: it still takes the row lock and fails when the record has moved on.
      this.guarded(m, g, `level = level`, []),
    );
  }

  resolve(identity: Identity, input: ResolveGapBlockInput): Promise<GapBlock> {
    const { resolution } = input;
    return this.act(
      identity,
      input.gapBlockId,
      GapBlockStepAction.RESOLVED,
      resolution,
      (m, g, at) =>
        this.guarded(
          m,
          g,
          `status = 'RESOLVED', resolution = $3, resolved_by = $4, resolved_at = $5`,
          [resolution, identity.userId, at],
        ),
    );
  }

  /**
   * Open records at `minLevel` or above across all cases, oldest first, for the co-ordinators:
   * up to `limit` after the cursor key `after` (ADR 0045).
   */
  openEscalations(
    identity: Identity,
    minLevel: number,
    after: CursorKey | null,
    limit: number,
  ): Promise<GapBlock[]> {
    const floor = escalationFloor(identity, minLevel);
    const qb = this.uow.manager
      .getRepository(GapBlock)
      .createQueryBuilder('g')
      .where('g.status = :open AND g.level >= :floor', { open: GapBlockStatus.OPEN, floor });
    return inInstantOrder(qb, { column: 'g.raised_at', id: 'g.id' }, after, limit).getMany();
  }

  /**
   * One action by whoever may act at the record's current level, in one transaction, recorded as a
   * step at that level (for an escalation: the level it leaves). Returns the record as it is
   * afterwards. Authority is checked before state, so only those the form is addressed to learn
   * that it is resolved or at the top.
   */
  private async act(
    identity: Identity,
    id: string,
    action: GapBlockStepAction,
    outcome: string,
    change: (m: EntityManager, g: GapBlock, at: Date) => Promise<void>,
  ): Promise<GapBlock> {
    return this.uow.run(async (m) => {
      const repo = m.getRepository(GapBlock);
      const g = await repo.findOneBy({ id });
      if (!g) throw new NotFoundError('GapBlock', id);
      const role = requireActingRole(identity, g, VERBS[action]);
      if (g.status === GapBlockStatus.RESOLVED) {
        throw new InvalidTransitionError('GapBlock', GapBlockStatus.RESOLVED, action);
      }
      const at = new Date();
      await change(m, g, at);
      await this.step(m, identity, g.id, g.level, action, outcome, role, at);
      return (await repo.findOneBy({ id }))!;
    });
  }

  /**
   * Applies `set` only if the record is still open at the level it was read at; 0 rows means
   * someone else moved it in between: CONFLICT.
   */
  private async guarded(m: EntityManager, g: GapBlock, set: string, params: unknown[]) {
    const rows = returnedRows<{ id: string }>(
      await m.query(
        `UPDATE gap_block SET ${set} WHERE id = $1 AND level = $2 AND status = 'OPEN' RETURNING id`,
        [g.id, g.level, ...params],
      ),
    );
    if (rows.length !== 1) {
      throw new ConflictError(
        'This gap or block was changed by someone else meanwhile; reload it and try again',
        { reason: 'GAP_BLOCK_CHANGED', id: g.id },
      );
    }
  }

  private async step(
    m: EntityManager,
    identity: Identity,
    gapBlockId: string,
    level: number,
    action: GapBlockStepAction,
    outcome: string,
    byRole: Role,
    at: Date,
  ): Promise<void> {
    await m.getRepository(GapBlockStep).insert({
      id: randomUUID(),
      gapBlockId,
      level,
      action,
      outcome,
      byUser: identity.userId,
      byAgencyCode: identity.agencyCode,
      byRole,
      at,
    });
  }

  /** The lead agency and every agency responsible for an action on the case's plan. */
  private async involvedAgencies(m: EntityManager, c: Case): Promise<Set<string>> {
    const rows = await m
      .getRepository(PlanAction)
      .createQueryBuilder('a')
      .select('DISTINCT a.responsible_agency_code', 'code')
      .where('a.case_id = :caseId', { caseId: c.id })
      .getRawMany<{ code: string }>();
    return new Set([c.leadAgencyCode, ...rows.map((r) => r.code)]);
  }
}
