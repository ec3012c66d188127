/**
 * A care plan meeting end to end, as its chair works it in a real browser: Aoife (CDAS) schedules
 * a review of Jamie's plan, sends the invitations, follows each agency's answer, records a report
 * received and its phone follow-up and the service user's preparation, minutes the meeting with
 * each action's review, finalises it into a new plan version (a field refusal and a version
 * conflict on the way), circulates the outcome and follows the acknowledgements. The invited
 * agencies answer through the API; Niamh acknowledges the outcome on her caseload.
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
let aoife: SignedIn;
let page: Page;
let meetingId = '';

beforeAll(async () => {
  browser = await launch();
  aoife = await signIn(browser, /Sign in as Aoife Byrne/);
  page = aoife.page;
});
afterAll(async () => {
  await aoife?.context.close();
  await browser?.close();
});

const PLACE = 'CDAS, meeting room 5';
const DECLAN = () => devToken('PROB', 'prob-declan', 'KEY_WORKER');
const NIAMH = () => devToken('HSEM', 'hsem-niamh', 'KEY_WORKER');
const AOIFE = () => devToken('CDAS', 'cdas-aoife', 'CASE_MANAGER');

const heading = (name: string | RegExp, level = 1) => page.getByRole('heading', { name, level });
const section = (name: string) => page.getByRole('region', { name });

/** A time as a datetime-local field takes it, in the browser's (this machine's) time zone. */
function local(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

async function ok(result: Promise<{ data?: unknown; errors?: unknown }>): Promise<void> {
  const r = await result;
  expect(r.errors).toBeUndefined();
}

async function planVersion(): Promise<number> {
  const r = await gql<{ carePlan: { version: number } }>(
    AOIFE(),
    'query($id: UUID!) { carePlan(id: $id) { version } }',
    { id: JAMIE.planId },
  );
  return r.data!.carePlan.version;
}

describe('a care plan meeting, chaired by the case manager', () => {
  it("schedules a review of Jamie's plan, held an hour ago, and opens its page", async () => {
    await page.goto(`${federation().web}/cases/${JAMIE.caseId}`);
    await heading(/SU-1001/).waitFor();
    const meetings = section('Meetings');
    await meetings.getByRole('button', { name: 'Schedule a meeting' }).click();
    const form = page.getByRole('form', { name: 'Schedule a meeting' });
    await form.getByLabel('When').fill(local(new Date(Date.now() - 3_600_000)));
    await form.getByLabel('Where').fill(PLACE);
    await form.getByText('Probation Service, Dublin North', { exact: true }).click();
    await form.getByText('Riverside HSE Methadone Clinic', { exact: true }).click();
    await form.getByLabel('Purpose').fill('Review every action after the housing move');
    await form.getByLabel('Aims').fill('Agree next steps with probation and the clinic');
    await form.getByRole('button', { name: 'Schedule the meeting' }).click();

    await meetings.getByRole('link', { name: new RegExp(PLACE) }).click();
    await page.waitForURL(new RegExp(`/cases/${JAMIE.caseId}/meetings/[0-9a-f-]{36}$`));
    meetingId = /meetings\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    await heading(/Review meeting/).waitFor();
    await page.getByText('Review every action after the housing move').waitFor();
    await page.getByText('Aoife Byrne').first().waitFor();
    // Not yet minuted: it may still be moved or cancelled.
    await page.getByRole('button', { name: 'Move the meeting…' }).waitFor();
    await page.getByRole('button', { name: 'Cancel the meeting…' }).waitFor();
    await expect(page.getByRole('button', { name: 'Circulate the outcome' }).count()).resolves.toBe(
      0,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('sends the invitations and shows who has not answered', async () => {
    const attendance = section('Invitations and answers');
    await attendance.getByRole('button', { name: 'Send the invitations' }).click();
    const silent = attendance.getByText(/^No answer yet from /);
    await silent.waitFor();
    await expect(silent.textContent()).resolves.toMatch(/Probation Service, Dublin North/);
    await expect(silent.textContent()).resolves.toMatch(/Riverside HSE Methadone Clinic/);
    await expect(
      attendance.getByRole('button', { name: 'Send the invitations' }).count(),
    ).resolves.toBe(0);
  });

  it("shows each agency's answer, and records a report received and its phone follow-up", async () => {
    await ok(
      gql(
        DECLAN(),
        'mutation($i: RespondToMeetingInvitationInput!) { respondToMeetingInvitation(input: $i) { id } }',
        { i: { meetingId, response: 'SUBSTITUTE', substituteName: 'Gráinne Murphy' } },
      ),
    );
    await ok(
      gql(
        NIAMH(),
        'mutation($i: RespondToMeetingInvitationInput!) { respondToMeetingInvitation(input: $i) { id } }',
        {
          i: { meetingId, response: 'APOLOGIES_WITH_REPORT', note: 'Report follows by email' },
        },
      ),
    );
    await page.reload();
    const attendance = section('Invitations and answers');
    await attendance.getByText('Every agency has answered.').waitFor();
    const prob = attendance
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Probation Service, Dublin North' }) });
    await prob.getByText(/A substitute attends: Gráinne Murphy/).waitFor();
    const hsem = attendance
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Riverside HSE Methadone Clinic' }) });
    await hsem.getByText(/Not attending: sends a written report/).waitFor();
    await hsem.getByText('Report follows by email').waitFor();

    await hsem.getByRole('button', { name: 'Record the written report as received' }).click();
    await hsem.getByText(/^Received /).waitFor();
    await hsem.getByRole('button', { name: 'Record the phone follow-up' }).click();
    await hsem
      .getByRole('button', { name: 'Record the phone follow-up' })
      .waitFor({ state: 'detached' });
    await expect(hsem.getByText('Not yet', { exact: true }).count()).resolves.toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('records how the service user was prepared', async () => {
    const preparation = section('Preparing the service user');
    await preparation
      .getByLabel('How they were prepared')
      .fill('Met Jamie at CDAS to go through the plan');
    await preparation.getByRole('button', { name: 'Record the preparation' }).click();
    await preparation.getByText(/Prepared .*: Met Jamie at CDAS to go through the plan/).waitFor();
  });

  it("minutes the meeting with each plan action's review", async () => {
    const minutes = page.getByRole('form', { name: 'Minutes' });
    await minutes.getByLabel('Summary').fill('Housing settled; probation on track');
    await minutes
      .getByLabel('Decisions')
      .fill('Keep the current plan\nCDAS to confirm the travel pass');
    const actions = minutes.locator('fieldset fieldset');
    const count = await actions.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const action = actions.nth(i);
      await action.getByLabel('What worked well').fill(`Kept every appointment (${i + 1})`);
      await action.getByLabel('Challenges').fill('Travel between appointments');
      await action.getByLabel('Next steps').fill('Continue as agreed');
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await minutes.getByRole('button', { name: 'Save the minutes' }).click();
    await minutes.getByText('Minutes saved as a draft.').waitFor();
    await page.getByText('minutes draft', { exact: true }).waitFor();
  });

  it('shows a refused field at the field, and a version conflict, before finalising', async () => {
    const finalise = section('Finalise into a new plan version');
    await finalise.waitFor();
    // A review sets the next review date: the refusal is shown at its field.
    await finalise.getByRole('button', { name: 'Finalise the meeting' }).click();
    await finalise.getByText('A review meeting sets the next review date').waitFor();
    await expect(finalise.getByLabel('Next review').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );

    const next = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await finalise.getByLabel('Next review').fill(next);
    // Meanwhile the plan changes (Aoife, in another tab).
    const before = await planVersion();
    await ok(
      gql(AOIFE(), 'mutation($i: ReviseCarePlanInput!) { reviseCarePlan(input: $i) { version } }', {
        i: { planId: JAMIE.planId, expectedVersion: before, changeSummary: 'Changed elsewhere' },
      }),
    );
    await finalise.getByRole('button', { name: 'Finalise the meeting' }).click();
    await finalise
      .getByRole('heading', { name: 'The plan changed since you opened this meeting' })
      .waitFor();
    await finalise.getByText(`The plan is now at version ${before + 1}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await finalise.getByRole('button', { name: `Finalise against version ${before + 1}` }).click();
    await finalise.getByRole('button', { name: 'Finalise the meeting' }).click();

    const outcome = section('Outcome');
    await outcome.getByText(new RegExp(`into version ${before + 2} of the plan`)).waitFor();
    await expect(planVersion()).resolves.toBe(before + 2);
    // Final: the minutes are a record now, and the meeting can no longer be moved.
    await section('Minutes').getByText('Housing settled; probation on track').waitFor();
    await expect(page.getByRole('button', { name: 'Move the meeting…' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Save the minutes' }).count()).resolves.toBe(0);
  });

  it('circulates the outcome and follows each agency’s acknowledgement', async () => {
    const circulation = section('Circulation of the outcome');
    await circulation.getByText(/Not circulated yet: due by/).waitFor();
    await circulation.getByRole('button', { name: 'Circulate the outcome' }).click();
    await circulation.getByText(/^Circulated /).waitFor();
    const row = (agency: string) => circulation.getByRole('row', { name: new RegExp(agency) });
    await row('Probation Service').getByText('Not yet acknowledged').waitFor();
    await row('Riverside HSE').getByText('Not yet acknowledged').waitFor();

    // Niamh acknowledges the outcome for the clinic, on her caseload's meeting invitations.
    const niamh = await signIn(browser, /Sign in as Niamh O’Brien/);
    const invitation = niamh.page
      .getByRole('listitem')
      .filter({ hasText: 'Review every action after the housing move' });
    await invitation.getByRole('button', { name: 'Acknowledge the outcome' }).click();
    await invitation.getByText(/your agency acknowledged it on/).waitFor();
    await niamh.context.close();
    await page.reload();
    await row('Riverside HSE')
      .getByText(/by Niamh O’Brien/)
      .waitFor();
    await row('Probation Service').getByText('Not yet acknowledged').waitFor();
    await expect(
      circulation.getByRole('button', { name: 'Circulate the outcome' }).count(),
    ).resolves.toBe(0);
    expect(aoife.cspViolations).toEqual([]);
    expect(aoife.pageErrors).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'meeting');
  });

  it('links to the new plan version in the history', async () => {
    await section('Outcome')
      .getByRole('link', { name: /See version \d+ in the history/ })
      .click();
    await heading(/Version history/).waitFor();
    await page
      .getByText(/Care plan review meeting on .*: Housing settled; probation on track/)
      .waitFor();
  });

  it('moves a meeting not yet held, then cancels it with a reason', async () => {
    const when = new Date(Date.now() + 10 * 86_400_000);
    when.setHours(9, 30, 0, 0);
    const scheduled = await gql<{ scheduleMeeting: { id: string } }>(
      AOIFE(),
      'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }',
      {
        i: {
          caseId: JAMIE.caseId,
          reason: 'REFERRAL',
          scheduledFor: when.toISOString(),
          place: 'Video call',
          invitedAgencyCodes: ['CDAS', 'PROB'],
          purpose: 'Discuss a referral to probation',
          aims: 'Agree who leads',
        },
      },
    );
    expect(scheduled.errors).toBeUndefined();
    await page.goto(
      `${federation().web}/cases/${JAMIE.caseId}/meetings/${scheduled.data!.scheduleMeeting.id}`,
    );
    await heading(/Referral meeting/).waitFor();
    await page.getByText('The minutes can be written once the meeting has started.').waitFor();

    await page.getByRole('button', { name: 'Move the meeting…' }).click();
    const move = page.getByRole('form', { name: 'Move the meeting' });
    const later = new Date(when.getTime() + 86_400_000);
    await move.getByLabel('New time').fill(local(later));
    await move.getByLabel('Where').fill('CDAS, meeting room 1');
    expect(await accessibilityViolations(page)).toEqual([]);
    await move.getByRole('button', { name: 'Move the meeting' }).click();
    await page.getByText(/\(moved /).waitFor();
    await page.getByText('CDAS, meeting room 1', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Cancel the meeting…' }).click();
    const cancel = page.getByRole('form', { name: 'Cancel the meeting' });
    await cancel.getByLabel('Why the meeting is cancelled').fill('Referral withdrawn');
    await cancel.getByRole('button', { name: 'Cancel the meeting' }).click();
    await page.getByText('cancelled', { exact: true }).waitFor();
    await page.getByText('Referral withdrawn').waitFor();
    await expect(
      page.getByRole('button', { name: /Move the meeting|Cancel the meeting/ }).count(),
    ).resolves.toBe(0);
    await expect(
      page.getByRole('region', { name: 'Invitations and answers' }).count(),
    ).resolves.toBe(0);
  });

  it('opens a meeting from the worklist', async () => {
    await page.goto(`${federation().web}/worklist`);
    const unanswered = page
      .getByRole('region', { name: /^Upcoming meetings/ })
      .getByRole('link', { name: /no answer from/ })
      .first();
    await unanswered.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}\/meetings\/[0-9a-f-]{36}$/);
    await heading(/Review meeting/).waitFor();
    await page.getByText(/No answer yet from/).waitFor();
    // Still to come: it cannot be minuted yet.
    await page.getByText('The minutes can be written once the meeting has started.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
