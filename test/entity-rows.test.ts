import { In } from 'typeorm';
import { EntityRows } from '@icp/shared';
import { TestFederation } from './support/test-federation';
import { CarePlan } from '../subgraphs/case-management/src/care-plan/care-plan.entity';
import { PlanAction } from '../subgraphs/case-management/src/care-plan/plan-action.entity';
import { Need } from '../subgraphs/case-management/src/care-plan/need.entity';
import { Goal } from '../subgraphs/case-management/src/care-plan/goal.entity';
import { Case } from '../subgraphs/case-management/src/case/case.entity';
import { ActionDelivery } from '../subgraphs/agency/src/delivery/action-delivery.entity';

/**
 * The plan read's loaders read rows with SQL built once (EntityRows, ADR 0051) instead of
 * TypeORM's `find`: the entities must be exactly those `find` gives (dates as YYYY-MM-DD,
 * timestamps as Date, nulls, order), on the demo's plans.
 */
describe('EntityRows reads the entities TypeORM find reads', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('for the plan read of case-management and each agency', async () => {
    const ds = f.cm.db.dataSource;
    const plans = await ds.getRepository(CarePlan).find();
    const planIds = plans.map((p) => p.id);
    expect(planIds.length).toBeGreaterThan(0);
    expect(await EntityRows.of(ds, CarePlan).whereIn('id', planIds, [['id', 'ASC']])).toEqual(
      await ds.getRepository(CarePlan).find({ where: { id: In(planIds) }, order: { id: 'ASC' } }),
    );
    const byPlan = <T extends { planId: string }>(
      entity: new () => T,
      order: Record<string, 'ASC'>,
    ) =>
      Promise.all([
        EntityRows.of(ds, entity).whereIn(
          'planId',
          planIds,
          Object.entries(order) as [keyof T & string, 'ASC'][],
        ),
        ds
          .getRepository(entity)
          .find({ where: { planId: In(planIds) } as never, order: order as never }),
      ]);
    for (const [rows, found] of [
      await byPlan(PlanAction, { dueOn: 'ASC', id: 'ASC' }),
      await byPlan(Need, { domain: 'ASC', id: 'ASC' }),
      await byPlan(Goal, { targetDate: 'ASC', id: 'ASC' }),
    ]) {
      expect(found.length).toBeGreaterThan(0);
      expect(rows).toEqual(found);
      expect(rows.map((r) => r.constructor)).toEqual(found.map((r) => r.constructor));
    }
    const caseIds = plans.map((p) => p.caseId);
    expect(await EntityRows.of(ds, Case).whereIn('id', caseIds, [['id', 'ASC']])).toEqual(
      await ds.getRepository(Case).find({ where: { id: In(caseIds) }, order: { id: 'ASC' } }),
    );
    expect(await EntityRows.of(ds, Case).whereIn('id', [])).toEqual([]);

    for (const agency of f.agencies.values()) {
      const ads = agency.db.dataSource;
      const all = await ads.getRepository(ActionDelivery).find({ order: { actionId: 'ASC' } });
      const ids = all.map((d) => d.actionId);
      expect(
        await EntityRows.of(ads, ActionDelivery).whereIn('actionId', ids, [['actionId', 'ASC']]),
      ).toEqual(all);
    }
  });
});
