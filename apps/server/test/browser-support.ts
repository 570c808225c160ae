import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
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
