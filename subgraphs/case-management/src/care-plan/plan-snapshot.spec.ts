import { diffSnapshots, type PlanSnapshot } from './plan-snapshot';
import { NeedDomain } from './need-domain';
import { GoalStatus } from './goal.entity';

const base: PlanSnapshot = {
  nextReviewOn: '2027-01-10',
  lastReviewedOn: '2026-10-10',
  needs: [{ id: 'n1', domain: NeedDomain.SOCIAL, description: 'No fixed abode', met: false }],
  goals: [
    {
      id: 'g1',
      needId: 'n1',
      domain: NeedDomain.SOCIAL,
      statement: 'Secure a tenancy',
      measure: 'Lease signed',
      achievability: 'Unit offered',
      targetDate: '2027-02-01',
      status: GoalStatus.ACTIVE,
      buildsOnGoalId: null,
      proposedByAgencyCode: 'CDAS',
    },
  ],
  actions: [
    {
      id: 'a1',
      goalId: 'g1',
      description: 'Apply to the council',
      domain: NeedDomain.SOCIAL,
      responsibleAgencyCode: 'CDAS',
      keyWorkerId: 'k1',
      dueOn: '2026-12-01',
      reviewEveryWeeks: 4,
    },
  ],
};

describe('diffSnapshots', () => {
  it('lists added, removed and changed parts field by field', () => {
    const next: PlanSnapshot = {
      ...base,
      nextReviewOn: '2027-01-20',
      needs: [{ ...base.needs[0]!, met: true }],
      goals: [],
      actions: [{ ...base.actions[0]!, id: 'a2', description: 'Attend housing clinic' }],
    };
    expect(diffSnapshots('p1', base, next)).toEqual([
      {
        part: 'PLAN',
        itemId: 'p1',
        change: 'CHANGED',
        field: 'nextReviewOn',
        before: '2027-01-10',
        after: '2027-01-20',
        domain: null,
      },
      {
        part: 'NEED',
        itemId: 'n1',
        change: 'CHANGED',
        field: 'met',
        before: 'false',
        after: 'true',
        domain: 'SOCIAL',
      },
      {
        part: 'GOAL',
        itemId: 'g1',
        change: 'REMOVED',
        field: null,
        before: 'Secure a tenancy',
        after: null,
        domain: 'SOCIAL',
      },
      {
        part: 'ACTION',
        itemId: 'a2',
        change: 'ADDED',
        field: null,
        before: null,
        after: 'Attend housing clinic',
        domain: 'SOCIAL',
      },
      {
        part: 'ACTION',
        itemId: 'a1',
        change: 'REMOVED',
        field: null,
        before: 'Apply to the council',
        after: null,
        domain: 'SOCIAL',
      },
    ]);
  });

  it('finds nothing between a version and itself', () => {
    expect(diffSnapshots('p1', base, base)).toEqual([]);
  });
});
