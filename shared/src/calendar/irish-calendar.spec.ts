import { addDays, daysBetween, today } from './irish-calendar';

describe('the Irish calendar', () => {
  it("gives today's date in Irish time", () => {
    // 23:30 UTC in summer is already tomorrow in Dublin (IST, UTC+1); in winter it is not (GMT).
    expect(today(new Date('2025-07-01T23:30:00Z'))).toBe('2025-07-02');
    expect(today(new Date('2025-01-01T23:30:00Z'))).toBe('2025-01-01');
  });

  it('adds and counts calendar days', () => {
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2025-03-29', '2025-04-02')).toBe(4); // across the clocks going forward
  });
});
