/**
 * Emergency (break-glass) access in a real browser: Jamie no longer shares his mental-health
 * information with the methadone clinic (a narrower consent replaces his full one); its key worker, in an emergency, opens access with a
 * coded reason, sees the time left, reads what was withheld, and ends it.
 */
import type { Browser } from 'playwright-core';
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

interface ConsentRow {
  id: string;
  recipientAgency: { code: string } | null;
}

/** Jamie's consents, whether the API lists them or pages them (a cursor connection). */
async function jamiesConsents(token: string): Promise<ConsentRow[]> {
  const fields = 'id recipientAgency { code }';
  const paged = await gql<{ serviceUser: { consents: { edges: { node: ConsentRow }[] } } }>(
    token,
    `{ serviceUser(id: "${JAMIE.serviceUserId}") { consents(first: 50) { edges { node { ${fields} } } } } }`,
  );
  if (!paged.errors) return paged.data!.serviceUser.consents.edges.map((e) => e.node);
  const listed = await gql<{ serviceUser: { consents: ConsentRow[] } }>(
    token,
    `{ serviceUser(id: "${JAMIE.serviceUserId}") { consents { ${fields} } } }`,
  );
  return listed.data!.serviceUser.consents;
}

beforeAll(async () => {
  browser = await launch();
  const aoife = devToken('CDAS', 'cdas-aoife', 'CASE_MANAGER');
  const hsem = (await jamiesConsents(aoife)).find((c) => c.recipientAgency?.code === 'HSEM')!;
  // His full-copy consent to the clinic is replaced by one without mental health.
  const withdrawn = await gql(
    aoife,
    `mutation { withdrawConsent(id: "${hsem.id}", reason: "Replaced by a narrower consent") { status } }`,
  );
  expect(withdrawn.errors).toBeUndefined();
  const granted = await gql(
    aoife,
    `mutation { grantConsent(input: { serviceUserId: "${JAMIE.serviceUserId}", recipientAgencyCode: "HSEM",
      categories: [IDENTITY, CARE_PLAN_SUMMARY, PHYSICAL_HEALTH, SUBSTANCE_USE, HOUSING_AND_SOCIAL, LEGAL_AND_JUSTICE, MEETING_RECORDS],
      purpose: CARE_COORDINATION, evidenceRef: "FORM-2026-207" }) { id } }`,
  );
  expect(granted.errors).toBeUndefined();
});
afterAll(async () => {
  await browser?.close();
});

it('asks for a coded reason, shows the time left, opens what consent withheld, and ends', async () => {
  const { page, context, pageErrors } = await signIn(browser, /Sign in as Niamh O’Brien/);
  await page.goto(`${federation().web}/cases/${JAMIE.caseId}`);
  await page
    .getByRole('heading', { name: /Care plan, version/ })
    .waitFor()
    .catch(async (e: unknown) => {
      await screenshot(page, 'debug-break-glass');
      throw new Error(`${String(e)}\npage errors: ${pageErrors.join('\n')}`);
    });
  await page.getByText("Not shared under this person's consent (mental health)").waitFor();
  await page.getByText('Emergency access (break the glass)').click();
  await page.getByRole('button', { name: /Coded reason/ }).click();
  await page.getByRole('option', { name: /ETREAT/ }).click();
  await page
    .getByLabel('What is happening, and why consent cannot be asked')
    .fill('Collapsed at the clinic; the ambulance crew ask about his recent lapse');
  await page.getByLabel('Minutes (5 to 240)').fill('15');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Open emergency access' }).click();
  await page.getByRole('heading', { name: 'Emergency access in force' }).waitFor();
  await page.getByText(/^1[45] min \d\d s$/).waitFor();
  // What consent withheld, read under the emergency access (and audited as such).
  await page.getByText(/Reports one lapse \(alcohol\)/).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await screenshot(page, 'break-glass');
  await page.getByRole('button', { name: 'End emergency access now' }).click();
  await page.getByText("Not shared under this person's consent (mental health)").waitFor();
  await context.close();
});
