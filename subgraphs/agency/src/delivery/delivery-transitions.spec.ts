import { DeliveryStatus as S } from './action-delivery.entity';
import { assertTransition, canMove } from './delivery-transitions';

describe('delivery status transitions', () => {
  it('lets a pending action be accepted or declined, and nothing else', () => {
    expect(Object.values(S).filter((to) => canMove(S.PENDING, to))).toEqual([
      S.ACCEPTED,
      S.DECLINED,
    ]);
  });

  it('lets an accepted action start, be blocked, or end either way', () => {
    expect(Object.values(S).filter((to) => canMove(S.ACCEPTED, to))).toEqual([
      S.IN_PROGRESS,
      S.BLOCKED,
      S.COMPLETED,
      S.NOT_COMPLETED,
    ]);
  });

  it('resumes a blocked action or ends it as not completed, but never completes it directly', () => {
    expect(canMove(S.BLOCKED, S.IN_PROGRESS)).toBe(true);
    expect(canMove(S.BLOCKED, S.NOT_COMPLETED)).toBe(true);
    expect(canMove(S.BLOCKED, S.COMPLETED)).toBe(false);
  });

  it('keeps declined, completed and not completed final', () => {
    for (const from of [S.DECLINED, S.COMPLETED, S.NOT_COMPLETED]) {
      expect(Object.values(S).filter((to) => canMove(from, to))).toEqual([]);
    }
  });

  it('refuses anything else with INVALID_TRANSITION, naming both statuses', () => {
    expect(() => assertTransition(S.COMPLETED, S.IN_PROGRESS)).toThrow(
      expect.objectContaining({
        code: 'INVALID_TRANSITION',
        details: { entity: 'delivery', from: 'COMPLETED', to: 'IN_PROGRESS' },
      }),
    );
  });
});
