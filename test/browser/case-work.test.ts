/**
 * Case work in a real browser: Aoife (CDAS case manager) acts on her worklist in place (a
 * service-delivery change acknowledged, an emergency access reviewed; each then leaves the list)
 * and pages a long section with "Load more"; on Jamie's case she plans a referral, sends it and
 * follows it up, and raises a gap or block, records a step and escalates it; her supervisor
 * resolves it at level 2, and the agency referred to reports disengagement. On Chloe's case she
 * loads the older progress notes of a delivery with more than a page of them.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  devToken,
  federation,
  gql,
  JAMIE,
  launch,
  SCREENSHOTS,
  signIn,
  type SignedIn,
} from './support/browser';

/** Alex's open case (after re-engaging) and his service-user id: the demo's fixed ids. */
const ALEX = {
  serviceUserId: '7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a03',
  caseId: '4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b04',
};
/** Jamie's probation supervision, delivered by PROB. */
const JAMIE_PROBATION_ACTION = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b02';
/** Chloe's case and her housing action, delivered by CDAS (Aoife is its key worker). */
const CHLOE = {
  caseId: '4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b02',
  housingAction: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b04',
};
/** One more progress note than the plan page's first page of a delivery's notes (100) holds. */
const MORE_NOTES_THAN_A_PAGE = 101;
/** More open Gaps and Blocks than the worklist's first page (20) holds. */
const MORE_THAN_A_PAGE = 21;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

let browser: Browser;
let aoife: SignedIn;
let page: Page;
const aoifeToken = () => devToken('CDAS', 'cdas-aoife', 'CASE_MANAGER');
const pagingForms: string[] = [];

async function ok<T>(result: Promise<{ data?: T; errors?: unknown[] }>): Promise<T> {
  const r = await result;
  expect(r.errors).toBeUndefined();
  return r.data!;
}

beforeAll(async () => {
  browser = await launch();
  const cdas = aoifeToken();
  // Probation changes what it delivers on Jamie's supervision: Aoife is told on her worklist.
  await ok(
    gql(
      devToken('PROB', 'prob-declan', 'KEY_WORKER'),
      'mutation($i: ServiceDeliveryChangeInput!) { recordServiceDeliveryChange(input: $i) { id } }',
      {
        i: {
          actionId: JAMIE_PROBATION_ACTION,
          what: 'Supervision fortnightly instead of weekly',
          why: 'Court reduced the order',
          effectiveFrom: inDays(7),
        },
      },
    ),
  );
  // The clinic breaks the glass on Alex, then ends it: the lead agency reviews it.
  const niamh = devToken('HSEM', 'hsem-niamh', 'KEY_WORKER');
  const started = await ok(
    gql<{ startEmergencyAccess: { id: string } }>(
      niamh,
      'mutation($i: StartEmergencyAccessInput!) { startEmergencyAccess(input: $i) { id } }',
      {
        i: {
          serviceUserId: ALEX.serviceUserId,
          reasonCode: 'ETREAT',
          reason: 'Found unresponsive in the clinic waiting room; paramedics ask about his history',
          minutes: 5,
        },
      },
    ),
  );
  await ok(
    gql(niamh, 'mutation($id: UUID!) { endEmergencyAccess(id: $id) { id } }', {
      id: started.startEmergencyAccess.id,
    }),
  );
  // A worklist section longer than one page.
  for (let i = 1; i <= MORE_THAN_A_PAGE; i++) {
    const raised = await ok(
      gql<{ raiseGapBlock: { id: string } }>(
        cdas,
        'mutation($i: RaiseGapBlockInput!) { raiseGapBlock(input: $i) { id } }',
        {
          i: {
            caseId: ALEX.caseId,
            concerningAgencyCode: 'PROB',
            issue: `Paging check ${i}: no reply to the housing letter`,
            whatTried: 'Phoned the duty officer',
          },
        },
      ),
    );
    pagingForms.push(raised.raiseGapBlock.id);
  }
});

afterAll(async () => {
  // The paging forms leave the worklist again (resolved at level 1 by the case manager).
  const cdas = aoifeToken();
  for (const id of pagingForms)
    await gql(cdas, 'mutation($i: ResolveGapBlockInput!) { resolveGapBlock(input: $i) { id } }', {
      i: { gapBlockId: id, resolution: 'Paging check over' },
    });
  await browser?.close();
});

const region = (name: RegExp | string) => page.getByRole('region', { name });

describe('case work', () => {
  it('links every worklist item to its place', async () => {
    aoife = await signIn(browser, /Sign in as Aoife Byrne/);
    page = aoife.page;
    await page.getByRole('heading', { name: 'Worklist', level: 1 }).waitFor();
    await region(/^Service-delivery changes/)
      .getByRole('listitem')
      .first()
      .waitFor();
    const uuid = '[0-9a-f-]{36}';
    const place = new RegExp(
      `^/(cases/${uuid}(#(referral|gap|action)-${uuid}|/revise|/meetings/${uuid})?|people/${uuid}/disclosures)$`,
    );
    const items = await page.locator('.worklist section li').evaluateAll((lis) =>
      lis.map((li) => ({
        text: li.textContent ?? '',
        hrefs: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      })),
    );
    expect(items.length).toBeGreaterThan(MORE_THAN_A_PAGE);
    for (const item of items) {
      expect({ item: item.text, links: item.hrefs.length }).toEqual({ item: item.text, links: 1 });
      expect(item.hrefs[0]).toMatch(place);
    }
  });

  it('acknowledges a service-delivery change on the worklist, and it leaves the list', async () => {
    const changes = region(/^Service-delivery changes/);
    const change = changes
      .getByRole('listitem')
      .filter({ hasText: 'Supervision fortnightly instead of weekly' });
    await change.getByRole('link', { name: /SU-1001: Probation Service/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await change.getByRole('button', { name: 'Acknowledge' }).click();
    await change.waitFor({ state: 'detached' });
  });

  it('reviews an emergency access in place, and it leaves the list', async () => {
    const accesses = region(/^Emergency accesses to review/);
    const access = accesses.getByRole('listitem').filter({ hasText: 'SU-1003' });
    await access.getByRole('link', { name: /SU-1003: HSEM \(ETREAT\)/ }).waitFor();
    await access.getByRole('button', { name: /Outcome of the review/ }).click();
    await page.getByRole('option', { name: 'The emergency justified it' }).click();
    await access.getByLabel('Why').fill('Collapsed at the clinic; the crew needed his history');
    expect(await accessibilityViolations(page)).toEqual([]);
    await access.getByRole('button', { name: 'Record the review' }).click();
    await access.waitFor({ state: 'detached' });
  });

  it('loads the next page of a worklist section', async () => {
    const gaps = region(/^Open Gaps and Blocks/);
    await gaps.getByRole('heading', { name: /\(20\+\)/ }).waitFor();
    await expect(gaps.getByRole('listitem').count()).resolves.toBe(20);
    await gaps.getByRole('button', { name: 'Load more open gaps and blocks' }).click();
    await gaps.getByRole('heading', { name: /\(\d+\)$/ }).waitFor();
    const all = await gaps.getByRole('listitem').count();
    expect(all).toBeGreaterThanOrEqual(MORE_THAN_A_PAGE + 1);
    // Every form once, across both pages.
    const texts = await gaps.getByRole('listitem').allTextContents();
    expect(new Set(texts).size).toBe(all);
    await expect(gaps.getByRole('button', { name: /Load more/ }).count()).resolves.toBe(0);
    // Each item links to its place: an open form to its card on the case page.
    await gaps.getByRole('link', { name: /SU-1003: level 1, .*Paging check 21:/ }).click();
    await page.waitForURL(new RegExp(`/cases/${ALEX.caseId}#gap-`));
    await page.getByRole('heading', { name: 'Gaps and Blocks', level: 2 }).waitFor();
  });

  it('plans a referral under a consent, sends it and follows it up', async () => {
    await page.goto(`${federation().web}/cases/${JAMIE.caseId}`);
    const referrals = region('Referrals');
    await referrals.getByRole('button', { name: 'Plan a referral' }).click();
    const form = page.getByRole('form', { name: 'Plan a referral' });
    await form.getByRole('button', { name: /Refer to/ }).click();
    await page.getByRole('option', { name: 'Probation Service, Dublin North' }).click();
    await form.getByRole('button', { name: /Under the consent/ }).click();
    await page.getByRole('option', { name: /^FORM-PROB/ }).click();
    await form
      .getByLabel('Why the referral is made')
      .fill('Support with the community service hours');
    await form.getByLabel('Follow up on (optional)').fill(inDays(14));
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Plan the referral' }).click();

    const card = referrals
      .getByRole('listitem')
      .filter({ hasText: 'Support with the community service hours' });
    await card.getByText('planned', { exact: true }).waitFor();
    await card.getByRole('button', { name: /Move the referral to/ }).click();
    await page.getByRole('option', { name: 'Sent' }).click();
    await card.getByLabel('Note (optional)').fill('Emailed to the probation team');
    await card.getByRole('button', { name: 'Update referral' }).click();
    await card.getByText('sent', { exact: true }).waitFor();

    // A follow-up in the past is refused at its field; what was typed stays.
    await card.getByLabel('Next follow-up').fill('2020-01-01');
    await card.getByLabel('Interim plan (optional)').fill('Aoife meets him weekly meanwhile');
    await card.getByRole('button', { name: 'Record follow-up' }).click();
    await card.getByText(/cannot be in the past/).waitFor();
    await expect(card.getByLabel('Next follow-up').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await card.getByLabel('Next follow-up').fill(inDays(21));
    await card.getByRole('button', { name: 'Record follow-up' }).click();
    await card
      .getByText('Interim plan: Aoife meets him weekly meanwhile', { exact: true })
      .waitFor();
    await card.getByText('History (3)').click();
    await card.getByText(/Emailed to the probation team/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // The section itself: the case page above it is in case-plan.png.
    await referrals.screenshot({ path: join(SCREENSHOTS, 'referrals.png') });
  });

  it('raises a gap or block, records a step and escalates it; level 2 is not hers', async () => {
    const gaps = region('Gaps and Blocks');
    await gaps.getByRole('button', { name: 'Raise a gap or block' }).click();
    const form = page.getByRole('form', { name: 'Raise a gap or block' });
    await form.getByRole('button', { name: /The service not engaging/ }).click();
    await page.getByRole('option', { name: 'Riverside HSE Methadone Clinic' }).click();
    await form.getByLabel('What is not happening').fill('No dose review booked in six weeks');
    await form.getByLabel('What has been tried at service level').fill('Two calls to the clinic');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Raise at level 1' }).click();

    const card = gaps.getByRole('listitem').filter({ hasText: 'No dose review booked' });
    await card.getByText('Level 1', { exact: true }).waitFor();
    await card.getByLabel('What was tried at level 1').fill('Asked the clinic nurse at the door');
    await card.getByRole('button', { name: 'Record this step' }).click();
    await card.getByText('Steps taken (2)').waitFor();
    await card.getByLabel('What was tried at level 1').fill('No date after a week; to the manager');
    await card.getByRole('button', { name: 'Escalate to level 2' }).click();
    await card.getByText('Level 2', { exact: true }).waitFor();
    await card.getByText(/With the raising agency’s supervisor/).waitFor();

    await card.getByLabel('How it was resolved').fill('Dose review booked for Monday');
    await card.getByRole('button', { name: 'Resolve' }).click();
    await card
      .getByRole('alert')
      .getByText(/At level 2 only supervisors/)
      .waitFor();
    await expect(card.getByLabel('How it was resolved').inputValue()).resolves.toBe(
      'Dose review booked for Monday',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await aoife.context.close();
  });

  it('lets the supervisor resolve it at level 2', async () => {
    const sean = await signIn(browser, /Sign in as Seán Kelly/);
    await sean.page.goto(`${federation().web}/cases/${JAMIE.caseId}`);
    const card = sean.page
      .getByRole('region', { name: 'Gaps and Blocks' })
      .getByRole('listitem')
      .filter({ hasText: 'No dose review booked' });
    await card.getByLabel('How it was resolved').fill('Dose review booked for Monday');
    await card.getByRole('button', { name: 'Resolve' }).click();
    await card.getByText(/^Resolved .*: Dose review booked for Monday/).waitFor();
    await expect(card.getByRole('button', { name: 'Resolve' }).count()).resolves.toBe(0);
    await sean.context.close();
  });

  it('lets the agency referred to report disengagement after the referral', async () => {
    const declan = await signIn(browser, /Sign in as Declan Walsh/);
    await declan.page.goto(`${federation().web}/cases/${JAMIE.caseId}`);
    const card = declan.page
      .getByRole('region', { name: 'Referrals' })
      .getByRole('listitem')
      .filter({ hasText: 'Support with the community service hours' });
    await card
      .getByLabel('What happened (the person stopped engaging)')
      .fill('Missed his first two appointments and does not answer calls');
    expect(await accessibilityViolations(declan.page)).toEqual([]);
    await card.getByRole('button', { name: 'Report disengagement' }).click();
    await card.getByText('Reported: the case manager has been told.').waitFor();
    await declan.context.close();
  });

  it("pages a delivery's progress notes with Load more: the oldest come after the first hundred", async () => {
    const token = devToken('CDAS', 'cdas-aoife', 'KEY_WORKER');
    const note = (body: string) =>
      ok(
        gql(
          token,
          'mutation($a: UUID!, $b: String!) { recordProgressNote(actionId: $a, body: $b) { id } }',
          { a: CHLOE.housingAction, b: body },
        ),
      );
    const oldest = 'Paging check: the oldest of these notes, on the second page';
    await note(oldest);
    for (let i = 2; i <= MORE_NOTES_THAN_A_PAGE; i += 1)
      await note(`Paging check: note ${i} of ${MORE_NOTES_THAN_A_PAGE}`);
    const aoifeAgain = await signIn(browser, /Sign in as Aoife Byrne/);
    const page = aoifeAgain.page;
    await page.goto(`${federation().web}/cases/${CHLOE.caseId}`);
    await page.getByText(`Paging check: note ${MORE_NOTES_THAN_A_PAGE} of`).waitFor();
    await expect(page.getByText(oldest).count()).resolves.toBe(0);
    const more = page.getByRole('button', { name: 'Load more progress notes' });
    await expect(more.count()).resolves.toBe(1);
    await more.click();
    await page.getByText(oldest).waitFor();
    await expect(more.count()).resolves.toBe(0);
    // Each note once, newest first, across the two pages.
    const texts = await page
      .locator('ol.notes li > p:first-child')
      .filter({ hasText: 'Paging check:' })
      .allTextContents();
    expect(texts).toHaveLength(MORE_NOTES_THAN_A_PAGE);
    expect(texts[0]).toBe(
      `Paging check: note ${MORE_NOTES_THAN_A_PAGE} of ${MORE_NOTES_THAN_A_PAGE}`,
    );
    expect(texts.at(-1)).toBe(oldest);
    await aoifeAgain.context.close();
  });
});
