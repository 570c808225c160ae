import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { TENANCY_TOKENS, type RegisterClinic, type SuspendClinic } from '@frontdesk/tenancy/server';
import { CHROMIUM_ARGS, collectErrors, seriousAccessibilityViolations } from './browser-support';
import { startTestServer, type TestServer } from './support';

const RESULTS_DIR = fileURLToPath(new URL('../test-results/', import.meta.url));

interface Visit {
  page: Page;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
}

describe('the web app shells in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  const pages: Page[] = [];

  async function visit(path: string): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    pages.push(page);
    const errors = collectErrors(page);
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

  it('shows the staff dashboard sign-in with the live service status', async () => {
    const { page, errors } = await visit('/staff/');

    await page.getByRole('status').filter({ hasText: 'Service status: ok' }).waitFor();
    expect(await page.title()).toBe('Staff dashboard · Frontdesk');
    expect(await page.getByRole('heading', { level: 1, name: 'Staff dashboard' }).isVisible()).toBe(true);
    expect(await page.getByRole('banner').textContent()).toContain('Frontdesk');
    expect(await page.getByText(/^Version \S+/).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Sign in to your clinic' }).isVisible()).toBe(true);
    expect(await page.getByLabel('E-mail').getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Password').getAttribute('autocomplete')).toBe('current-password');

    await screenshot(page, 'staff-dashboard');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the operator console sign-in with the platform status and server time', async () => {
    const { page, errors } = await visit('/admin/');

    await page.getByRole('status').filter({ hasText: 'Service status: ok' }).waitFor();
    expect(await page.title()).toBe('Operator console · Frontdesk');
    expect(await page.getByRole('heading', { level: 1, name: 'Operator console' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Operator sign-in' }).isVisible()).toBe(true);
    const time = page.locator('time');
    expect(Date.parse((await time.getAttribute('datetime')) ?? '')).not.toBeNaN();
    expect((await time.textContent())?.trim()).not.toBe('');

    await screenshot(page, 'admin-console');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('welcomes a patient to the clinic named in the link, in English when the link asks for it', async () => {
    const { page, errors } = await visit(`/chat/?clinic=${server.demoClinicId}&lang=en`);

    await page.getByRole('heading', { level: 2, name: 'Welcome to Nile Dental Care' }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Chat with the clinic' }).isVisible()).toBe(true);
    expect(await page.title()).toBe('Chat with the clinic · Frontdesk');
    expect(await page.getByText('Africa/Cairo').isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.getByRole('textbox', { name: 'Your message' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    await screenshot(page, 'patient-chat');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('greets the patient in Arabic, laid out right-to-left, by default', async () => {
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

  it('tells patients politely that a suspended clinic is not taking messages', async () => {
    const clinicId = uniqueClinicId('paused');
    const container = server.platform.container;
    await container
      .get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic)
      .execute({ clinicId, name: 'Paused Dental', timezone: 'Africa/Cairo', defaultLanguage: 'en' }, { kind: 'system', id: 'browser-test' }, 'browser-test');
    await container
      .get<SuspendClinic>(TENANCY_TOKENS.SuspendClinic)
      .execute({ clinicId, reason: 'contract ended' }, { kind: 'operator', id: 'op_browser' }, 'browser-test');

    const { page, errors } = await visit(`/chat/?clinic=${clinicId}&lang=en`);
    const status = page.getByRole('status').filter({ hasText: 'paused' });
    await status.waitFor();
    expect(await status.textContent()).toContain('Please call the clinic directly');
    // No chat to type into, and no session opened for a clinic that is not answering.
    expect(await page.getByRole('textbox').count()).toBe(0);

    await screenshot(page, 'patient-chat-suspended');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('tells the patient plainly when the clinic in the link does not exist', async () => {
    const { page, errors } = await visit('/chat/?clinic=no-such-clinic&lang=en');

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
