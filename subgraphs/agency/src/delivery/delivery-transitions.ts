import { InvalidTransitionError } from '@icp/shared';
import { DeliveryStatus } from './action-delivery.entity';

const S = DeliveryStatus;

/**
 * Where a delivery may go from each status. An agency accepts or declines an action assigned to
 * it; once accepted it works on it (possibly blocked for a while) until it is completed or not.
 * Declined, completed and not completed are final: a change of mind is a new action on the plan.
 */
const NEXT: Readonly<Record<DeliveryStatus, readonly DeliveryStatus[]>> = {
  [S.PENDING]: [S.ACCEPTED, S.DECLINED],
  [S.ACCEPTED]: [S.IN_PROGRESS, S.BLOCKED, S.COMPLETED, S.NOT_COMPLETED],
  [S.IN_PROGRESS]: [S.BLOCKED, S.COMPLETED, S.NOT_COMPLETED],
  [S.BLOCKED]: [S.IN_PROGRESS, S.NOT_COMPLETED],
  [S.DECLINED]: [],
  [S.COMPLETED]: [],
  [S.NOT_COMPLETED]: [],
};

/** Statuses after which nothing more is delivered. */
export const CLOSED_STATUSES: readonly DeliveryStatus[] = [
  S.DECLINED,
  S.COMPLETED,
  S.NOT_COMPLETED,
];

export function canMove(from: DeliveryStatus, to: DeliveryStatus): boolean {
  return NEXT[from].includes(to);
}

/** Throws INVALID_TRANSITION unless a delivery may go from `from` to `to`. */
export function assertTransition(from: DeliveryStatus, to: DeliveryStatus): void {
  if (!canMove(from, to)) throw new InvalidTransitionError('delivery', from, to);
}
