import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { TENANCY_TOKENS, type RegisterClinic } from '@frontdesk/tenancy/server';
import { startTestServer, type TestServer } from './support';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const RESULTS_DIR = fileURLToPath(new URL('../test-results/', import.meta.url));

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
}

/**
 * axe-core is evaluated over the DevTools protocol rather than added as a
 * <script>: the server's Content-Security-Policy (script-src 'self') rightly
 * refuses inline scripts, and the pages are tested with that policy in force.
 */
async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the web app shells in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  const pages: Page[] = [];

  async function visit(path: string): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    pages.push(page);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    const response = await page.goto(`${server.baseUrl}${path}`);
    expect(response?.status(), `GET ${path}`).toBe(200);
    return { page, errors };
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
  }

  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    server = await startTestServer();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  it('shows the staff dashboard with the live service status', async () => {
    const { page, errors } = await visit('/staff/');

    await page.getByRole('status').filter({ hasText: 'Service status: ok' }).waitFor();
    expect(await page.title()).toBe('Staff dashboard · Frontdesk');
    expect(await page.getByRole('heading', { level: 1, name: 'Staff dashboard' }).isVisible()).toBe(true);
    expect(await page.getByRole('banner').textContent()).toContain('Frontdesk');
    expect(await page.getByText(/^Version \S+/).isVisible()).toBe(true);
    expect(await page.getByText('Staff sign-in arrives with the identity module', { exact: false }).isVisible()).toBe(true);

    await screenshot(page, 'staff-dashboard');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the operator console with the platform status and server time', async () => {
    const { page, errors } = await visit('/admin/');

    await page.getByRole('status').filter({ hasText: 'Service status: ok' }).waitFor();
    expect(await page.title()).toBe('Operator console · Frontdesk');
    expect(await page.getByRole('heading', { level: 1, name: 'Operator console' }).isVisible()).toBe(true);
    const time = page.locator('time');
    expect(Date.parse((await time.getAttribute('datetime')) ?? '')).not.toBeNaN();
    expect((await time.textContent())?.trim()).not.toBe('');

    await screenshot(page, 'admin-console');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("welcomes a patient to the clinic named in the link, in the clinic's language", async () => {
    const { page, errors } = await visit(`/chat/?clinic=${server.demoClinicId}`);

    await page.getByRole('heading', { level: 2, name: 'Welcome to Nile Dental Care' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Chat with the clinic' }).isVisible()).toBe(true);
    expect(await page.title()).toBe('Chat with the clinic · Frontdesk');
    expect(await page.getByText('Africa/Cairo').isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.getByRole('alert').count()).toBe(0);

    await screenshot(page, 'patient-chat');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("greets the patient in Arabic, laid out right-to-left, when that is the clinic's language", async () => {
    const clinicId = uniqueClinicId('rtl');
    await server.platform.container
      .get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic)
      .execute({ clinicId, name: 'عيادة الشفاء', timezone: 'Asia/Riyadh', defaultLanguage: 'ar' }, { kind: 'system', id: 'browser-test' }, 'browser-test');

    const { page, errors } = await visit(`/chat/?clinic=${clinicId}`);

    await page.getByRole('heading', { level: 2, name: 'مرحبًا بكم في عيادة الشفاء' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'تواصل مع العيادة' }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.getByText('Asia/Riyadh').isVisible()).toBe(true);

    await screenshot(page, 'patient-chat-rtl');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('tells the patient plainly when the clinic in the link does not exist', async () => {
    const { page, errors } = await visit('/chat/?clinic=no-such-clinic');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('We could not find this clinic.');
    expect(text).toContain('No clinic with id no-such-clinic');
    expect(await page.getByRole('heading', { name: /Welcome to/ }).count()).toBe(0);

    await screenshot(page, 'patient-chat-not-found');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The only console noise is the browser reporting the API's 404 for the unknown clinic.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});
