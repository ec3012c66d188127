/**
 * The key worker's day in a real browser (Declan, probation), and what consent looks like:
 * fields withheld by Jamie's consent are marked as such, never as "none recorded".
 */
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  devToken,
  federation,
  gql,
  JAMIE,
  launch,
  screenshot,
  signIn,
  type SignedIn,
} from './support/browser';

let browser: Browser;
let declan: SignedIn;
let page: Page;

const ADD_ACTIONS = `mutation($i: ReviseCarePlanInput!) { reviseCarePlan(input: $i) { version } }`;

beforeAll(async () => {
  browser = await launch();
  // Two new probation actions on Jamie's plan, for Declan to accept and to decline.
  const aoife = devToken('CDAS', 'cdas-aoife', 'CASE_MANAGER');
  const plan = await gql<{ carePlan: { version: number } }>(
    aoife,
    `{ carePlan(id: "${JAMIE.planId}") { version } }`,
  );

  const added = await gql(aoife, ADD_ACTIONS, {
    i: {
      planId: JAMIE.planId,
      expectedVersion: plan.data!.carePlan.version,
      changeSummary: 'Two probation actions agreed at the review',
      addActions: [
        {
          description: 'Attend the court-support programme intake',
          domain: 'LEGAL',
          responsibleAgencyCode: 'PROB',
          dueOn: '2027-02-20',
        },
        {
          description: 'Complete the restorative justice module',
          domain: 'LEGAL',
          responsibleAgencyCode: 'PROB',
          dueOn: '2027-03-20',
        },
      ],
    },
  });
  expect(added.errors).toBeUndefined();
  declan = await signIn(browser, /Sign in as Declan Walsh/);
  page = declan.page;
});
afterAll(async () => {
  await browser?.close();
});

describe("the key worker's day", () => {
  it('opens at the caseload, with its open actions and meeting invitations', async () => {
    await page.getByRole('heading', { name: /^Caseload of Declan Walsh/, level: 1 }).waitFor();
    await page.getByRole('heading', { name: /Keep fortnightly probation appointments/ }).waitFor();
    await page.getByRole('heading', { name: 'Meeting invitations', level: 2 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'caseload');
  });

  it('records a progress note and changes the status of an action', async () => {
    const action = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: /Keep fortnightly probation appointments/ }),
    });
    await action.getByLabel('New progress note').fill('Attended on time; 52 of 120 hours done.');
    await action.getByRole('button', { name: 'Record note' }).click();
    await action.getByText('Progress note recorded').waitFor();
    await action.getByRole('button', { name: /Change status to/ }).click();
    await page.getByRole('option', { name: 'Blocked' }).click();
    await action.getByRole('button', { name: 'Change status', exact: true }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Keep fortnightly probation appointments' })
      .getByText('blocked')
      .first()
      .waitFor();
  });

  it("tells the case manager about a change to the agency's delivery", async () => {
    const action = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: /Keep fortnightly probation appointments/ }),
    });
    await action.getByText('Tell the case manager about a change to our delivery').click();
    await action.getByLabel('What changes').fill('Appointments move to monthly');
    await action.getByLabel('Why').fill('Probation officer caseload review');
    await action.getByLabel('From').fill('2027-01-04');
    await action.getByRole('button', { name: 'Record the change' }).click();
    await action.getByText('Change recorded; the case manager has been told.').waitFor();
  });

  it('answers a meeting invitation for the agency', async () => {
    const invitation = page
      .getByRole('listitem')
      .filter({ hasText: /Answer: pending \(scheduled\)/ })
      .first();
    await invitation.getByRole('button', { name: /Your agency's answer/ }).click();
    await page.getByRole('option', { name: 'We will attend' }).click();
    await invitation.getByRole('button', { name: 'Answer', exact: true }).click();
    await page
      .getByText(/Answer: attending/)
      .first()
      .waitFor();
  });

  it("sees Jamie's plan with what his consent withholds marked as such, and no re-disclosure notice", async () => {
    await page.goto(`${federation().web}/cases/${JAMIE.caseId}`);
    await page.getByRole('heading', { name: /SU-1001/, level: 1 }).waitFor();
    // His name: IDENTITY is not in his consent to probation.
    await page
      .getByRole('heading', { level: 1 })
      .getByText("Not shared under this person's consent (identity)")
      .waitFor();
    // CDAS's notes (MENTAL_HEALTH) and HSEM's (SUBSTANCE_USE): withheld, not "none recorded".
    await page.getByText("Not shared under this person's consent (mental health)").waitFor();
    await page
      .getByText("Not shared under this person's consent (substance use and treatment)")
      .waitFor();
    // Probation's own notes are there.
    await page.getByText('Attended on time; 52 of 120 hours done.').waitFor();
    // Needs he did not consent to share are left out of the list, not shown empty with a count.
    await expect(page.getByText('Opioid dependence').count()).resolves.toBe(0);
    await expect(
      page.getByRole('heading', { name: /further disclosure prohibited/ }).count(),
    ).resolves.toBe(0);
    expect(declan.cspViolations).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'consent-withheld');
  });

  it('accepts one new action and declines another with a reason', async () => {
    const intake = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Attend the court-support programme intake' }),
    });
    await intake.getByRole('button', { name: 'Accept' }).click();
    await intake.getByText(/^accepted/).waitFor();
    const module = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Complete the restorative justice module' }),
    });
    await module
      .getByLabel('Reason for declining')
      .fill('Not offered in Dublin North until autumn');
    await module.getByRole('button', { name: 'Decline' }).click();
    await module.getByText(/declined: Not offered in Dublin North until autumn/).waitFor();
  });
});
