/**
 * The web app's speed on the demo data: how long from navigation until the worklist, and the plan
 * page, are interactive (their data on screen and the main thread quiet), in Debian's Chromium
 * against the federation as `npm start` runs it, with the browser's cache off (a first visit) and
 * on. Measured, not asserted (docs/benchmarks.md).
 * Run alone: `npx jest --config bench/jest.config.js bench/web-app.bench.ts` (Chromium needed).
 */
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { JAMIE, launch, signIn } from '../test/browser/support/browser';
import { startFederation } from '../test/browser/support/federation';

const RUNS = 7;
let child: ChildProcess;
let browser: Browser;

beforeAll(async () => {
  const started = await startFederation();
  child = started.child;
  process.env.ICP_BROWSER_FEDERATION = JSON.stringify(started.urls);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  if (child?.pid) process.kill(-child.pid, 'SIGINT');
});

/** Milliseconds from navigation start until `ready` is on screen and a long task has not run since. */
async function timeToInteractive(
  page: Page,
  url: string,
  ready: () => Promise<void>,
): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await ready();
  // The page answers input once no task longer than 50 ms is running: wait for one idle frame.
  await page.evaluate(
    'new Promise((done) => requestIdleCallback(() => done(null), { timeout: 1000 }))',
  );
  return Date.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

it('measures time to interactive of the worklist and the plan page', async () => {
  const { page, context } = await signIn(browser, /Sign in as Aoife Byrne/);
  const web = JSON.parse(process.env.ICP_BROWSER_FEDERATION!) as { web: string };
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const pages = {
    worklist: {
      url: `${web.web}/worklist`,
      ready: () => page.getByRole('link', { name: /SU-1002: review was due/ }).waitFor(),
    },
    plan: {
      url: `${web.web}/cases/${JAMIE.caseId}`,
      ready: () => page.getByText(/Stable on 60 mg methadone daily/).waitFor(),
    },
  };
  const times = {
    cold: { worklist: [] as number[], plan: [] as number[] },
    warm: { worklist: [] as number[], plan: [] as number[] },
  };
  // Cold: the browser's cache off (every file fetched and compiled afresh, as on a first visit);
  // warm: the app's hashed files from the cache (immutable), config.json and the data afresh.
  // The first cold load of the plan page is also the federation's first read of that plan.
  for (const cache of ['cold', 'warm'] as const) {
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: cache === 'cold' });
    for (let i = 0; i < RUNS; i++) {
      for (const name of ['worklist', 'plan'] as const) {
        await page.goto('about:blank');
        times[cache][name].push(await timeToInteractive(page, pages[name].url, pages[name].ready));
      }
    }
  }
  const line = (label: string, xs: number[]) =>
    `  ${label}median ${median(xs)} ms, all ${xs.join(', ')}\n`;
  process.stdout.write(
    `web app, time to interactive over ${RUNS} full page loads each:\n` +
      line('worklist, cold:  ', times.cold.worklist) +
      line('plan page, cold: ', times.cold.plan) +
      line('worklist, warm:  ', times.warm.worklist) +
      line('plan page, warm: ', times.warm.plan),
  );
  await context.close();
});
