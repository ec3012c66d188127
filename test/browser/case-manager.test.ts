/**
 * The case manager's day in a real browser: signing in through the demo identity provider, the
 * worklist, a case and its plan, revising it (SMART refusals at their fields, a version conflict
 * re-applied), its history, consents, and who saw the person's data.
 */
import type { Browser, Page } from 'playwright-core';
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
  type SignedIn,
} from './support/browser';

let browser: Browser;
let aoife: SignedIn;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const heading = (name: string | RegExp, level = 1) => page.getByRole('heading', { name, level });

describe("the case manager's day", () => {
  it('lists the demo users of each agency on the sign-in page, and checks it with axe', async () => {
    const context = await browser.newContext();
    const signInPage = await context.newPage();
    await signInPage.goto(`${federation().web}/`);
    await signInPage.getByRole('heading', { name: 'Demo users (development only)' }).waitFor();
    for (const agency of [
      'Northside Community Drug and Alcohol Service',
      'Probation Service, Dublin North',
      'Riverside HSE Methadone Clinic',
    ])
      await expect(
        signInPage.getByRole('heading', { name: agency, level: 3 }).count(),
      ).resolves.toBe(1);
    await expect(
      signInPage.getByRole('button', { name: /Sign in as Aoife Byrne \(case manager\)/ }).count(),
    ).resolves.toBe(1);
    // Each agency's demo users by role, the service users among them (ADR 0049).
    const roles = (agency: string) =>
      signInPage
        .getByRole('region', { name: agency, exact: true })
        .getByRole('heading', { level: 4 })
        .allTextContents();
    await expect(roles('Northside Community Drug and Alcohol Service')).resolves.toEqual([
      'Case managers',
      'Supervisors',
      'Service users (see their own plan)',
    ]);
    await expect(roles('Probation Service, Dublin North')).resolves.toEqual([
      'Key workers',
      'Supervisors',
    ]);
    for (const name of ['Jamie Doyle', 'Chloe Nolan', 'Alex Byrne'])
      await expect(
        signInPage.getByRole('button', { name: `Sign in as ${name} (service user)` }).count(),
      ).resolves.toBe(1);
    expect(await accessibilityViolations(signInPage)).toEqual([]);
    await screenshot(signInPage, 'sign-in');
    await context.close();
  });

  it('signs in as Aoife through the identity provider and opens her worklist', async () => {
    aoife = await signIn(browser, /Sign in as Aoife Byrne/);
    page = aoife.page;
    await heading('Worklist').waitFor();
    for (const section of [
      'Overdue reviews',
      'Reviews due soon',
      'Overdue actions',
      'Referrals awaiting follow-up',
      'Meeting outcomes not circulated in time',
      'Upcoming meetings',
      'Service-delivery changes',
      'Emergency accesses to review',
      'Open Gaps and Blocks',
      'Actions to reassign',
    ])
      await heading(new RegExp(`^${section}`), 2).waitFor();
    await page.getByRole('link', { name: /SU-1002: review was due/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'worklist');
  });

  it('links each worklist item to its place', async () => {
    await page.getByRole('link', { name: /SU-1002: referral to Probation/ }).click();
    await page.waitForURL(new RegExp(`/cases/${CHLOE.caseId}`));
    await heading(/SU-1002/).waitFor();
    await page.getByRole('heading', { name: 'Referrals', level: 2 }).waitFor();
    await page
      .getByText(/waiting/)
      .first()
      .waitFor();
  });

  it('moves a referral along its status flow, and shows a refused escalation at its form', async () => {
    const referral = page.getByRole('listitem').filter({ hasText: /To Probation Service/ });
    await referral.getByRole('button', { name: /Move the referral to/ }).click();
    await page.getByRole('option', { name: 'Accepted' }).click();
    await referral.getByRole('button', { name: 'Update referral' }).click();
    await referral.getByText('accepted', { exact: true }).waitFor();

    const form = page.getByRole('listitem').filter({ hasText: /Level 3/ });
    await form
      .getByLabel('What was tried at level 3')
      .fill('Raised with the regional co-ordinator');
    await form.getByRole('button', { name: 'Escalate to level 4' }).click();
    // Level 3 is the rehabilitation co-ordinator's to act on: the refusal is shown, the text kept.
    await form.getByRole('alert').waitFor();
    await expect(form.getByLabel('What was tried at level 3').inputValue()).resolves.toBe(
      'Raised with the regional co-ordinator',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'referrals-and-gaps');
  });

  it("shows Jamie's plan: needs by domain, goals, and each agency's delivery and notes", async () => {
    await page.goto(`${federation().web}/cases/${JAMIE.caseId}`);
    await heading(/SU-1001/).waitFor();
    await page.getByRole('heading', { name: /Care plan, version/ }).waitFor();
    for (const domain of ['Physical', 'Psychological', 'Social', 'Legal', 'Substance use'])
      await page.getByRole('heading', { name: domain, level: 4, exact: true }).waitFor();
    await page.getByText('Stay stable on a methadone dose that holds for 24 hours').waitFor();
    // HSEM's notes, read from HSEM's own server, and the notice that comes with them.
    await page.getByText(/Stable on 60 mg methadone daily/).waitFor();
    await page.getByRole('heading', { name: /further disclosure prohibited/ }).waitFor();
    expect(aoife.cspViolations).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'case-plan');
  });

  it('shows SMART refusals at their fields and keeps what was typed', async () => {
    await page.getByRole('link', { name: 'Revise the plan' }).click();
    await heading(/Revise the plan/).waitFor();
    await page.getByLabel('What changed and why').fill('Add a housing goal');
    await page.getByLabel('Specific: what will be different').fill('House');
    await page.getByLabel('Achievable and realistic: why').fill('Agreed with the housing officer');
    await page.getByLabel('Time-bound: target date').fill('2020-01-01');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page
      .getByText('A SMART goal needs a specific statement of at least 10 characters')
      .waitFor();
    await page.getByText(/A SMART goal needs a measure/).waitFor();
    await page.getByText(/its target date must be in the future/).waitFor();
    await expect(
      page.getByLabel('Specific: what will be different').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await expect(page.getByLabel('Achievable and realistic: why').inputValue()).resolves.toBe(
      'Agreed with the housing officer',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'revise-plan-smart-errors');
  });

  it('on a version conflict, shows the newer version and saves the same edits onto it', async () => {
    await page.reload();
    await heading(/Revise the plan/).waitFor();
    const editing = await page.getByText(/^Editing version \d+\.$/).textContent();
    const base = Number(/(\d+)/.exec(editing ?? '')![1]);
    await page.getByLabel('What changed and why').fill('Housing need found at the review');
    await page
      .getByLabel('Need', { exact: true })
      .fill('Sofa-surfing since October; needs a tenancy');
    // Meanwhile someone else changes the plan.
    // (Aoife herself, in another tab: only the case manager may revise the plan.)
    const token = devToken('CDAS', 'cdas-aoife', 'CASE_MANAGER');
    const other = await gql(
      token,
      'mutation($i: ReviseCarePlanInput!) { reviseCarePlan(input: $i) { version } }',
      {
        i: { planId: JAMIE.planId, expectedVersion: base, changeSummary: 'Changed elsewhere' },
      },
    );
    expect(other.errors).toBeUndefined();
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page
      .getByRole('heading', { name: 'Someone else changed this plan since you opened it' })
      .waitFor();
    await page.getByText(`The plan is now at version ${base + 1}`).waitFor();
    await expect(page.getByLabel('Need', { exact: true }).inputValue()).resolves.toBe(
      'Sofa-surfing since October; needs a tenancy',
    );
    await screenshot(page, 'revise-plan-conflict');
    await page.getByRole('button', { name: `Apply my edits to version ${base + 1}` }).click();
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.waitForURL(new RegExp(`/cases/${JAMIE.caseId}$`));
    await page
      .getByRole('heading', { name: new RegExp(`Care plan, version ${base + 2}`) })
      .waitFor();
    await page.getByText('Sofa-surfing since October; needs a tenancy').waitFor();
  });

  it('shows the version history with what each version changed', async () => {
    await page.getByRole('link', { name: 'Version history' }).click();
    await heading(/Version history/).waitFor();
    await page.getByText('Housing need found at the review').waitFor();
    const latest = page.getByRole('button', { name: /Show what changed in version/ }).first();
    await latest.click();
    await page.getByText(/Need \(social\) added/).waitFor();
    await page.locator('ins', { hasText: 'Sofa-surfing since October' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'plan-history');
  });

  it('issues a copy of the plan for the service user and downloads it', async () => {
    await page.goto(`${federation().web}/cases/${JAMIE.caseId}`);
    const copies = page.getByRole('region', { name: 'Plan copies' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      copies.getByRole('button', { name: 'Issue and download a copy' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    await copies.getByText(/Copy of version \d+ issued and downloaded/).waitFor();
  });

  it('schedules a care plan review meeting with its reason, purpose and aims', async () => {
    const meetings = page.getByRole('region', { name: 'Meetings' });
    await meetings.getByRole('button', { name: 'Schedule a meeting' }).click();
    const form = page.getByRole('form', { name: 'Schedule a meeting' });
    await form.getByLabel('When').fill('2027-01-15T10:30');
    await form.getByLabel('Where').fill('Northside CDAS, meeting room 2');
    await form.getByText('Probation Service, Dublin North', { exact: true }).click();
    await form.getByText('Riverside HSE Methadone Clinic', { exact: true }).click();
    await form.getByLabel('Purpose').fill('Quarterly review of every action');
    await form.getByLabel('Aims').fill('Agree next steps on housing and the court programme');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Schedule the meeting' }).click();
    await meetings
      .getByText(/Review meeting, 15 Jan 2027, 10:30, Northside CDAS, meeting room 2/)
      .waitFor();
  });

  it('grants, amends and withdraws a consent, and previews what an agency would see', async () => {
    await page.goto(`${federation().web}/people/${JAMIE.serviceUserId}/consents`);
    await heading(/Consents of SU-1001/).waitFor();
    const preview = page.getByRole('region', { name: 'What would an agency see?' });
    await preview.getByRole('button', { name: /Agency/ }).click();
    await page.getByRole('option', { name: 'Probation Service, Dublin North' }).click();
    const housingRow = preview.getByRole('row', { name: /Housing and social/ });
    await expect(housingRow.getByRole('cell').textContent()).resolves.toBe('Not shared');

    const grant = page.getByRole('form', { name: 'Record a consent' });
    await grant.getByRole('button', { name: /Agency that may read/ }).click();
    await page.getByRole('option', { name: 'Probation Service, Dublin North' }).click();
    await grant.getByText('Housing and social', { exact: true }).click();
    await grant.getByLabel('Evidence: signed form reference').fill('FORM-2026-118');
    await grant.getByRole('button', { name: 'Record consent' }).click();
    await grant.getByText('Consent recorded.').waitFor();
    const card = page.getByRole('listitem').filter({ hasText: 'FORM-2026-118' });
    await card.waitFor();
    await preview.getByRole('button', { name: /Agency/ }).click();
    await page.getByRole('option', { name: 'Riverside HSE Methadone Clinic' }).click();
    await preview.getByRole('button', { name: /Agency/ }).click();
    await page.getByRole('option', { name: 'Probation Service, Dublin North' }).click();
    await expect(
      preview
        .getByRole('row', { name: /Housing and social/ })
        .getByRole('cell')
        .textContent(),
    ).resolves.toBe('Shared');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'consents');

    await card.getByRole('button', { name: 'Change' }).click();
    await card.getByText('Physical health', { exact: true }).click();
    await card.getByLabel('Evidence: signed form reference').fill('FORM-2026-119');
    await card.getByLabel('Reason for the change').fill('Asked to add his GP care');
    await card.getByRole('button', { name: 'Save the change' }).click();
    const amended = page.getByRole('listitem').filter({ hasText: 'FORM-2026-119' });
    await amended.getByText('Physical health').waitFor();

    await amended.getByRole('button', { name: 'Withdraw' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('Changed his mind');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Withdraw consent' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: 'FORM-2026-119' })
      .getByText('withdrawn', { exact: true })
      .waitFor();
  });

  it("shows who saw the person's data and exports it", async () => {
    await page.getByRole('link', { name: "Who saw this person's data" }).click();
    await heading(/Who saw SU-1001's data/).waitFor();
    await page.getByRole('cell', { name: 'cdas-aoife' }).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('disclosures-SU-1001.csv');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(path, 'utf8');
    expect(csv.split('\n')[0]).toBe('at,agency,user,categories,fields,basis,operation');
    expect(csv).toContain('cdas-aoife');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'disclosures');
    await aoife.context.close();
  });
});
