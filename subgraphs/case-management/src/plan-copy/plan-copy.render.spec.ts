import { REDISCLOSURE_NOTICE_TEXT, type ConsentCategory } from '@icp/shared';
import { NeedDomain } from '../care-plan/need-domain';
import { GoalStatus } from '../care-plan/goal.entity';
import { renderPlanCopy, type CopyContent } from './plan-copy.render';

const base: CopyContent = {
  pseudonym: 'SU-1001',
  name: null,
  version: 2,
  versionDate: new Date('2026-11-01T10:00:00Z'),
  recipientLabel: 'Probation',
  ownInvolvementOf: 'PROB',
  categories: new Set<ConsentCategory>(['CARE_PLAN_SUMMARY', 'LEGAL_AND_JUSTICE']),
  consentRef: 'FORM-1',
  agencyNames: new Map([['PROB', 'Probation Service']]),
  snapshot: {
    nextReviewOn: '2027-01-01',
    lastReviewedOn: '2026-10-01',
    needs: [
      { id: 'n1', domain: NeedDomain.LEGAL, description: 'Probation order', met: false },
      {
        id: 'n2',
        domain: NeedDomain.SUBSTANCE_USE,
        description: 'Opioid <dependence>',
        met: false,
      },
    ],
    goals: [
      {
        id: 'g1',
        needId: 'n1',
        domain: NeedDomain.LEGAL,
        statement: 'Complete the order',
        measure: 'Hours logged',
        achievability: 'x',
        targetDate: '2027-03-01',
        status: GoalStatus.ACTIVE,
        buildsOnGoalId: null,
        proposedByAgencyCode: 'CDAS',
      },
      {
        id: 'g2',
        needId: 'n2',
        domain: NeedDomain.SUBSTANCE_USE,
        statement: 'Stay stable on methadone',
        measure: 'Screens',
        achievability: 'x',
        targetDate: '2027-03-01',
        status: GoalStatus.ACTIVE,
        buildsOnGoalId: null,
        proposedByAgencyCode: 'CDAS',
      },
    ],
    actions: [
      {
        id: 'a1',
        goalId: 'g1',
        description: 'Fortnightly appointments',
        domain: NeedDomain.LEGAL,
        responsibleAgencyCode: 'PROB',
        keyWorkerId: null,
        dueOn: '2026-12-01',
        reviewEveryWeeks: 4,
      },
      {
        id: 'a2',
        goalId: 'g2',
        description: 'Weekly clinic review',
        domain: NeedDomain.SUBSTANCE_USE,
        responsibleAgencyCode: 'HSEM',
        keyWorkerId: null,
        dueOn: '2026-12-01',
        reviewEveryWeeks: 1,
      },
    ],
  },
};

describe('renderPlanCopy', () => {
  it('gives an agency only its own involvement, within its consent', () => {
    const { html, includesSubstanceUse } = renderPlanCopy(base);
    expect(html).toContain('Fortnightly appointments');
    expect(html).toContain('Complete the order');
    expect(html).toContain('Probation order');
    expect(html).not.toContain('Weekly clinic review');
    expect(html).not.toContain('methadone');
    expect(html).not.toContain('Opioid');
    expect(includesSubstanceUse).toBe(false);
    expect(html).not.toContain(REDISCLOSURE_NOTICE_TEXT.slice(0, 30));
  });

  it('gives the full plan, escaped, with the re-disclosure notice when substance use is in it', () => {
    const all = new Set<ConsentCategory>([
      'CARE_PLAN_SUMMARY',
      'LEGAL_AND_JUSTICE',
      'SUBSTANCE_USE',
    ]);
    const { html, includesSubstanceUse } = renderPlanCopy({
      ...base,
      ownInvolvementOf: null,
      categories: all,
      name: 'Jamie Doyle',
    });
    expect(html).toContain('Weekly clinic review');
    expect(html).toContain('Opioid &lt;dependence&gt;');
    expect(html).toContain('(Jamie Doyle)');
    expect(includesSubstanceUse).toBe(true);
    expect(html).toContain(REDISCLOSURE_NOTICE_TEXT);
  });
});
