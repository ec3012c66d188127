/**
 * A service user's own view (role SERVICE_USER, bound to their own record): Jamie signs in through
 * his lead agency's provider, sees his plan in plain words, his consents and who saw his data,
 * acknowledges his copy of the plan, and sees nothing about anyone else.
 */
import type { Browser } from 'playwright-core';
import {
  accessibilityViolations,
  CHLOE,
  devToken,
  federation,
  gql,
  JAMIE,
  launch,
  screenshot,
  signIn,
} from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
  // His case manager gives him a copy of his plan.
  const aoife = devToken('CDAS', 'cdas-aoife', 'CASE_MANAGER');
  const copy = await gql(
    aoife,
    `mutation { issuePlanCopy(planId: "${JAMIE.planId}", recipient: SERVICE_USER) { id } }`,
  );
  expect(copy.errors).toBeUndefined();
});
afterAll(async () => {
  await browser?.close();
});

it('shows Jamie his own plan, consents and who saw his data, and lets him acknowledge his copy', async () => {
  const { page, context, cspViolations } = await signIn(browser, /Sign in as Jamie Doyle/, 'me');
  await page.getByRole('heading', { name: 'Your care plan, Jamie', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Your goals' }).waitFor();
  await page.getByText(/Stay stable on a methadone dose that holds for 24 hours/).waitFor();
  await page.getByRole('heading', { name: 'Who you agreed may see your information' }).waitFor();
  await page.getByRole('heading', { name: 'Who saw your information' }).waitFor();
  // Staff places are not offered to him.
  await expect(page.getByRole('link', { name: 'Worklist' }).count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'I have received this copy' }).first().click();
  await page
    .getByText(/You confirmed you received it/)
    .first()
    .waitFor();
  expect(cspViolations).toEqual([]);
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'service-user');

  // Someone else's case: nothing, not even that it exists.
  await page.goto(`${federation().web}/cases/${CHLOE.caseId}`);
  await page.getByText('This case does not exist, or is not shared with your agency.').waitFor();
  await expect(page.getByText(/Chloe|SU-1002/).count()).resolves.toBe(0);
  await context.close();
});
