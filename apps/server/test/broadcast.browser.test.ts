import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';

import { KERNEL_TOKENS, clinicId as toClinicId, type Actor, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { SCHEDULING_TOKENS } from '@frontdesk/scheduling/server';
import { DEMO_LOGINS } from '../src/platform';
import { browserStory, collectErrors, signInToDashboard } from './browser-support';
import { startTestServer, type TestServer } from './support';

/**
 * Broadcasts in real Chromium against the real server: a receptionist opens
 * Broadcasts, sees how many patients agreed to news and the STOP note, is told
 * next to the field when the message is empty, sends one, and sees it in the
 * history; the patient's phone (the WhatsApp simulator) receives the
 * clinic_update template. A doctor has no Broadcasts page.
 *
 * The simulator plays the demo clinic's number, so the story runs in the demo
 * clinic with a patient phone of its own.
 */
describe('broadcasts: a receptionist writes to the patients who agreed to news', () => {
  let server: TestServer;
  let page: Page;
  let errors: string[];
  const story = browserStory('broadcast');
  const { step, checkPage, heading } = story;
  let dataDir: string;
  const clinic = toClinicId('demo-clinic');
  const receptionist = DEMO_LOGINS.find((l) => l.kind === 'staff' && l.role === 'receptionist')!;
  const doctorLogin = DEMO_LOGINS.find((l) => l.kind === 'staff' && l.role === 'doctor')!;
  const phone = `+2012${String(Date.now()).slice(-8)}`;
  const text = `Our clinic opens a new branch in Maadi on Sunday (${Date.now().toString(36)}). We look forward to seeing you!`;
  const nav = () => page.getByRole('navigation', { name: 'Main' });

  type PatientUseCases = {
    upsertPatient: { execute(clinicId: ClinicId, input: { phone: string; name: string; language: 'ar' | 'en' }, actor: Actor, requestId: string): Promise<unknown> };
    setConsent: { execute(clinicId: ClinicId, input: { phone: string; kind: 'marketing'; granted: boolean }, actor: Actor, requestId: string): Promise<unknown> };
  };

  async function whatsappSentTo(): Promise<string[]> {
    const answer = (await (await fetch(`${server.baseUrl}/dev/whatsapp/messages?phone=${encodeURIComponent(phone)}`)).json()) as { messages: { direction: string; text: string }[] };
    return answer.messages.filter((m) => m.direction === 'out').map((m) => m.text);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-broadcast-'));
    server = await startTestServer({ env: { DATA_DIR: dataDir } });
    const { container } = server.platform;
    const desk: Actor = { kind: 'staff', id: 'usr_broadcast_test', clinicId: clinic, role: 'receptionist' };
    await container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard).run({ clinicId: clinic, actor: desk, requestId: 'broadcast-test' }, async () => {
      const patients = container.get<PatientUseCases>(SCHEDULING_TOKENS.Patients);
      await patients.upsertPatient.execute(clinic, { phone, name: 'Heba Mostafa', language: 'en' }, desk, 'broadcast-test');
      await patients.setConsent.execute(clinic, { phone, kind: 'marketing', granted: true }, desk, 'broadcast-test');
    });
    ({ page, errors } = await story.open());
  });

  afterAll(async () => {
    await story.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  step('shows the receptionist a Broadcasts page with the audience and the STOP note', async () => {
    await signInToDashboard(page, server.baseUrl, receptionist);
    await nav().getByRole('link', { name: 'Broadcasts' }).click();
    await heading('Broadcasts');
    const audience = page.getByText(/^Will go to \d+ patients? who agreed to news\./);
    await audience.waitFor();
    expect(Number(/(\d+)/.exec(await audience.innerText())?.[1])).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.getByText(/Patients can reply STOP/).count()).toBe(1);
    await page.getByRole('heading', { level: 3, name: 'Sent broadcasts' }).waitFor();
    await page.getByRole('button', { name: /^Send to \d+ patients?$/ }).waitFor();
    await checkPage('01-compose');
  });

  step('explains an empty message next to the field', async () => {
    await page.getByRole('button', { name: /^Send to \d+ patients?$/ }).click();
    const field = page.getByLabel('Message');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    const errorId = described.split(' ').find((id) => id.endsWith('-error'))!;
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toMatch(/empty/);
    await checkPage('02-empty');
    // The refused call is the browser's only complaint.
    expect(errors).toEqual([expect.stringMatching(/status of 400/)]);
    errors.length = 0;
  });

  step('sends the broadcast, shows it in the history, and the patient receives the template', async () => {
    await page.getByLabel('Message').fill(text);
    expect(await page.getByText(/\d+ of 1,000 characters/).innerText()).toContain(`${text.length} of 1,000 characters`);
    const button = page.getByRole('button', { name: /^Send to \d+ patients?$/ });
    await button.click();
    await page.getByRole('status').filter({ hasText: /^Sending to \d+ patients?\./ }).waitFor();
    expect(await page.getByLabel('Message').inputValue()).toBe('');
    const row = page.getByRole('table', { name: 'Sent broadcasts, newest first' }).getByRole('row').filter({ hasText: text });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(1).innerText()).toBe('You');
    await expect.poll(whatsappSentTo, { timeout: 15_000 }).toContain(`[template clinic_update] ${text}`);
    // The counters move as the messages go out (the page reads them again while some wait).
    await expect.poll(async () => (await row.getByRole('cell').nth(3).innerText()).trim(), { timeout: 20_000 }).not.toBe('0');
    await checkPage('03-sent');
    expect(errors).toEqual([]);
  });

  step('gives a doctor no Broadcasts page', async () => {
    const doctor = await page.context().browser()!.newPage({ viewport: { width: 1280, height: 800 } });
    doctor.setDefaultTimeout(10_000);
    const doctorErrors = collectErrors(doctor);
    try {
      await signInToDashboard(doctor, server.baseUrl, doctorLogin);
      expect(await doctor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Broadcasts' }).count()).toBe(0);
      await doctor.goto(`${server.baseUrl}/staff/#/broadcasts`);
      await doctor.getByText("You don't have access to Broadcasts").waitFor();
      expect(doctorErrors).toEqual([]);
    } finally {
      await doctor.close();
    }
  });
});
