import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BadInputError, FieldFailures, type Directory, type Identity } from '@icp/shared';
import type { Case } from '../case/case.entity';
import type { CarePlan } from './care-plan.entity';
import { Goal, GoalStatus } from './goal.entity';
import { Need } from './need.entity';
import { PlanAction } from './plan-action.entity';
import { InterventionType } from './intervention-type';
import { checkSmartGoal, smartGoalFailures } from './plan-rules';
import type { ActionInput, GoalInput, NeedInput } from './care-plan.inputs';

/**
 * Everything one plan revision does; applied in one transaction as one new version. Its values
 * come validated and normalised by the inputs (care-plan.inputs): ids are UUIDs, texts trimmed,
 * dates real, review intervals in range.
 */
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

/** Applies a revision's changes to the plan's needs, goals and actions, checking each. */
export async function applyPlanChanges(
  m: EntityManager,
  directory: Directory,
  identity: Identity,
  plan: CarePlan,
  c: Case,
  ch: PlanChanges,
): Promise<void> {
  const needs = m.getRepository(Need);
  const goals = m.getRepository(Goal);
  const actions = m.getRepository(PlanAction);
  const newId = (id: string | null | undefined) => id || randomUUID();
  const inPlan = async (repo: 'need' | 'goal' | 'action', id: string, field: string) => {
    const exists =
      repo === 'need'
        ? await needs.existsBy({ id, planId: plan.id })
        : repo === 'goal'
          ? await goals.existsBy({ id, planId: plan.id })
          : await actions.existsBy({ id, planId: plan.id });
    if (!exists) throw new BadInputError(`${field} ${id} is not part of this plan`, { field, id });
  };

  // Every goal added is SMART, checked before anything is written: one answer names every field
  // that fails, in every goal.
  const smart = new FieldFailures();
  for (const g of ch.addGoals ?? []) smart.addAll(smartGoalFailures(g, true));
  smart.throwIfAny();

  for (const n of ch.addNeeds ?? []) {
    await needs.insert({
      id: newId(n.id),
      planId: plan.id,
      domain: n.domain,
      description: n.description,
      met: false,
    });
  }
  for (const n of ch.updateNeeds ?? []) {
    await inPlan('need', n.id, 'updateNeeds.id');
    await needs.update(
      { id: n.id },
      {
        ...(n.description != null ? { description: n.description } : {}),
        ...(n.met != null ? { met: n.met } : {}),
      },
    );
  }
  for (const g of ch.addGoals ?? []) {
    if (g.needId) await inPlan('need', g.needId, 'needId');
    if (g.buildsOnGoalId) await inPlan('goal', g.buildsOnGoalId, 'buildsOnGoalId');
    await goals.insert({
      id: newId(g.id),
      planId: plan.id,
      needId: g.needId || null,
      domain: g.domain,
      statement: g.statement.trim(),
      measure: g.measure.trim(),
      achievability: g.achievability.trim(),
      targetDate: g.targetDate,
      status: g.status ?? GoalStatus.ACTIVE,
      buildsOnGoalId: g.buildsOnGoalId || null,
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
      id: newId(a.id),
      planId: plan.id,
      caseId: c.id,
      serviceUserId: c.serviceUserId,
      goalId: a.goalId || null,
      description: a.description,
      domain: a.domain,
      responsibleAgencyCode: agencyInDirectory(directory, a.responsibleAgencyCode),
      interventionType: a.interventionType ?? InterventionType.OTHER,
      keyWorkerId: a.keyWorkerId ?? null,
      dueOn: a.dueOn || null,
      reviewEveryWeeks: a.reviewEveryWeeks ?? null,
    });
  }
  for (const a of ch.updateActions ?? []) {
    await inPlan('action', a.id, 'updateActions.id');
    if (a.goalId) await inPlan('goal', a.goalId, 'goalId');
    await actions.update(
      { id: a.id },
      {
        ...(a.goalId != null ? { goalId: a.goalId } : {}),
        ...(a.description != null ? { description: a.description } : {}),
        ...(a.keyWorkerId != null ? { keyWorkerId: a.keyWorkerId } : {}),
        ...(a.interventionType != null ? { interventionType: a.interventionType } : {}),
        ...(a.dueOn != null ? { dueOn: a.dueOn } : {}),
        ...(a.reviewEveryWeeks != null ? { reviewEveryWeeks: a.reviewEveryWeeks } : {}),
      },
    );
  }
  for (const id of ch.removeActionIds ?? []) {
    await inPlan('action', id, 'removeActionIds');
    await actions.delete({ id });
  }
}

function agencyInDirectory(directory: Directory, code: string): string {
  if (!directory.agency(code)) {
    throw new BadInputError(`Agency ${code} is not in the directory`, {
      field: 'responsibleAgencyCode',
    });
  }
  return code;
}
