import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import { generateSync } from 'otplib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const RESULTS_DIR = fileURLToPath(new URL('../test-results/', import.meta.url));

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * axe-core is evaluated over the DevTools protocol rather than added as a
 * <script>: the server's Content-Security-Policy (script-src 'self') rightly
 * refuses inline scripts, and the pages are tested with that policy in force.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Console errors and uncaught exceptions of a page, in order. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/**
 * One story walked step by step in a real Chromium page; screenshots are saved
 * as test-results/<prefix>-<name>.png.
 */
export function browserStory(prefix: string) {
  let browser: Browser | undefined;
  let current: Page | undefined;
  /** The steps walk one story: once one fails, the later ones are skipped rather than timing out. */
  let failedStep: string | undefined;
  const page = (): Page => {
    if (!current) throw new Error('the browser is not open');
    return current;
  };

  const step = (name: string, run: () => Promise<void> | void) =>
    it(name, async (context) => {
      if (failedStep) context.skip(`an earlier step failed: ${failedStep}`);
      try {
        await run();
      } catch (error) {
        failedStep = name;
        throw error;
      }
    });

  async function screenshot(name: string): Promise<void> {
    await page().screenshot({ path: join(RESULTS_DIR, `${prefix}-${name}.png`), fullPage: true });
  }

  async function checkPage(name: string): Promise<void> {
    await screenshot(name);
    expect(await seriousAccessibilityViolations(page()), `accessibility of ${name}`).toEqual([]);
  }

  async function heading(name: string | RegExp, level = 2) {
    const locator = page().getByRole('heading', { level, name });
    try {
      await locator.waitFor();
    } catch (error) {
      // What the page showed instead, for whoever reads the failure.
      await screenshot('failure');
      throw new Error(`heading "${name}" did not appear; the page says: ${(await page().locator('main').innerText()).slice(0, 600)}`, { cause: error });
    }
    return locator;
  }

  /** Opens the page; `errors` collects its console errors and uncaught exceptions. */
  async function open(): Promise<{ page: Page; errors: string[] }> {
    mkdirSync(RESULTS_DIR, { recursive: true });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    current = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    current.setDefaultTimeout(10_000);
    return { page: current, errors: collectErrors(current) };
  }

  async function close(): Promise<void> {
    await current?.close().catch(() => undefined);
    await browser?.close();
  }

  return { step, screenshot, checkPage, heading, open, close };
}

/**
 * A clinic time zone with most of today still ahead: Cairo by day, otherwise a
 * fixed-offset zone where it is about 10:00 now, so a story that books "today"
 * passes at any hour. (Etc/GMT signs are inverted: Etc/GMT-3 is UTC+3.)
 */
export function zoneWithTheDayAhead(now = new Date()): string {
  const cairoHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Africa/Cairo', hour: '2-digit', hourCycle: 'h23' }).format(now));
  if (cairoHour >= 6 && cairoHour < 18) return 'Africa/Cairo';
  const offset = ((10 - now.getUTCHours() + 36) % 24) - 12;
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/**
 * Signs a staff member in on the dashboard (`/staff/`). At an owner's first
 * sign-in the server asks for two-step enrolment: the helper reads the secret
 * the page shows, confirms a code and skips past the recovery codes. Returns
 * the TOTP secret when it enrolled, else undefined. Ends when the landing
 * page's heading (Today by default) is shown.
 */
export async function signInToDashboard(page: Page, baseUrl: string, login: { email: string; password: string }, landing: string | RegExp = 'Today'): Promise<string | undefined> {
  await page.goto(`${baseUrl}/staff/`);
  await page.getByRole('heading', { level: 2, name: 'Sign in to your clinic' }).waitFor();
  await page.getByLabel('E-mail').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const enrol = page.getByRole('heading', { level: 2, name: 'Set up two-step sign-in' });
  const landed = page.getByRole('heading', { level: 2, name: landing });
  await enrol.or(landed).waitFor();
  if (!(await enrol.isVisible())) return undefined;
  const secret = ((await page.locator('#mfa-secret').textContent()) ?? '').replace(/\s/g, '');
  await page.getByLabel('Enter the 6-digit code the app shows').fill(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) }));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await page.getByRole('heading', { level: 2, name: 'Save your recovery codes' }).waitFor();
  await page.getByRole('button', { name: 'I saved them, continue' }).click();
  await landed.waitFor();
  return secret;
}

/**
 * The patient web chat (/chat/) driven as a patient, in either language (the
 * selectors are the chat's structure, not its words): send a message and wait
 * for the clinic's answer, and verify a phone the way a patient does, by
 * sending the code shown in the chat from WhatsApp (the dev simulator).
 */
export function patientChat(page: Page, baseUrl: string) {
  const ANSWERS = '[data-author="assistant"]:not([data-greeting]), [data-author="staff"]';
  const composer = page.locator('#pc-message');
  const verifyPanel = page.locator('.pc-verify');

  /** Opens the chat of `clinicId` (extra query such as `&lang=en`) and waits for the message box. */
  async function open(clinicId: string, query = ''): Promise<void> {
    await page.goto(`${baseUrl}/chat/?clinic=${encodeURIComponent(clinicId)}${query}`);
    await composer.waitFor();
  }

  /** Sends `text` with Enter and returns the clinic's next answer (assistant or staff), once it is on screen. */
  async function say(text: string, timeout = 15_000): Promise<string> {
    const before = await page.locator(ANSWERS).count();
    await composer.fill(text);
    await composer.press('Enter');
    await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length > count, [ANSWERS, before] as const, { timeout });
    return page.locator(ANSWERS).nth(before).locator('.pc-text').innerText();
  }

  /** Asks for a code for `phone` and returns the code the chat shows. */
  async function requestCode(phone: string): Promise<string> {
    const toggle = verifyPanel.locator('button[aria-expanded="false"]');
    if (await toggle.count()) await toggle.click();
    await verifyPanel.locator('input[type="tel"]').fill(phone);
    await verifyPanel.locator('button[type="submit"]').click();
    return (await page.getByTestId('verification-code').innerText()).trim();
  }

  /** A WhatsApp message from `phone` to the clinic, through the simulator (a correctly signed webhook). */
  async function sendFromWhatsApp(phone: string, text: string): Promise<void> {
    const response = await fetch(`${baseUrl}/dev/whatsapp/send`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone, text }) });
    expect(response.status, 'the simulated WhatsApp message was not accepted').toBe(200);
  }

  /** What the server sent to `phone` on WhatsApp (the simulator's log). */
  async function whatsappSentTo(phone: string): Promise<string[]> {
    const response = await fetch(`${baseUrl}/dev/whatsapp/messages?phone=${encodeURIComponent(phone)}`);
    const { messages } = (await response.json()) as { messages: { direction: 'in' | 'out'; text: string }[] };
    return messages.filter((m) => m.direction === 'out').map((m) => m.text);
  }

  /** The whole verification: the code, the WhatsApp message, then the chat's "verified" line, which it returns. */
  async function verify(phone: string): Promise<string> {
    await sendFromWhatsApp(phone, await requestCode(phone));
    const verified = page.locator('.pc-verified');
    await verified.waitFor({ timeout: 15_000 });
    return (await verified.innerText()).trim();
  }

  return {
    composer,
    open,
    say,
    /** The clinic's answers so far (assistant and staff lines), oldest first. */
    answers: () => page.locator(ANSWERS).locator('.pc-text').allInnerTexts(),
    requestCode,
    sendFromWhatsApp,
    whatsappSentTo,
    verify,
  };
}

export type PatientChatDriver = ReturnType<typeof patientChat>;

/** "12" -> "١٢": how many Egyptian patients type numbers. */
export const arabicDigits = (value: string | number) => String(value).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
