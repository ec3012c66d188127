import { EmergencyAccessFlag } from './emergency-access.entity';
import {
  isOnCoordinatorList,
  isOverseenAccess,
  isReviewLate,
  reviewDueOn,
} from './emergency-access-rules';

// Monday 2 February 2026 is St Brigid's Day, a public holiday.
const access = (startedAt: string, over: Partial<Record<string, unknown>> = {}) => ({
  startedAt: new Date(startedAt),
  reviewedAt: null as Date | null,
  flag: null as EmergencyAccessFlag | null,
  flagAcknowledgedAt: null as Date | null,
  ...over,
});

describe('emergency access rules', () => {
  it('gives the lead agency 5 working days from the Irish day the access began', () => {
    // Thursday 29 January: Fri 30, Tue 3 (after the holiday), Wed 4, Thu 5, Fri 6.
    expect(reviewDueOn(access('2026-01-29T10:00:00Z'))).toBe('2026-02-06');
    // 23:30 UTC on 30 June is 1 July in Dublin (summer time): counted from Wednesday 1 July.
    expect(reviewDueOn(access('2026-06-30T23:30:00Z'))).toBe('2026-07-08');
  });

  it('calls a review late after its due day, done or not', () => {
    const a = access('2026-01-29T10:00:00Z');
    expect(isReviewLate(a, new Date('2026-02-06T20:00:00Z'))).toBe(false);
    expect(isReviewLate(a, new Date('2026-02-07T09:00:00Z'))).toBe(true);
    const inTime = { ...a, reviewedAt: new Date('2026-02-05T09:00:00Z') };
    expect(isReviewLate(inTime, new Date('2026-03-01T09:00:00Z'))).toBe(false);
  });

  it('lists an open flag or an overdue review; keeps a flagged or late one overseen after', () => {
    const now = new Date('2026-02-10T09:00:00Z');
    const overdue = access('2026-01-29T10:00:00Z');
    expect(isOnCoordinatorList(overdue, now)).toBe(true);
    const reviewed = { ...overdue, reviewedAt: new Date('2026-02-09T09:00:00Z') };
    expect(isOnCoordinatorList(reviewed, now)).toBe(false);
    expect(isOverseenAccess(reviewed, now)).toBe(true);

    const recent = access('2026-02-09T10:00:00Z');
    expect(isOnCoordinatorList(recent, now)).toBe(false);
    expect(isOverseenAccess(recent, now)).toBe(false);
    const flagged = { ...recent, flag: EmergencyAccessFlag.SECOND_PERSON_WITHIN_24_HOURS };
    expect(isOnCoordinatorList(flagged, now)).toBe(true);
    const acknowledged = { ...flagged, flagAcknowledgedAt: now };
    expect(isOnCoordinatorList(acknowledged, now)).toBe(false);
    expect(isOverseenAccess(acknowledged, now)).toBe(true);
  });
});
