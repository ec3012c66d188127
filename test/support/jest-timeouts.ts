/**
 * Hooks get a longer default timeout than tests (jest has one setting for both). A `beforeAll`
 * starts a whole federation (a database and a server per subgraph, and a gateway): on a busy
 * machine that alone can take minutes, and a hook that times out fails every test of its file.
 * A hook or test that passes its own timeout keeps it.
 */
const HOOK_TIMEOUT_MS = 300_000;

for (const name of ['beforeAll', 'afterAll', 'beforeEach', 'afterEach'] as const) {
  const hook = globalThis[name];
  globalThis[name] = ((fn: jest.ProvidesHookCallback, timeout?: number) =>
    hook(fn, timeout ?? HOOK_TIMEOUT_MS)) as typeof hook;
}

export {};
