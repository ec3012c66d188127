import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { EntityRows, isUuid, loaderByKey, loaderGroupedBy, returnedRows } from '@icp/shared';
import { CarePlan } from './care-plan.entity';
import { PlanAction } from './plan-action.entity';
import { Need } from './need.entity';
import { Goal, GoalConflict } from './goal.entity';
import { CarePlanVersion } from './plan-version.entity';

export function planByCaseIdLoader(ds: DataSource) {
  return loaderByKey<string, CarePlan>(
    (ids) => ds.getRepository(CarePlan).findBy({ caseId: In([...ids]) }),
    (r) => r.caseId,
  );
}

export function planByIdLoader(ds: DataSource) {
  return loaderByKey<string, CarePlan>(
    (ids) => EntityRows.of(ds, CarePlan).whereIn('id', ids.filter(isUuid)),
    (r) => r.id,
  );
}

export function actionsByPlanIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, PlanAction>(
    (ids) =>
      EntityRows.of(ds, PlanAction).whereIn('planId', ids, [
        ['dueOn', 'ASC'],
        ['id', 'ASC'],
      ]),
    (r) => r.planId,
  );
}

export function actionsByGoalIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, PlanAction>(
    (ids) =>
      ds
        .getRepository(PlanAction)
        .find({ where: { goalId: In([...ids]) }, order: { dueOn: 'ASC', id: 'ASC' } }),
    (r) => r.goalId!,
  );
}

export function needsByPlanIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, Need>(
    (ids) =>
      EntityRows.of(ds, Need).whereIn('planId', ids, [
        ['domain', 'ASC'],
        ['id', 'ASC'],
      ]),
    (r) => r.planId,
  );
}

export function goalsByPlanIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, Goal>(
    (ids) =>
      EntityRows.of(ds, Goal).whereIn('planId', ids, [
        ['targetDate', 'ASC'],
        ['id', 'ASC'],
      ]),
    (r) => r.planId,
  );
}

export function goalByIdLoader(ds: DataSource) {
  return loaderByKey<string, Goal>(
    (ids) => ds.getRepository(Goal).findBy({ id: In([...ids]) }),
    (r) => r.id,
  );
}

export function needByIdLoader(ds: DataSource) {
  return loaderByKey<string, Need>(
    (ids) => ds.getRepository(Need).findBy({ id: In([...ids]) }),
    (r) => r.id,
  );
}

/** Conflicts a goal is part of, on either side. */
export function conflictsByGoalIdLoader(ds: DataSource) {
  return new DataLoader<string, GoalConflict[]>(async (ids) => {
    const rows = await ds.getRepository(GoalConflict).find({
      where: [{ goalId: In([...ids]) }, { conflictingGoalId: In([...ids]) }],
      order: { flaggedAt: 'ASC' },
    });
    return ids.map((id) => rows.filter((r) => r.goalId === id || r.conflictingGoalId === id));
  });
}

/** One page of a plan's versions: newest first, those before version `before` (null: from the newest). */
export interface VersionPageKey {
  planId: string;
  /** The versions wanted, plus one that only says a next page exists. */
  limit: number;
  before: number | null;
}

/**
 * Pages of the version histories of several plans, one query per page shape (a keyset page of
 * each plan: `version < before`, newest first, `limit` rows), without the snapshots: a version's
 * content is read only when it is asked for.
 */
export function versionPagesLoader(ds: DataSource) {
  return new DataLoader<VersionPageKey, CarePlanVersion[], string>(
    async (keys) => {
      const shapes = new Map<string, VersionPageKey[]>();
      for (const k of keys) {
        const shape = `${k.limit}|${k.before ?? ''}`;
        shapes.set(shape, [...(shapes.get(shape) ?? []), k]);
      }
      const pages = new Map<string, CarePlanVersion[]>();
      for (const group of shapes.values()) {
        const { limit, before } = group[0]!;
        const rows = returnedRows<VersionRow>(
          await ds.query(
            `SELECT id, plan_id, version, author_id, author_agency_code, created_at, change_summary, meeting_id
             FROM (SELECT v.*, row_number() OVER (PARTITION BY plan_id ORDER BY version DESC) AS n
                   FROM care_plan_version v
                   WHERE plan_id = ANY($1::uuid[]) AND ($2::integer IS NULL OR version < $2)) page
             WHERE n <= $3 ORDER BY plan_id, version DESC`,
            [group.map((k) => k.planId), before, limit],
          ),
        );
        for (const k of group) {
          pages.set(versionPageKey(k), rows.filter((r) => r.plan_id === k.planId).map(toVersion));
        }
      }
      return keys.map((k) => pages.get(versionPageKey(k)) ?? []);
    },
    { cacheKeyFn: versionPageKey },
  );
}

const versionPageKey = (k: VersionPageKey) => `${k.planId}|${k.limit}|${k.before ?? ''}`;

interface VersionRow {
  id: string;
  plan_id: string;
  version: number;
  author_id: string;
  author_agency_code: string;
  created_at: Date | string;
  change_summary: string;
  meeting_id: string | null;
}

const toVersion = (r: VersionRow): CarePlanVersion =>
  Object.assign(new CarePlanVersion(), {
    id: r.id,
    planId: r.plan_id,
    version: Number(r.version),
    authorId: r.author_id,
    authorAgencyCode: r.author_agency_code,
    createdAt: new Date(r.created_at),
    changeSummary: r.change_summary,
    meetingId: r.meeting_id,
  });

export function planActionByIdLoader(ds: DataSource) {
  return loaderByKey<string, PlanAction>(
    (ids) => ds.getRepository(PlanAction).findBy({ id: In(ids.filter(isUuid)) }),
    (r) => r.id,
  );
}
