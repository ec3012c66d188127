import { CachedConsentDecider, ConsentDecisionCache } from './consent-decision-cache';
import type { ConsentCategory } from './consent-category';
import type { ConsentDecider, ConsentDecision, ConsentReader } from './consent-decision';

const READER: ConsentReader = { agencyCode: 'PROB', userId: 'prob-user' };
const SU = '4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b01';

/** A remote decider whose calls are answered (or failed) when the test says. */
function remote(epoch: number) {
  const calls: { ids: readonly string[]; answer: () => void; fail: () => void }[] = [];
  const decider: ConsentDecider = {
    decide: (_reader, ids) =>
      new Promise<ConsentDecision[]>((resolve, reject) => {
        calls.push({
          ids,
          answer: () =>
            resolve(
              ids.map((id) => ({
                serviceUserId: id,
                grants: new Map<ConsentCategory, string[]>([['HOUSING_AND_SOCIAL', ['c1']]]),
                epoch,
              })),
            ),
          fail: () => reject(new Error('unreachable')),
        });
      }),
  };
  return { decider, calls };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('CachedConsentDecider: requests missing the same decision at once', () => {
  it('wait for the call under way instead of asking again', async () => {
    const cache = new ConsentDecisionCache();
    const { decider, calls } = remote(10);
    const a = new CachedConsentDecider(cache, decider, 10).decide(READER, [SU], new Date());
    const b = new CachedConsentDecider(cache, decider, 10).decide(READER, [SU], new Date());
    await tick();
    expect(calls).toHaveLength(1);
    calls[0]!.answer();
    expect((await a).map((d) => d.serviceUserId)).toEqual([SU]);
    expect((await b).map((d) => d.serviceUserId)).toEqual([SU]);
    expect(calls).toHaveLength(1);
  });

  it('ask again when the shared answer is older than their own epoch, or failed', async () => {
    const cache = new ConsentDecisionCache();
    const { decider, calls } = remote(10);
    const first = new CachedConsentDecider(cache, decider, 10).decide(READER, [SU], new Date());
    // Started after a change the gateway had seen (epoch 11): an answer at 10 does not serve it.
    const later = new CachedConsentDecider(cache, decider, 11).decide(READER, [SU], new Date());
    await tick();
    calls[0]!.answer();
    await first;
    await tick();
    expect(calls).toHaveLength(2);
    calls[1]!.answer();
    expect(await later).toHaveLength(1);

    // A failed call fails its own request only; the one waiting for it asks itself.
    const fresh = new ConsentDecisionCache();
    const r = remote(12);
    const owner = new CachedConsentDecider(fresh, r.decider, 12).decide(READER, [SU], new Date());
    const joiner = new CachedConsentDecider(fresh, r.decider, 12).decide(READER, [SU], new Date());
    await tick();
    expect(r.calls).toHaveLength(1);
    r.calls[0]!.fail();
    await expect(owner).rejects.toThrow('unreachable');
    await tick();
    expect(r.calls).toHaveLength(2);
    r.calls[1]!.answer();
    expect(await joiner).toHaveLength(1);
  });
});
