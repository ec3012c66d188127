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
    expect(addWorkingDays('2024-12-31', 2)).toBe('2025-01-02'); // across the year
  });

  it('skips weekends going back', () => {
    expect(subtractWorkingDays('2025-01-13', 1)).toBe('2025-01-10');
    expect(subtractWorkingDays('2025-01-13', 5)).toBe('2025-01-06');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2025-01-06', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-06', 1.5)).toThrow(RangeError);
  });

  it('gives an outcome two working days to be circulated', () => {
    expect(circulationDueOn('2025-01-09')).toBe('2025-01-13'); // Thursday meeting → Monday
    expect(circulationDueOn('2025-01-10')).toBe('2025-01-14'); // Friday meeting → Tuesday
  });

  it('tells late circulation, circulated or not', () => {
    // Friday meeting, due Tuesday 14th.
    expect(isCirculationLate('2025-01-10', '2025-01-14', '2025-01-20')).toBe(false);
    expect(isCirculationLate('2025-01-10', '2025-01-15', '2025-01-20')).toBe(true);
    expect(isCirculationLate('2025-01-10', null, '2025-01-14')).toBe(false);
    expect(isCirculationLate('2025-01-10', null, '2025-01-15')).toBe(true);
    // The weekend does not count: a Friday meeting is not late on Monday.
    expect(isCirculationLate('2025-01-10', null, '2025-01-13')).toBe(false);
  });
});
