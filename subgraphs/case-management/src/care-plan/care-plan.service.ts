import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  NotFoundError,
  VersionConflictError,
  isUuid,
  returnedRows,
  today,
  type Directory,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { Case, CaseStatus } from '../case/case.entity';
import { requireCaseManager } from '../case/case-access';
import type { AgencyStaff, NamedKeyWorker } from '../agency/agency-staff';
import { CarePlan } from './care-plan.entity';
import { CarePlanVersion } from './plan-version.entity';
import { NeedDomain } from './need-domain';
import { checkNextReview } from './plan-rules';
import { applyPlanChanges, type PlanChanges } from './plan-content';
import { writePlanVersion, type VersionMeta } from './plan-versions';
import type {
  CreateCarePlanInput,
  RecordPlanReviewInput,
  ReviseCarePlanInput,
} from './care-plan.inputs';

/** Kept here for the demo seed, which reads it from this file. */

/**
 * The interagency care plan: exactly one per case, changed only by whole revisions that each
 * become an immutable version. Concurrent revisions from the same version: the first wins, the
 * others get VERSION_CONFLICT (a conditional UPDATE on the version, not TypeORM's @VersionColumn,
 * which does not guard UPDATEs: typeorm#2848). What a revision does to the needs, goals and
 * actions is plan-content.ts's; how a version is written, plan-versions.ts's. Inputs come
 * validated and normalised (care-plan.inputs).
 */
export class CarePlanService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: Directory,
    /** Each agency's own answer to whether the key workers an action names are its staff. */
    private readonly staff: AgencyStaff,
  ) {}

  async create(identity: Identity, input: CreateCarePlanInput): Promise<CarePlan> {
    const { caseId } = input;
    await this.checkKeyWorkers(
      identity,
      caseId,
      namedKeyWorkers(input.actions, 'actions.keyWorkerId'),
      'create its care plan',
    );
    return this.uow.run(async (m) => {
      const c = await m
        .getRepository(Case)
        .findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!c) throw new NotFoundError('Case', caseId);
      requireCaseManager(identity, c, 'create its care plan');
      if (c.status === CaseStatus.CLOSED)
        throw new ConflictError('The case is closed', { reason: 'CASE_CLOSED' });
      if (await m.getRepository(CarePlan).existsBy({ caseId })) {
        throw new ConflictError('This case already has its care plan: revise it instead', {
          reason: 'PLAN_EXISTS',
        });
      }
      const lastReviewedOn = today();
      checkNextReview(input.nextReviewOn, lastReviewedOn);
      const plan = m.getRepository(CarePlan).create({
        id: randomUUID(),
        caseId,
        version: 1,
        nextReviewOn: input.nextReviewOn,
        lastReviewedOn,
        createdBy: identity.userId,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      await m.getRepository(CarePlan).insert(plan);
      await applyPlanChanges(m, this.directory, identity, plan, c, {
        addNeeds: input.needs,
        addGoals: input.goals,
        addActions: input.actions,
      });
      await writePlanVersion(m, identity, plan, {
        changeSummary: input.changeSummary?.trim() || 'Care plan agreed',
      });
      return plan;
    });
  }

  revise(identity: Identity, input: ReviseCarePlanInput): Promise<CarePlan> {
    return this.change(identity, input.planId, input.expectedVersion, input, {
      changeSummary: input.changeSummary,
    });
  }

  /** A review: records what it found and sets the next review, at most 3 months on. */
  review(identity: Identity, input: RecordPlanReviewInput): Promise<CarePlan> {
    const reviewedOn = input.reviewedOn || today();
    if (reviewedOn > today())
      throw new BadInputError('A review cannot be recorded in the future', { field: 'reviewedOn' });
    return this.change(
      identity,
      input.planId,
      input.expectedVersion,
      { lastReviewedOn: reviewedOn, nextReviewOn: input.nextReviewOn },
      { changeSummary: `Review on ${reviewedOn}: ${input.summary}` },
    );
  }

  /**
   * Applies one revision as one new version, in one transaction: the caller's when one is open
   * (a meeting's finalisation), else its own.
   */
  async change(
    identity: Identity,
    planId: string,
    expectedVersion: number,
    changes: PlanChanges,
    meta: VersionMeta,
  ): Promise<CarePlan> {
    const named = [
      ...namedKeyWorkers(changes.addActions ?? [], 'addActions.keyWorkerId'),
      ...(await this.keyWorkersOfUpdates(planId, changes.updateActions ?? [])),
    ];
    if (named.length > 0) {
      const plan = await this.uow.manager.getRepository(CarePlan).findOneBy({ id: planId });
      if (plan) await this.checkKeyWorkers(identity, plan.caseId, named, 'change its care plan');
    }
    const run = async (m: EntityManager) => {
      const plan = await m.getRepository(CarePlan).findOneBy({ id: planId });
      if (!plan) throw new NotFoundError('CarePlan', planId);
      const c = (await m.getRepository(Case).findOneBy({ id: plan.caseId }))!;
      requireCaseManager(identity, c, 'change its care plan');
      if (c.status === CaseStatus.CLOSED)
        throw new ConflictError('The case is closed', { reason: 'CASE_CLOSED' });
      // The guard: only a writer holding the current version gets a row back.
      const bumped = returnedRows<{ version: number }>(
        await m.query(
          `UPDATE care_plan SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING version`,
          [planId, expectedVersion],
        ),
      );
      if (bumped.length !== 1) throw new VersionConflictError('CarePlan', planId, expectedVersion);
      plan.version = bumped[0]!.version;
      plan.updatedAt = new Date();
      const lastReviewedOn = changes.lastReviewedOn ?? plan.lastReviewedOn;
      const nextReviewOn = changes.nextReviewOn ?? plan.nextReviewOn;
      if (changes.nextReviewOn || changes.lastReviewedOn) {
        checkNextReview(nextReviewOn, lastReviewedOn);
        await m.getRepository(CarePlan).update({ id: planId }, { nextReviewOn, lastReviewedOn });
        Object.assign(plan, { nextReviewOn, lastReviewedOn });
      }
      await applyPlanChanges(m, this.directory, identity, plan, c, changes);
      await writePlanVersion(m, identity, plan, meta);
      return plan;
    };
    return this.uow.run(run);
  }

  /**
   * Records an event in the plan's history as a new version without changing its content (a
   * transfer of case management and its follow-up), in the caller's transaction.
   */
  appendEvent(identity: Identity, planId: string, meta: VersionMeta): Promise<CarePlan> {
    return this.uow.run(async (m) => {
      const bumped = returnedRows<{ version: number }>(
        await m.query(
          `UPDATE care_plan SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
          [planId],
        ),
      );
      const plan = (await m.getRepository(CarePlan).findOneBy({ id: planId }))!;
      plan.version = bumped[0]!.version;
      await writePlanVersion(m, identity, plan, meta);
      return plan;
    });
  }

  /**
   * Before anything is written, and only for the case's own case manager: every key worker the
   * actions name must be an active member of the responsible agency's staff, as that agency's
   * own server says (AgencyStaff). No agency is asked when no key worker is named.
   */
  private async checkKeyWorkers(
    identity: Identity,
    caseId: string,
    named: NamedKeyWorker[],
    doing: string,
  ): Promise<void> {
    if (named.length === 0) return;
    const c = await this.uow.manager.getRepository(Case).findOneBy({ id: caseId });
    // No case: the transaction's own check answers NOT_FOUND.
    if (!c) return;
    requireCaseManager(identity, c, doing);
    await this.staff.requireActiveKeyWorkers(identity, named);
  }

  /** The key workers that updates of the plan's actions name, with each action's agency. */
  private async keyWorkersOfUpdates(
    planId: string,
    updates: NonNullable<PlanChanges['updateActions']>,
  ): Promise<NamedKeyWorker[]> {
    const naming = updates.filter((u) => u.keyWorkerId);
    if (naming.length === 0) return [];
    const rows: { id: string; responsible_agency_code: string }[] = await this.uow.manager.query(
      `SELECT id, responsible_agency_code FROM plan_action WHERE plan_id = $1 AND id = ANY($2::uuid[])`,
      [planId, naming.map((u) => u.id)],
    );
    const agencyOf = new Map(rows.map((r) => [r.id, r.responsible_agency_code]));
    // An action not in the plan is the revision's own check to refuse.
    return naming.flatMap((u) => {
      const agencyCode = agencyOf.get(u.id);
      return agencyCode
        ? [{ agencyCode, keyWorkerId: u.keyWorkerId!, field: 'updateActions.keyWorkerId' }]
        : [];
    });
  }

  /** One version of a plan, or null. */
  version(planId: string, version: number): Promise<CarePlanVersion | null> {
    if (!isUuid(planId)) return Promise.resolve(null);
    return this.uow.manager.getRepository(CarePlanVersion).findOneBy({ planId, version });
  }
}

/** The key workers new actions name, with the field that names them. */
function namedKeyWorkers(
  actions: readonly { responsibleAgencyCode: string; keyWorkerId?: string | null }[],
  field: string,
): NamedKeyWorker[] {
  return actions.flatMap((a) =>
    a.keyWorkerId
      ? [{ agencyCode: a.responsibleAgencyCode, keyWorkerId: a.keyWorkerId, field }]
      : [],
  );
}

export const isNeedDomain = (v: string): v is NeedDomain =>
  (Object.values(NeedDomain) as string[]).includes(v);
