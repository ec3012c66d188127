import {
  asReachedFromReferral,
  isReachedFromReferral,
  purposeCovers,
  purposeOfUse,
} from './consent-purpose';

describe('purpose of use (ADR 0026)', () => {
  const forReferral = { readFor: 'REFERRAL' as const };
  const scalar = { scalar: true };
  const record = { scalar: false };

  it('reads a referral and its history for the referral, every field', () => {
    expect(purposeOfUse(forReferral, 'Referral', scalar)).toBe('REFERRAL');
    expect(purposeOfUse(forReferral, 'Referral', record)).toBe('REFERRAL');
    expect(purposeOfUse(forReferral, 'ReferralEvent', scalar)).toBe('REFERRAL');
  });

  it('reads who the person referred is for the referral, not their other records', () => {
    expect(purposeOfUse(forReferral, 'ServiceUser', scalar)).toBe('REFERRAL');
    expect(purposeOfUse(forReferral, 'ServiceUser', record)).toBe('CARE_COORDINATION');
  });

  it('reads everything else for coordination, whatever the path: one rule in every subgraph', () => {
    // e.g. referral.case.carePlan.actions.delivery: the delivery's own subject says nothing of a
    // referral in case-management or in the agency subgraph.
    for (const type of ['Case', 'CarePlan', 'PlanAction', 'ActionDelivery', 'Consent']) {
      expect(purposeOfUse(forReferral, type, scalar)).toBe('CARE_COORDINATION');
      expect(purposeOfUse({}, type, scalar)).toBe('CARE_COORDINATION');
    }
    expect(purposeOfUse({}, 'Referral', scalar)).toBe('CARE_COORDINATION');
  });

  it('lets a referral consent count only for referral reads', () => {
    expect(purposeCovers('REFERRAL', 'REFERRAL')).toBe(true);
    expect(purposeCovers('REFERRAL', 'CARE_COORDINATION')).toBe(false);
    expect(purposeCovers('CARE_COORDINATION', 'REFERRAL')).toBe(true);
    expect(purposeCovers('CASE_MANAGEMENT', 'CARE_COORDINATION')).toBe(true);
    expect(purposeCovers('SOMETHING_ELSE', 'REFERRAL')).toBe(false);
  });

  it('marks a copy of a record reached from a referral, never the record itself', () => {
    class Person {
      constructor(readonly id: string) {}
    }
    const shared = new Person('p1');
    const copy = asReachedFromReferral(shared);
    expect(copy).toBeInstanceOf(Person);
    expect(copy.id).toBe('p1');
    expect(isReachedFromReferral(copy)).toBe(true);
    expect(isReachedFromReferral(shared)).toBe(false);
    expect(isReachedFromReferral(null)).toBe(false);
  });
});
