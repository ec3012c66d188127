import { PlanAction } from './plan-action.entity';
import { InterventionType } from './intervention-type';
import { findDuplication } from './duplication';

const action = (id: string, agency: string, type: InterventionType) =>
  Object.assign(new PlanAction(), { id, responsibleAgencyCode: agency, interventionType: type });

describe('findDuplication', () => {
  it('flags the same intervention from two agencies, not from one agency twice, and never OTHER', () => {
    const flags = findDuplication('p', [
      action('a1', 'CDAS', InterventionType.COUNSELLING),
      action('a2', 'HSEM', InterventionType.COUNSELLING),
      action('a3', 'CDAS', InterventionType.KEY_WORKING),
      action('a4', 'CDAS', InterventionType.KEY_WORKING),
      action('a5', 'PROB', InterventionType.OTHER),
      action('a6', 'HSEM', InterventionType.OTHER),
    ]);
    expect(flags.map((f) => [f.interventionType, f.actions.map((a) => a.id)])).toEqual([
      ['COUNSELLING', ['a1', 'a2']],
    ]);
  });
});
