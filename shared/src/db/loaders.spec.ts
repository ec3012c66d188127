import { loaderByKey, loaderGroupedBy } from './loaders';

describe('PeekableLoader (loaderByKey, loaderGroupedBy)', () => {
  it('peeks nothing before a load has settled, then the value load gave', async () => {
    const loader = loaderByKey<string, { id: string }>(
      async (ids) => ids.filter((id) => id !== 'gone').map((id) => ({ id })),
      (r) => r.id,
    );
    expect(loader.peek('a')).toBeUndefined();
    const pending = loader.load('a');
    expect(loader.peek('a')).toBeUndefined();
    expect(await pending).toEqual({ id: 'a' });
    expect(loader.peek('a')).toBe(await loader.load('a'));
    // A key with no row is known to be missing: null, not undefined.
    expect(await loader.load('gone')).toBeNull();
    expect(loader.peek('gone')).toBeNull();
  });

  it('forgets what clear and clearAll drop, and keeps nothing from a batch a clear overtook', async () => {
    let version = 1;
    let hold: Promise<void> = Promise.resolve();
    const loader = loaderGroupedBy<string, { k: string; v: number }>(
      async (keys) => {
        const v = version; // read when the batch's query runs
        await hold;
        return keys.map((k) => ({ k, v }));
      },
      (r) => r.k,
    );
    await loader.load('x');
    expect(loader.peek('x')).toEqual([{ k: 'x', v: 1 }]);
    loader.clear('x');
    expect(loader.peek('x')).toBeUndefined();
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    const stale = loader.load('x');
    await new Promise((r) => setImmediate(r)); // its batch has read version 1 and waits
    loader.clearAll(); // a write meanwhile
    version = 2;
    release();
    expect(await stale).toEqual([{ k: 'x', v: 1 }]);
    expect(loader.peek('x')).toBeUndefined();
    expect(await loader.load('x')).toEqual([{ k: 'x', v: 2 }]);
    expect(loader.peek('x')).toEqual([{ k: 'x', v: 2 }]);
  });

  it('does not peek a primed value it did not load', async () => {
    const loader = loaderByKey<string, { id: string }>(
      async () => [],
      (r) => r.id,
    );
    loader.prime('p', { id: 'p' });
    expect(loader.peek('p')).toBeUndefined();
    expect(await loader.load('p')).toEqual({ id: 'p' });
  });
});
