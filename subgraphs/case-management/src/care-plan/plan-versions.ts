import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Identity } from '@icp/shared';
import type { CarePlan } from './care-plan.entity';
import { CarePlanVersion } from './plan-version.entity';
import { Goal } from './goal.entity';
import { Need } from './need.entity';
import { PlanAction } from './plan-action.entity';
import type { PlanSnapshot } from './plan-snapshot';

/** What a new version of a plan records besides its content. */
export interface VersionMeta {
  changeSummary: string;
  meetingId?: string | null;
}

/** Reads the plan's current content as a snapshot and stores it as the plan's new version. */
export async function writePlanVersion(
  m: EntityManager,
  identity: Identity,
  plan: CarePlan,
  meta: VersionMeta,
): Promise<void> {
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

/**
 * Reads a plan's current content as a snapshot (for its version history). One query after the
 * other: `m` is a transaction's, whose one connection runs one query at a time.
 */
export async function readPlanSnapshot(m: EntityManager, plan: CarePlan): Promise<PlanSnapshot> {
  const where = { planId: plan.id };
  const needs = await m.getRepository(Need).find({ where, order: { id: 'ASC' } });
  const goals = await m.getRepository(Goal).find({ where, order: { id: 'ASC' } });
  const actions = await m.getRepository(PlanAction).find({ where, order: { id: 'ASC' } });
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
