import {
  addWorkingDays,
  circulationDueOn,
  isCirculationLate,
  subtractWorkingDays,
} from './working-days';

describe('working days', () => {
  it('skips weekends going forward', () => {
    // 2025-01-06 is a Monday.
    expect(addWorkingDays('2025-01-06', 0)).toBe('2025-01-06');
    expect(addWorkingDays('2025-01-06', 2)).toBe('2025-01-08');
    expect(addWorkingDays('2025-01-09', 2)).toBe('2025-01-13'); // Thursday → Monday
    expect(addWorkingDays('2025-01-10', 1)).toBe('2025-01-13'); // Friday → Monday
    expect(addWorkingDays('2025-01-11', 1)).toBe('2025-01-13'); // Saturday → Monday
    expect(addWorkingDays('2025-01-12', 2)).toBe('2025-01-14'); // Sunday → Tuesday
    // Across the year: New Year's Day (Wednesday) is a public holiday.
    expect(addWorkingDays('2024-12-31', 2)).toBe('2025-01-03');
  });

  it('skips weekends going back', () => {
    expect(subtractWorkingDays('2025-01-13', 1)).toBe('2025-01-10');
    expect(subtractWorkingDays('2025-01-13', 5)).toBe('2025-01-06');
  });

  it('skips Irish public holidays going back', () => {
    expect(subtractWorkingDays('2026-02-03', 1)).toBe('2026-01-30'); // over St Brigid's Day
    expect(subtractWorkingDays('2025-12-29', 2)).toBe('2025-12-23'); // over Christmas
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2025-01-06', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-06', 1.5)).toThrow(RangeError);
  });

  it('gives an outcome two working days to be circulated', () => {
    expect(circulationDueOn('2025-01-09')).toBe('2025-01-13'); // Thursday meeting → Monday
    expect(circulationDueOn('2025-01-10')).toBe('2025-01-14'); // Friday meeting → Tuesday
  });

  it("does not count St Brigid's Day (first Monday of February, or 1 Feb if a Friday)", () => {
    // Monday 2 Feb 2026 is St Brigid's Day.
    expect(circulationDueOn('2026-01-29')).toBe('2026-02-03'); // Thursday → Tuesday
    expect(circulationDueOn('2026-01-30')).toBe('2026-02-04'); // Friday → Wednesday
    // Friday 1 Feb 2030 is St Brigid's Day itself.
    expect(addWorkingDays('2030-01-31', 1)).toBe('2030-02-04');
    // A public holiday only since 2023: Monday 7 Feb 2022 was a working day.
    expect(addWorkingDays('2022-02-04', 1)).toBe('2022-02-07');
  });

  it("does not count Christmas Day, St Stephen's Day or their substitute days", () => {
    // Thursday 25 and Friday 26 Dec 2025.
    expect(circulationDueOn('2025-12-23')).toBe('2025-12-29'); // Tuesday → Monday
    expect(circulationDueOn('2025-12-24')).toBe('2025-12-30'); // Wednesday → Tuesday
    // St Stephen's Day 2026 is a Saturday: Monday 28 Dec 2026 is its substitute.
    expect(circulationDueOn('2026-12-24')).toBe('2026-12-30'); // Thursday → Wednesday
  });

  it("does not count St Patrick's Day or its substitute day", () => {
    // Tuesday 17 Mar 2026.
    expect(circulationDueOn('2026-03-16')).toBe('2026-03-19'); // Monday → Thursday
    // Sunday 17 Mar 2024: Monday 18 Mar 2024 is its substitute.
    expect(circulationDueOn('2024-03-15')).toBe('2024-03-20'); // Friday → Wednesday
  });

  it('counts Good Friday (a bank holiday, not a public one) but not Easter Monday', () => {
    // Good Friday 3 Apr, Easter Monday 6 Apr 2026.
    expect(circulationDueOn('2026-04-02')).toBe('2026-04-07'); // Thursday → Tuesday
  });

  it('tells late circulation, circulated or not', () => {
    // Friday meeting, due Tuesday 14th.
    expect(isCirculationLate('2025-01-10', '2025-01-14', '2025-01-20')).toBe(false);
    expect(isCirculationLate('2025-01-10', '2025-01-15', '2025-01-20')).toBe(true);
    expect(isCirculationLate('2025-01-10', null, '2025-01-14')).toBe(false);
    expect(isCirculationLate('2025-01-10', null, '2025-01-15')).toBe(true);
    // The weekend does not count: a Friday meeting is not late on Monday.
    expect(isCirculationLate('2025-01-10', null, '2025-01-13')).toBe(false);
    // Nor does a public holiday: a meeting on Friday 30 Jan 2026 is due Wednesday 4 Feb.
    expect(isCirculationLate('2026-01-30', null, '2026-02-03')).toBe(false);
    expect(isCirculationLate('2026-01-30', null, '2026-02-04')).toBe(false);
    expect(isCirculationLate('2026-01-30', null, '2026-02-05')).toBe(true);
  });
});
