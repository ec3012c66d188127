import {
  addMonths,
  checkNextReview,
  checkSmartGoal,
  latestNextReview,
  parseDate,
} from './plan-rules';

const goal = {
  statement: 'Move into stable accommodation',
  measure: 'Tenancy signed',
  achievability: 'Housing officer has a unit available',
  targetDate: '2027-03-01',
};

describe('plan rules', () => {
  it('allows a next review at most three calendar months after the last', () => {
    expect(latestNextReview('2026-11-22')).toBe('2027-02-22');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(() => checkNextReview('2027-02-22', '2026-11-22')).not.toThrow();
    expect(() => checkNextReview('2027-02-23', '2026-11-22')).toThrow(
      expect.objectContaining({ code: 'REVIEW_TOO_LATE' }),
    );
    expect(() => checkNextReview('2026-11-22', '2026-11-22')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });

  it('refuses impossible dates', () => {
    expect(() => parseDate('2026-02-30', 'd')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(parseDate('2028-02-29', 'd')).toBe('2028-02-29');
  });

  it('accepts a SMART goal', () => {
    expect(() => checkSmartGoal(goal, true, '2026-11-22')).not.toThrow();
  });

  it.each([
    ['statement', { statement: 'Housing' }],
    ['measure', { measure: '' }],
    ['achievability', { achievability: '  ' }],
    ['targetDate', { targetDate: '2026-11-22' }],
    ['targetDate', { targetDate: 'soon' }],
  ])('names %s when a goal is not SMART', (field, change) => {
    expect(() => checkSmartGoal({ ...goal, ...change }, true, '2026-11-22')).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        details: expect.objectContaining({ field }),
      }),
    );
  });

  it('names every field that fails at once, each with its message', () => {
    expect(() =>
      checkSmartGoal(
        { ...goal, statement: 'Housing', measure: '', targetDate: '2026-11-01' },
        true,
        '2026-11-22',
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: 'A SMART goal needs a specific statement of at least 10 characters',
        details: {
          field: 'statement',
          fields: [
            {
              field: 'statement',
              message: 'A SMART goal needs a specific statement of at least 10 characters',
            },
            {
              field: 'measure',
              message: 'A SMART goal needs a measure: how progress will be known',
            },
            {
              field: 'targetDate',
              message: 'A goal is time-bound: its target date must be in the future when set',
            },
          ],
        },
      }),
    );
  });

  it('keeps a past target date that was set earlier, when it is not being changed', () => {
    expect(() =>
      checkSmartGoal({ ...goal, targetDate: '2026-01-01' }, false, '2026-11-22'),
    ).not.toThrow();
  });
});
