import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  NotFoundError,
  VersionConflictError,
  isUuid,
  requireUuid,
  returnedRows,
  today,
  type Directory,
  type Identity,
  requiredText,
  type UnitOfWork,
} from '@icp/shared';
import { Case, CaseStatus } from '../case/case.entity';
import { requireCaseManager } from '../case/case-access';
import { CarePlan } from './care-plan.entity';
import { CarePlanVersion } from './plan-version.entity';
import { Goal, GoalStatus } from './goal.entity';
import { Need } from './need.entity';
import { PlanAction } from './plan-action.entity';
import { NeedDomain } from './need-domain';
import { InterventionType } from './intervention-type';
import { checkNextReview, checkSmartGoal, parseDate } from './plan-rules';
import type { PlanSnapshot } from './plan-snapshot';
import type {
  ActionInput,
  CreateCarePlanInput,
  GoalInput,
  NeedInput,
  RecordPlanReviewInput,
  ReviseCarePlanInput,
} from './care-plan.inputs';

/** Everything one plan revision does; applied in one transaction as one new version. */
export interface PlanChanges {
  nextReviewOn?: string | null;
  lastReviewedOn?: string | null;
  addNeeds?: NeedInput[];
  updateNeeds?: { id: string; description?: string | null; met?: boolean | null }[];
  removeNeedIds?: string[];
  addGoals?: GoalInput[];
  updateGoals?: {
    id: string;
    statement?: string | null;
    measure?: string | null;
    achievability?: string | null;
    targetDate?: string | null;
    status?: GoalStatus | null;
  }[];
  addActions?: ActionInput[];
  updateActions?: {
    id: string;
    goalId?: string | null;
    description?: string | null;
    keyWorkerId?: string | null;
    interventionType?: InterventionType | null;
    dueOn?: string | null;
    reviewEveryWeeks?: number | null;
  }[];
  removeActionIds?: string[];
}

export interface VersionMeta {
  changeSummary: string;
  meetingId?: string | null;
}

const text = (value: string, field: string, max = 2000): string => requiredText(value, field, max);

/**
 * The interagency care plan: exactly one per case, changed only by whole revisions that each
 * become an immutable version. Concurrent revisions from the same version: the first wins, the
 * others get VERSION_CONFLICT (a conditional UPDATE on the version, not TypeORM's @VersionColumn,
 * which does not guard UPDATEs: typeorm#2848).
 */
export class CarePlanService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: Directory,
  ) {}

  async create(identity: Identity, input: CreateCarePlanInput): Promise<CarePlan> {
    const caseId = requireUuid(input.caseId, 'caseId');
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
      checkNextReview(parseDate(input.nextReviewOn, 'nextReviewOn'), lastReviewedOn);
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
      await this.apply(m, identity, plan, c, {
        addNeeds: input.needs,
        addGoals: input.goals,
        addActions: input.actions,
      });
      await this.writeVersion(m, identity, plan, {
        changeSummary: input.changeSummary?.trim() || 'Care plan agreed',
      });
      return plan;
    });
  }

  revise(identity: Identity, input: ReviseCarePlanInput): Promise<CarePlan> {
    return this.change(identity, input.planId, input.expectedVersion, input, {
      changeSummary: text(input.changeSummary, 'changeSummary', 500),
    });
  }

  /** A review: records what it found and sets the next review, at most 3 months on. */
  review(identity: Identity, input: RecordPlanReviewInput): Promise<CarePlan> {
    const reviewedOn = input.reviewedOn ? parseDate(input.reviewedOn, 'reviewedOn') : today();
    if (reviewedOn > today())
      throw new BadInputError('A review cannot be recorded in the future', { field: 'reviewedOn' });
    return this.change(
      identity,
      input.planId,
      input.expectedVersion,
      { lastReviewedOn: reviewedOn, nextReviewOn: input.nextReviewOn },
      { changeSummary: `Review on ${reviewedOn}: ${text(input.summary, 'summary', 2000)}` },
    );
  }

  /**
   * Applies one revision as one new version, in one transaction: the caller's when one is open
   * (a meeting's finalisation), else its own.
   */
  async change(
    identity: Identity,
    planIdArg: string,
    expectedVersion: number,
    changes: PlanChanges,
    meta: VersionMeta,
  ): Promise<CarePlan> {
    const planId = requireUuid(planIdArg, 'planId');
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
      await this.apply(m, identity, plan, c, changes);
      await this.writeVersion(m, identity, plan, meta);
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
      await this.writeVersion(m, identity, plan, meta);
      return plan;
    });
  }

  private async apply(
    m: EntityManager,
    identity: Identity,
    plan: CarePlan,
    c: Case,
    ch: PlanChanges,
  ): Promise<void> {
    const needs = m.getRepository(Need);
    const goals = m.getRepository(Goal);
    const actions = m.getRepository(PlanAction);
    const newId = (id: string | null | undefined, field: string) =>
      id ? requireUuid(id, field) : randomUUID();
    const inPlan = async (repo: 'need' | 'goal' | 'action', id: string, field: string) => {
      requireUuid(id, field);
      const exists =
        repo === 'need'
          ? await needs.existsBy({ id, planId: plan.id })
          : repo === 'goal'
            ? await goals.existsBy({ id, planId: plan.id })
            : await actions.existsBy({ id, planId: plan.id });
      if (!exists)
        throw new BadInputError(`${field} ${id} is not part of this plan`, { field, id });
    };

    for (const n of ch.addNeeds ?? []) {
      await needs.insert({
        id: newId(n.id, 'needs.id'),
        planId: plan.id,
        domain: n.domain,
        description: text(n.description, 'description'),
        met: false,
      });
    }
    for (const n of ch.updateNeeds ?? []) {
      await inPlan('need', n.id, 'updateNeeds.id');
      await needs.update(
        { id: n.id },
        {
          ...(n.description != null ? { description: text(n.description, 'description') } : {}),
          ...(n.met != null ? { met: n.met } : {}),
        },
      );
    }
    for (const g of ch.addGoals ?? []) {
      checkSmartGoal(g, true);
      if (g.needId) await inPlan('need', g.needId, 'needId');
      if (g.buildsOnGoalId) await inPlan('goal', g.buildsOnGoalId, 'buildsOnGoalId');
      await goals.insert({
        id: newId(g.id, 'goals.id'),
        planId: plan.id,
        needId: g.needId ?? null,
        domain: g.domain,
        statement: g.statement.trim(),
        measure: g.measure.trim(),
        achievability: g.achievability.trim(),
        targetDate: g.targetDate,
        status: g.status ?? GoalStatus.ACTIVE,
        buildsOnGoalId: g.buildsOnGoalId ?? null,
        proposedByAgencyCode: identity.agencyCode,
      });
    }
    for (const g of ch.updateGoals ?? []) {
      await inPlan('goal', g.id, 'updateGoals.id');
      const current = (await goals.findOneBy({ id: g.id }))!;
      const next = {
        statement: g.statement ?? current.statement,
        measure: g.measure ?? current.measure,
        achievability: g.achievability ?? current.achievability,
        targetDate: g.targetDate ?? current.targetDate,
      };
      checkSmartGoal(next, g.targetDate != null && g.targetDate !== current.targetDate);
      await goals.update({ id: g.id }, { ...next, ...(g.status ? { status: g.status } : {}) });
    }
    for (const id of ch.removeNeedIds ?? []) {
      await inPlan('need', id, 'removeNeedIds');
      if (await goals.existsBy({ needId: id })) {
        throw new BadInputError('A need with goals cannot be removed; mark it met instead', {
          field: 'removeNeedIds',
          id,
        });
      }
      await needs.delete({ id });
    }
    for (const a of ch.addActions ?? []) {
      if (a.goalId) await inPlan('goal', a.goalId, 'goalId');
      await actions.insert({
        id: newId(a.id, 'actions.id'),
        planId: plan.id,
        caseId: c.id,
        serviceUserId: c.serviceUserId,
        goalId: a.goalId ?? null,
        description: text(a.description, 'description'),
        domain: a.domain,
        responsibleAgencyCode: this.agency(a.responsibleAgencyCode),
        interventionType: a.interventionType ?? InterventionType.OTHER,
        keyWorkerId: a.keyWorkerId ?? null,
        dueOn: a.dueOn ? parseDate(a.dueOn, 'dueOn') : null,
        reviewEveryWeeks: this.reviewWeeks(a.reviewEveryWeeks),
      });
    }
    for (const a of ch.updateActions ?? []) {
      await inPlan('action', a.id, 'updateActions.id');
      if (a.goalId) await inPlan('goal', a.goalId, 'goalId');
      await actions.update(
        { id: a.id },
        {
          ...(a.goalId != null ? { goalId: a.goalId } : {}),
          ...(a.description != null ? { description: text(a.description, 'description') } : {}),
          ...(a.keyWorkerId != null ? { keyWorkerId: a.keyWorkerId } : {}),
          ...(a.interventionType != null ? { interventionType: a.interventionType } : {}),
          ...(a.dueOn != null ? { dueOn: parseDate(a.dueOn, 'dueOn') } : {}),
          ...(a.reviewEveryWeeks != null
            ? { reviewEveryWeeks: this.reviewWeeks(a.reviewEveryWeeks) }
            : {}),
        },
      );
    }
    for (const id of ch.removeActionIds ?? []) {
      await inPlan('action', id, 'removeActionIds');
      await actions.delete({ id });
    }
  }

  private agency(code: string): string {
    if (!this.directory.agency(code)) {
      throw new BadInputError(`Agency ${code} is not in the directory`, {
        field: 'responsibleAgencyCode',
      });
    }
    return code;
  }

  private reviewWeeks(weeks: number | null | undefined): number | null {
    if (weeks == null) return null;
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 13) {
      throw new BadInputError(
        'reviewEveryWeeks is 1 to 13: every action is reviewed at least quarterly',
        {
          field: 'reviewEveryWeeks',
        },
      );
    }
    return weeks;
  }

  /** Reads the plan's current content as a snapshot and stores it as the plan's new version. */
  private async writeVersion(
    m: EntityManager,
    identity: Identity,
    plan: CarePlan,
    meta: VersionMeta,
  ) {
    const snapshot = await readPlanSnapshot(m, plan);
    await m.getRepository(CarePlanVersion).insert({
      id: randomUUID(),
      planId: plan.id,
      version: plan.version,
      authorId: identity.userId,
      authorAgencyCode: identity.agencyCode,
      createdAt: new Date(),
      changeSummary: meta.changeSummary,
      meetingId: meta.meetingId ?? null,
      snapshot,
    });
  }

  /** One version of a plan, or null. */
  version(planId: string, version: number): Promise<CarePlanVersion | null> {
    if (!isUuid(planId)) return Promise.resolve(null);
    return this.uow.manager.getRepository(CarePlanVersion).findOneBy({ planId, version });
  }
}

export const isNeedDomain = (v: string): v is NeedDomain =>
  (Object.values(NeedDomain) as string[]).includes(v);

/** Reads a plan's current content as a snapshot (for its version history). */
export async function readPlanSnapshot(m: EntityManager, plan: CarePlan): Promise<PlanSnapshot> {
  const [needs, goals, actions] = await Promise.all([
    m.getRepository(Need).find({ where: { planId: plan.id }, order: { id: 'ASC' } }),
    m.getRepository(Goal).find({ where: { planId: plan.id }, order: { id: 'ASC' } }),
    m.getRepository(PlanAction).find({ where: { planId: plan.id }, order: { id: 'ASC' } }),
  ]);
  return {
    nextReviewOn: plan.nextReviewOn,
    lastReviewedOn: plan.lastReviewedOn,
    needs: needs.map((n) => ({
      id: n.id,
      domain: n.domain,
      description: n.description,
      met: n.met,
    })),
    goals: goals.map((g) => ({
      id: g.id,
      needId: g.needId,
      domain: g.domain,
      statement: g.statement,
      measure: g.measure,
      achievability: g.achievability,
      targetDate: g.targetDate,
      status: g.status,
      buildsOnGoalId: g.buildsOnGoalId,
      proposedByAgencyCode: g.proposedByAgencyCode,
    })),
    actions: actions.map((a) => ({
      id: a.id,
      goalId: a.goalId,
      description: a.description,
      domain: a.domain,
      responsibleAgencyCode: a.responsibleAgencyCode,
      keyWorkerId: a.keyWorkerId,
      dueOn: a.dueOn,
      reviewEveryWeeks: a.reviewEveryWeeks,
      interventionType: a.interventionType,
    })),
  };
}
