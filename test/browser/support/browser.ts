/**
 * Chromium (Debian's, /usr/bin/chromium) through playwright-core, signed in through the real
 * sign-in: the app's sign-in page, the demo identity provider's form, the code exchange. Each
 * page is checked with axe (WCAG 2.1 A and AA: no serious or critical violation) and can be kept
 * as a screenshot in docs/screenshots (the README shows them).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FederationUrls } from './federation';
import { ROOT } from './federation';
import { STATE_FILE } from './global-setup';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? join(ROOT, 'docs', 'screenshots');

export const JAMIE = {
  serviceUserId: '7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a01',
  caseId: '4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b01',
  planId: 'c3a1e5b7-2f4d-4a8c-9e6b-1d3f5a7c9e01',
};
export const CHLOE = {
  serviceUserId: '7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a02',
  caseId: '4e9d2f10-8b3a-4d6e-b1c2-5a7f9e0d2b02',
};

export function federation(): FederationUrls {
  return JSON.parse(
    process.env.ICP_BROWSER_FEDERATION ?? readFileSync(STATE_FILE, 'utf8'),
  ) as FederationUrls;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface SignedIn {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations the page reported. */
  cspViolations: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
}

/** A fresh browser context signed in as a demo user (by their button on the sign-in page). */
export async function signIn(
  browser: Browser,
  who: RegExp,
  home = '(worklist|caseload)',
): Promise<SignedIn> {
  const { web } = federation();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text()))
      cspViolations.push(m.text());
  });
  await page.goto(`${web}/`);
  await page.getByRole('button', { name: who }).click();
  await page.waitForURL(/\/interaction\//);
  await page.locator('#password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(new RegExp(`^${web}/${home}`));
  return { context, page, cspViolations, pageErrors };
}

/** axe's serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A dev token for scripted changes beside the browser (a second user, say). */
export function devToken(agency: string, user: string, role: string): string {
  return execFileSync(
    process.execPath,
    [join(ROOT, 'gateway/dist/dev/token.js'), '--agency', agency, '--user', user, '--role', role],
    { cwd: ROOT, encoding: 'utf8' },
  ).trim();
}

/** Runs a GraphQL operation at the gateway as that token's user. */
export async function gql<T = Record<string, unknown>>(
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const res = await fetch(federation().gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/**
 * Pages of `first` records for one operation of the app, whatever page size its view asks for:
 * "Load more" shown on the demo's few records. The operation's own `first` variable is changed
 * on the way to the gateway; the gateway pages as for any client.
 */
export async function smallPages(
  context: BrowserContext,
  operationName: string,
  first: number,
): Promise<void> {
  await context.route(
    (url) => url.pathname === '/graphql',
    async (route) => {
      const request = route.request();
      const body =
        request.method() === 'POST'
          ? (request.postDataJSON() as {
              operationName?: string;
              variables?: Record<string, unknown>;
            } | null)
          : null;
      if (body?.operationName !== operationName) return route.continue();
      return route.continue({
        postData: JSON.stringify({ ...body, variables: { ...body.variables, first } }),
      });
    },
  );
}
