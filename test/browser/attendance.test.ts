/**
 * The key worker's part in care plan meetings in a real browser ("Attending Case Meetings"):
 * Niamh (HSEM) asks her supervisor's permission to attend Chloe's demo review and a second
 * meeting of Chloe's; Pádraig, in his own signed-in browser, finds both in his list of requests
 * waiting for his decision, approves the first and refuses the second with a reason; Niamh sees
 * both, sends the written report for the second (and records its phone follow-up) and names a
 * substitute for a third with a handover. The two further meetings are set up here through the
 * API, as Chloe's case manager would. Seán (CDAS) then acknowledges the circulated outcome of
 * Jamie's demo review. Both lists page with "Load more" (pages made small for the demo's few).
 */
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  CHLOE,
  devToken,
  gql,
  launch,
  screenshot,
  signIn,
  smallPages,
  type SignedIn,
} from './support/browser';

let browser: Browser;
let niamh: SignedIn;
let page: Page;

const REVIEW = "Chloe's overdue quarterly review";
const REPORT_MEETING = 'Housing referral: agree who supports the tenancy';
const SUBSTITUTE_MEETING = "Chloe's request to talk through her plan";

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const SEND = `mutation($id: UUID!) { sendMeetingInvitations(meetingId: $id) { id } }`;

/** A meeting of Chloe's between CDAS and HSEM, its invitations sent, as Aoife schedules it. */
async function meetingInvitingHsem(
  aoife: string,
  reason: string,
  purpose: string,
  inDays: number,
): Promise<void> {
  const scheduled = await gql<{ scheduleMeeting: { id: string } }>(aoife, SCHEDULE, {
    input: {
      caseId: CHLOE.caseId,
      reason,
      scheduledFor: new Date(Date.now() + inDays * 86_400_000).toISOString(),
      place: 'Video call',
      invitedAgencyCodes: ['CDAS', 'HSEM'],
      purpose,
      aims: 'Agree the next steps',
    },
  });
  expect(scheduled.errors).toBeUndefined();
  const sent = await gql(aoife, SEND, { id: scheduled.data!.scheduleMeeting.id });
  expect(sent.errors).toBeUndefined();
}

/** The invitation card of the meeting with that purpose. */
const invitation = (p: Page, purpose: string) =>
  p.getByRole('listitem').filter({ hasText: purpose }).first();

beforeAll(async () => {
  browser = await launch();
  const aoife = devToken('CDAS', 'cdas-aoife', 'CASE_MANAGER');
  await meetingInvitingHsem(aoife, 'REFERRAL', REPORT_MEETING, 40);
  await meetingInvitingHsem(aoife, 'SERVICE_USER_REQUEST', SUBSTITUTE_MEETING, 41);
  niamh = await signIn(browser, /Sign in as Niamh O’Brien/);
  page = niamh.page;
});
afterAll(async () => {
  await browser?.close();
});

/** Niamh asks her supervisor's permission to attend a meeting, with a note. */
/** Jamie's held demo review as an invited agency sees it, once its circulated outcome shows. */
async function heldReviewOutcome(p: Page) {
  const held = invitation(p, "Quarterly review of Jamie's interagency care plan");
  await held.getByRole('heading', { name: 'Outcome', level: 4 }).waitFor();
  await held.getByRole('list', { name: 'Decisions' }).getByText('Keep the current plan').waitFor();
  return held;
}

async function askToAttend(purpose: string, note: string): Promise<void> {
  const meeting = invitation(page, purpose);
  await meeting.getByRole('button', { name: "Ask your supervisor's permission to attend" }).click();
  await meeting.getByLabel('Note for your supervisor').fill(note);
  await meeting.getByRole('button', { name: 'Send the request' }).click();
  await meeting.getByText(/Niamh O’Brien asked on .*: waiting for the supervisor/).waitFor();
  await meeting.getByText(`Note: ${note}`).waitFor();
}

describe('attending case meetings', () => {
  it("asks the supervisor's permission to attend, with a note", async () => {
    await page.getByRole('heading', { name: 'Meeting invitations', level: 2 }).waitFor();
    await askToAttend(REVIEW, 'I hold her methadone review');
    await askToAttend(REPORT_MEETING, 'I know her housing history');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('pages the meeting invitations with Load more, each later one with its own outcome', async () => {
    const paging = await signIn(browser, /Sign in as Niamh O’Brien/);
    await smallPages(paging.context, 'MyMeetingInvitations', 2);
    await paging.page.reload();
    const list = paging.page.getByRole('region', { name: 'Meeting invitations' });
    const cards = list.locator('li[aria-labelledby^="inv-"]');
    const ids = () =>
      cards.evaluateAll((lis) => lis.map((li) => li.getAttribute('aria-labelledby')));
    const more = list.getByRole('button', { name: 'Load more meeting invitations' });
    await more.waitFor();
    const firstPage = await ids();
    expect(firstPage).toHaveLength(2);
    // Coming meetings first, soonest first (Chloe's review, the two set up here), then those held.
    while ((await more.count()) > 0) {
      const shown = await cards.count();
      await more.click();
      await cards.nth(shown).waitFor();
    }
    const all = await ids();
    expect(all.length).toBeGreaterThanOrEqual(4);
    expect(all.slice(0, 2)).toEqual(firstPage);
    expect(new Set(all).size).toBe(all.length);
    await invitation(paging.page, SUBSTITUTE_MEETING)
      .getByRole('button', { name: "Ask your supervisor's permission to attend" })
      .waitFor();
    const held = await heldReviewOutcome(paging.page);
    await held.getByText(/your agency acknowledged it on/).waitFor();
    expect(await accessibilityViolations(paging.page)).toEqual([]);
    expect(paging.pageErrors).toEqual([]);
    await paging.context.close();
  });

  it('pages the requests waiting for the supervisor with Load more', async () => {
    const paging = await signIn(browser, /Sign in as Pádraig Ryan/);
    await smallPages(paging.context, 'AppAttendanceToDecide', 1);
    await paging.page.reload();
    const toDecide = paging.page.getByRole('region', {
      name: 'Requests to attend meetings waiting for your decision',
    });
    const cards = toDecide.getByRole('listitem');
    const more = toDecide.getByRole('button', { name: 'Load more requests to attend' });
    await more.waitFor();
    // Soonest meeting first: Chloe's review (next week), then the housing referral.
    await expect(cards.allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Note: I hold her methadone review'),
    ]);
    await more.click();
    await cards.nth(1).waitFor();
    await expect(cards.allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Note: I hold her methadone review'),
      expect.stringContaining('Note: I know her housing history'),
    ]);
    await expect(more.count()).resolves.toBe(0);
    await cards.nth(1).getByRole('button', { name: 'Approve' }).waitFor();
    expect(await accessibilityViolations(paging.page)).toEqual([]);
    expect(paging.pageErrors).toEqual([]);
    await paging.context.close();
  });

  it('is approved for one meeting and refused with a reason for another by her supervisor, signed in on his own', async () => {
    const padraig = await signIn(browser, /Sign in as Pádraig Ryan/);
    const p = padraig.page;
    await p.getByRole('heading', { name: /^Caseload of Pádraig Ryan/, level: 1 }).waitFor();
    // His key workers' requests waiting for his decision, in one list with each meeting.
    const toDecide = p.getByRole('region', {
      name: 'Requests to attend meetings waiting for your decision',
    });
    const waiting = (note: string) =>
      toDecide.getByRole('listitem').filter({ hasText: `Note: ${note}` });
    const review = waiting('I hold her methadone review');
    await review
      .getByRole('heading', { name: /^Niamh O’Brien asks to attend the review meeting, / })
      .waitFor();
    await review.getByText(/Video call\. Asked on /).waitFor();
    // His caseload's attention list names each decision due.
    await p
      .getByRole('region', { name: 'Needs attention' })
      .getByText(/Decide whether Niamh O’Brien may attend the review meeting/)
      .waitFor();
    expect(await accessibilityViolations(p)).toEqual([]);
    await review.getByRole('button', { name: 'Approve' }).click();
    await review.waitFor({ state: 'detached' });
    const reviewCard = invitation(p, REVIEW);
    await reviewCard.getByText(/Niamh O’Brien asked on .*: approved on/).waitFor();
    await reviewCard.getByText(/Answer: attending/).waitFor();

    const referral = waiting('I know her housing history');
    await referral.getByRole('heading', { name: /asks to attend the referral meeting/ }).waitFor();
    await expect(referral.getByRole('button', { name: 'Refuse' }).isDisabled()).resolves.toBe(true);
    await referral
      .getByLabel('Reason (needed to refuse)')
      .fill('Clinic short-staffed that day: send a written report');
    await referral.getByRole('button', { name: 'Refuse' }).click();
    await referral.waitFor({ state: 'detached' });
    await toDecide.getByText('None').waitFor();
    await invitation(p, REPORT_MEETING)
      .getByText(
        /Niamh O’Brien asked on .*: refused on .*\. Reason: Clinic short-staffed that day: send a written report/,
      )
      .waitFor();
    expect(padraig.pageErrors).toEqual([]);
    expect(padraig.cspViolations).toEqual([]);
    await padraig.context.close();
  });

  it('shows the key worker one request approved, her agency attending, and one refused', async () => {
    await page.reload();
    const review = invitation(page, REVIEW);
    await review.getByText(/Niamh O’Brien asked on .*: approved on/).waitFor();
    await review.getByText(/Answer: attending/).waitFor();
    await expect(
      review.getByRole('button', { name: "Ask your supervisor's permission to attend" }).count(),
    ).resolves.toBe(0);
    await invitation(page, REPORT_MEETING)
      .getByText(/refused on .*\. Reason: Clinic short-staffed that day/)
      .waitFor();
  });

  it('sends a written report instead of attending, and records its phone follow-up', async () => {
    const meeting = invitation(page, REPORT_MEETING);
    await meeting.getByRole('button', { name: "Can't attend? Send a written report" }).click();
    await meeting
      .getByLabel('Your contribution to the care plan')
      .fill('Weekly dose reviews continue; dose stable since March');
    await meeting.getByLabel('Any other issues').fill('Travel to the clinic from the new address');
    await meeting.getByRole('button', { name: 'Send the report' }).click();
    await meeting.getByRole('heading', { name: 'Written report', level: 4 }).waitFor();
    await meeting.getByText('Weekly dose reviews continue; dose stable since March').waitFor();
    await meeting.getByText(/Answer: apologies with report/).waitFor();
    await meeting.getByText('Not yet followed up by phone').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await meeting.getByLabel('What was said').fill('Talked the housing questions through');
    await meeting.getByRole('button', { name: 'Record the call' }).click();
    await meeting.getByText(/Called on .*: Talked the housing questions through/).waitFor();
  });

  it('names a substitute with the case information handed over', async () => {
    const meeting = invitation(page, SUBSTITUTE_MEETING);
    await meeting.getByRole('button', { name: 'Name a substitute to attend instead' }).click();
    await meeting.getByRole('button', { name: /Who attends instead/ }).click();
    await page.getByRole('option', { name: 'Pádraig Ryan' }).click();
    await meeting
      .getByLabel('Case information handed over')
      .fill('Dose, last review and her housing worry, as in the plan');
    expect(await accessibilityViolations(page)).toEqual([]);
    await meeting.getByRole('button', { name: 'Name the substitute' }).click();
    await meeting.getByText(/Pádraig Ryan attends in your agency's place/).waitFor();
    // The form closes once the substitute is named.
    await meeting.getByLabel('Case information handed over').waitFor({ state: 'detached' });
    await meeting.getByText(/Answer: substitute \(scheduled\): Pádraig Ryan attends/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(niamh.pageErrors).toEqual([]);
    expect(niamh.cspViolations).toEqual([]);
    await screenshot(page, 'attendance');
  });

  it("shows a held meeting's circulated outcome, and acknowledges it for the agency", async () => {
    // Jamie's demo review was circulated to CDAS too, which has not acknowledged it yet.
    const sean = await signIn(browser, /Sign in as Seán Kelly/);
    const held = await heldReviewOutcome(sean.page);
    expect(await accessibilityViolations(sean.page)).toEqual([]);
    await held.getByRole('button', { name: 'Acknowledge the outcome' }).click();
    await held.getByText(/your agency acknowledged it on/).waitFor();
    await expect(
      held.getByRole('button', { name: 'Acknowledge the outcome' }).count(),
    ).resolves.toBe(0);
    expect(sean.pageErrors).toEqual([]);
    await sean.context.close();
  });
});
