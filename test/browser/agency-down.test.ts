/**
 * An agency that is not answering: its part of the page says so, by the agency's name, and the
 * rest of the page is there. The methadone clinic's server (HSEM) is paused (SIGSTOP) while
 * Aoife opens Jamie's plan, then resumed.
 */
import type { Browser } from 'playwright-core';
import { serverPid } from './support/federation';
import {
  accessibilityViolations,
  devToken,
  federation,
  gql,
  JAMIE,
  launch,
  screenshot,
  signIn,
} from './support/browser';

let browser: Browser;
let hsem: number;

beforeAll(async () => {
  browser = await launch();
  hsem = serverPid(federation().pid, 'AGENCY_CODE', 'HSEM');
});

afterAll(async () => {
  process.kill(hsem, 'SIGCONT');
  // Wait until the gateway asks HSEM again (its circuit breaker lets it through within ~10 s),
  // so that no other test meets a paused clinic.
  const token = devToken('CDAS', 'cdas-aoife', 'CASE_MANAGER');
  for (let i = 0; i < 60; i++) {
    const r = await gql(
      token,
      `query($id: UUID!) { case(id: $id) { carePlan { actions { delivery { status } } } } }`,
      { id: JAMIE.caseId },
    );
    if (!r.errors?.length) break;
    await new Promise((done) => setTimeout(done, 1000));
  }
  await browser?.close();
});

it("shows the rest of the plan, and the methadone clinic's part as unavailable", async () => {
  const { page, context } = await signIn(browser, /Sign in as Aoife Byrne/);
  process.kill(hsem, 'SIGSTOP');
  await page.goto(`${federation().web}/cases/${JAMIE.caseId}`);
  await page.getByRole('heading', { name: /Care plan, version/ }).waitFor({ timeout: 60_000 });
  const clinic = page.getByRole('listitem').filter({
    has: page.getByRole('heading', {
      name: 'Stabilise on methadone maintenance with weekly clinic review',
    }),
  });
  await clinic
    .getByText("Riverside HSE Methadone Clinic can't be reached right now. Try again later.")
    .waitFor();
  // Not "none recorded", not a consent refusal.
  await expect(clinic.getByText('No progress notes recorded').count()).resolves.toBe(0);
  await expect(clinic.getByText(/Not shared under/).count()).resolves.toBe(0);
  // The other agencies' deliveries are there.
  await page.getByText(/Reports one lapse \(alcohol\)/).waitFor();
  await page.getByText(/Kept all fortnightly appointments/).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'agency-unavailable');
  await context.close();
});
