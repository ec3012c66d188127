import type { AssignedActionDto } from '@icp/shared';
import { AssignedActionCache } from './assigned-action-cache';

const A = '0b6b7a52-5d1e-4f4c-9d55-6a3f1c1e0a01';
const B = '0b6b7a52-5d1e-4f4c-9d55-6a3f1c1e0a02';
const action = (id: string): AssignedActionDto => ({
  id,
  serviceUserId: 'su',
  caseId: 'case',
  planId: 'plan',
  description: 'Action',
  domain: 'SOCIAL',
  responsibleAgencyCode: 'CDAS',
  keyWorkerId: null,
  dueOn: null,
});

describe('AssignedActionCache', () => {
  it('answers what case-management confirmed, and null for what it did not', () => {
    let now = 1000;
    const cache = new AssignedActionCache(500, 100, () => now);
    cache.put([A, B], [action(A)], 7, now);
    expect(cache.get(A, 7)?.id).toBe(A);
    expect(cache.get(B, 7)).toBeNull();
    expect(cache.get(A.toUpperCase(), undefined)?.id).toBe(A);
    now = 1499;
    expect(cache.get(A, 7)?.id).toBe(A);
  });

  it('is stale for a request naming a later epoch, and after its time to live', () => {
    let now = 1000;
    const cache = new AssignedActionCache(500, 100, () => now);
    cache.put([A, B], [action(A), action(B)], 7, now);
    expect(cache.get(A, 8)).toBeUndefined();
    now = 1500;
    expect(cache.get(B, 7)).toBeUndefined();
  });

  it('keeps no answer without an epoch, and no more entries than its bound', () => {
    const cache = new AssignedActionCache(500, 1, () => 1000);
    cache.put([A], [action(A)], undefined, 1000);
    expect(cache.get(A, undefined)).toBeUndefined();
    cache.put([A, B], [], 3, 1000);
    expect(cache.size).toBe(1);
    expect(cache.get(B, 3)).toBeNull();
  });

  it('shares a call under way only with requests naming the same epoch or an earlier one', async () => {
    const cache = new AssignedActionCache();
    let answer!: (a: { actions: AssignedActionDto[] }) => void;
    const call = new Promise<{ actions: AssignedActionDto[] }>((r) => (answer = r));
    cache.track([A, B], 5, call);
    expect(cache.pending(A, 6)).toBeUndefined();
    const shared = cache.pending(A, 5)!;
    const sharedB = cache.pending(B, undefined)!;
    answer({ actions: [action(A)] });
    expect((await shared)?.id).toBe(A);
    expect(await sharedB).toBeNull();
    await new Promise((r) => setImmediate(r));
    expect(cache.pending(A, 5)).toBeUndefined();
  });

  it('does not share a call made for a request that named no epoch with one that names one', () => {
    const cache = new AssignedActionCache();
    cache.track([A], undefined, new Promise(() => undefined));
    expect(cache.pending(A, 1)).toBeUndefined();
    expect(cache.pending(A, undefined)).toBeDefined();
  });
});
