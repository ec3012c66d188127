import { costKey } from './request-limits-plugin';

describe('costKey', () => {
  it('ignores what cannot change a cost (ids, inputs) and keeps what can (paging, @skip/@include)', () => {
    const a = costKey('Plan', { id: 'a', input: { first: 1 }, first: 20, full: true, last: null });
    const b = costKey('Plan', { id: 'b', input: { first: 99 }, first: 20, full: true, last: null });
    expect(a).toBe(b);
    expect(costKey('Plan', { id: 'a', first: 21, full: true, last: null })).not.toBe(a);
    expect(costKey('Plan', { id: 'a', first: 20, full: false, last: null })).not.toBe(a);
    expect(costKey('Plan', { id: 'a', first: 20, full: true })).not.toBe(a);
    expect(costKey('Other', { id: 'a', first: 20, full: true, last: null })).not.toBe(a);
  });
});
