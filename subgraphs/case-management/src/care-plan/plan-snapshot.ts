import type { NeedDomain } from './need-domain';
import type { GoalStatus } from './goal.entity';

export interface NeedSnapshot {
  id: string;
  domain: NeedDomain;
  description: string;
  met: boolean;
}

export interface GoalSnapshot {
  id: string;
  needId: string | null;
  domain: NeedDomain;
  statement: string;
  measure: string;
  achievability: string;
  targetDate: string;
  status: GoalStatus;
  buildsOnGoalId: string | null;
  proposedByAgencyCode: string;
}

export interface ActionSnapshot {
  id: string;
  goalId: string | null;
  description: string;
  domain: NeedDomain;
  responsibleAgencyCode: string;
  keyWorkerId: string | null;
  dueOn: string | null;
  reviewEveryWeeks: number | null;
  /** Absent in versions written before intervention types existed. */
  interventionType?: string;
}

/** What a plan said at one version: stored whole, so any version reads without replaying. */
export interface PlanSnapshot {
  nextReviewOn: string;
  lastReviewedOn: string;
  needs: NeedSnapshot[];
  goals: GoalSnapshot[];
  actions: ActionSnapshot[];
}

export type PlanPart = 'PLAN' | 'NEED' | 'GOAL' | 'ACTION';
export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

/** One difference between two versions of a plan. */
export interface PlanChangeRecord {
  part: PlanPart;
  /** The need, goal or action; the plan's id for PLAN changes. */
  itemId: string;
  change: ChangeKind;
  /** The changed field, for CHANGED. */
  field: string | null;
  before: string | null;
  after: string | null;
  /** The domain of the need, goal or action, which decides the consent category of its text. */
  domain: NeedDomain | null;
}

/** A snapshot field's value as text; fields hold strings, numbers, booleans or null. */
const show = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
};

function diffItems<T extends { id: string; domain: NeedDomain }>(
  part: PlanPart,
  before: T[],
  after: T[],
  label: (item: T) => string,
): PlanChangeRecord[] {
  const changes: PlanChangeRecord[] = [];
  const old = new Map(before.map((i) => [i.id, i]));
  const now = new Map(after.map((i) => [i.id, i]));
  for (const item of after) {
    const was = old.get(item.id);
    if (!was) {
      changes.push({
        part,
        itemId: item.id,
        change: 'ADDED',
        field: null,
        before: null,
        after: label(item),
        domain: item.domain,
      });
      continue;
    }
    for (const key of Object.keys(item) as (keyof T & string)[]) {
      if (key === 'id' || show(was[key]) === show(item[key])) continue;
      changes.push({
        part,
        itemId: item.id,
        change: 'CHANGED',
        field: key,
        before: show(was[key]),
        after: show(item[key]),
        domain: item.domain,
      });
    }
  }
  for (const item of before) {
    if (!now.has(item.id)) {
      changes.push({
        part,
        itemId: item.id,
        change: 'REMOVED',
        field: null,
        before: label(item),
        after: null,
        domain: item.domain,
      });
    }
  }
  return changes;
}

/** Lists what changed from one version of a plan to another, part by part and field by field. */
export function diffSnapshots(
  planId: string,
  from: PlanSnapshot,
  to: PlanSnapshot,
): PlanChangeRecord[] {
  const plan: PlanChangeRecord[] = [];
  for (const field of ['nextReviewOn', 'lastReviewedOn'] as const) {
    if (from[field] !== to[field]) {
      plan.push({
        part: 'PLAN',
        itemId: planId,
        change: 'CHANGED',
        field,
        before: from[field],
        after: to[field],
        domain: null,
      });
    }
  }
  return [
    ...plan,
    ...diffItems('NEED', from.needs, to.needs, (n) => n.description),
    ...diffItems('GOAL', from.goals, to.goals, (g) => g.statement),
    ...diffItems('ACTION', from.actions, to.actions, (a) => a.description),
  ];
}
