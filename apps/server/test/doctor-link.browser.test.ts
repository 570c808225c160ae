import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';

import { KERNEL_TOKENS, clinicId as toClinicId, type Actor, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { IDENTITY_TOKENS, type AccountProvisioning } from '@frontdesk/identity/server';
import { SCHEDULING_TOKENS, type BookAppointment, type EditSchedulingConfig } from '@frontdesk/scheduling/server';
import { TENANCY_TOKENS, type CreateCatalogEntry, type RegisterClinic } from '@frontdesk/tenancy/server';
import { RESULTS_DIR, browserStory, collectErrors, seriousAccessibilityViolations, zoneWithTheDayAhead } from './browser-support';
import { startTestServer, type TestServer } from './support';

/**
 * A doctor's account and the doctor entry it is: the doctor signs in before the
 * owner linked the account and is told so plainly (not a generic error) on
 * Today, Calendar and Patients; the owner links it in Team (read back from
 * Redis); the doctor then sees their own appointment on Today and not the one
 * of another doctor of the clinic.
 *
 * Both doctors work all day every day; the clinic's zone is Cairo by day and
 * otherwise a fixed-offset zone where it is mid-morning, so "today" always has
 * free times left to book.
 */
describe('linking a doctor account to its doctor profile', () => {
  let server: TestServer;
  let owner: Page;
  let doctor: Page;
  let ownerErrors: string[];
  let doctorErrors: string[];
  const story = browserStory('doctor-link');
  const { step } = story;
  let dataDir: string;
  const clinicId = uniqueClinicId('doclink');
  const clinic = toClinicId(clinicId);
  const TZ = zoneWithTheDayAhead();
  const domain = `${clinicId.replace(/_/g, '-')}.test`;
  const ownerLogin = { email: `rania@${domain}`, name: 'Dr. Rania Fathy', password: 'lotus flowers on the garden city nile' };
  const doctorLogin = { email: `nour@${domain}`, name: 'Nour Hassan', password: 'my own patients and nobody else' };
  /** A second doctor account, to show a doctor profile is offered to one account only. */
  const otherDoctorLogin = { email: `karim@${domain}`, name: 'Karim Adel', password: 'braces and retainers all day long' };
  const mine = { phone: '+201005550001', name: 'Mona Adel' };
  const theirs = { phone: '+201005550002', name: 'Omar Said' };
  let doctorUserId: string;
  let nourId: string;
  let karimId: string;
  let branchId: string;
  let serviceId: string;

  const key = (...parts: string[]) => `t:{${clinicId}}:${parts.join(':')}`;
  const storedConfig = async () => JSON.parse((await server.platform.redis.get(key('scheduling', 'config'))) ?? '{}') as { staffDoctors?: Record<string, string> };
  const inClinic = <T,>(actor: Actor, work: () => Promise<T>) =>
    server.platform.container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard).run({ clinicId: clinic, actor, requestId: 'doctor-link' }, work);
  const system: Actor = { kind: 'system', id: 'doctor-link-test' };
  const desk: Actor = { kind: 'staff', id: 'usr_doclink_desk', clinicId: clinic, role: 'receptionist' };
  type PatientUseCases = { upsertPatient: { execute(clinicId: ClinicId, input: { phone: string; name: string; language: 'ar' | 'en' }, actor: Actor, requestId: string): Promise<unknown> } };
  type FindSlots = { execute(clinicId: ClinicId, query: object, actor: Actor): Promise<{ start: string; doctorId: string; branchId: string }[]> };
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

  /** Books the first free time today with this doctor, for this patient, as a receptionist would. */
  async function bookToday(doctorId: string, patient: { phone: string; name: string }) {
    const container = server.platform.container;
    return inClinic(desk, async () => {
      await container.get<PatientUseCases>(SCHEDULING_TOKENS.Patients).upsertPatient.execute(clinic, { ...patient, language: 'en' }, desk, 'doctor-link');
      const slots = await container.get<FindSlots>(SCHEDULING_TOKENS.FindSlots).execute(clinic, { serviceId, doctorId, from: today(), to: today(), limit: 20 }, desk);
      const slot = slots.find((s) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date(s.start)) === today());
      if (!slot) throw new Error(`no free time today for ${doctorId}: ${JSON.stringify(slots.slice(0, 3))}`);
      return container
        .get<BookAppointment>(SCHEDULING_TOKENS.Book)
        .execute(clinic, { doctorId, serviceId, branchId, start: slot.start, patientRef: patient.phone, idempotencyKey: crypto.randomUUID() }, desk);
    });
  }

  async function check(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(RESULTS_DIR, `doctor-link-${name}.png`), fullPage: true });
    expect(await seriousAccessibilityViolations(page), `accessibility of ${name}`).toEqual([]);
  }
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
  const heading = (page: Page, name: string | RegExp, level = 2) => page.getByRole('heading', { level, name }).waitFor();
  const notLinked = (page: Page) => page.getByRole('status').filter({ hasText: 'Your account is not linked to a doctor profile yet.' });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-doctor-link-'));
    server = await startTestServer({ env: { DATA_DIR: dataDir } });
    const container = server.platform.container;
    await container.get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic).execute({ clinicId, name: 'Lotus Dental', timezone: TZ, defaultLanguage: 'en' }, system, 'doctor-link');
    await inClinic(system, async () => {
      const provisioning = container.get<AccountProvisioning>(IDENTITY_TOKENS.Provisioning);
      await provisioning.createStaff({ clinicId: clinic, role: 'owner', ...ownerLogin });
      doctorUserId = (await provisioning.createStaff({ clinicId: clinic, role: 'doctor', ...doctorLogin })).id;
      await provisioning.createStaff({ clinicId: clinic, role: 'doctor', ...otherDoctorLogin });
      const allDay = { from: '00:00', to: '24:00' };
      const week = { sat: [allDay], sun: [allDay], mon: [allDay], tue: [allDay], wed: [allDay], thu: [allDay], fri: [allDay] };
      branchId = (
        await container
          .get<CreateCatalogEntry<'branches'>>(TENANCY_TOKENS.CreateBranch)
          .execute(clinic, { name: 'Garden City', nameAr: 'جاردن سيتي', address: '4 Kasr El Nil Street, Cairo', phone: '+20233350000', openingHours: week }, system, 'doctor-link')
      ).id;
      const createDoctor = container.get<CreateCatalogEntry<'doctors'>>(TENANCY_TOKENS.CreateDoctor);
      nourId = (await createDoctor.execute(clinic, { name: 'Dr. Nour Hassan', nameAr: 'د. نور حسن', specialty: 'General dentistry', branchIds: [branchId] }, system, 'doctor-link')).id;
      karimId = (await createDoctor.execute(clinic, { name: 'Dr. Karim Adel', nameAr: 'د. كريم عادل', specialty: 'Orthodontics', branchIds: [branchId] }, system, 'doctor-link')).id;
      serviceId = (
        await container
          .get<CreateCatalogEntry<'services'>>(TENANCY_TOKENS.CreateService)
          .execute(clinic, { name: 'Check-up', nameAr: 'كشف', durationMinutes: 15, bufferMinutes: 0, priceMinor: 25_000 }, system, 'doctor-link')
      ).id;
      const editConfig = container.get<EditSchedulingConfig>(SCHEDULING_TOKENS.EditConfig);
      for (const id of [nourId, karimId]) await editConfig.setDoctorAvailability(clinic, system, 'doctor-link', { id, branches: [{ branchId, weekly: week }] });
    });
    await bookToday(nourId, mine);
    await bookToday(karimId, theirs);
    ({ page: owner, errors: ownerErrors } = await story.open());
    doctor = await owner.context().browser()!.newPage({ viewport: { width: 1280, height: 800 } });
    doctor.setDefaultTimeout(10_000);
    doctorErrors = collectErrors(doctor);
  });

  afterAll(async () => {
    await doctor?.close().catch(() => undefined);
    await story.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  step('tells a doctor whose account is not linked yet what to do, on Today, Calendar and Patients', async () => {
    expect((await storedConfig()).staffDoctors?.[doctorUserId]).toBeUndefined();
    await doctor.goto(`${server.baseUrl}/staff/`);
    await heading(doctor, 'Sign in to your clinic');
    await doctor.getByLabel('E-mail').fill(doctorLogin.email);
    await doctor.getByLabel('Password').fill(doctorLogin.password);
    await doctor.getByRole('button', { name: 'Sign in' }).click();
    await heading(doctor, 'Today');
    await notLinked(doctor).waitFor();
    expect(await notLinked(doctor).textContent()).toContain('Ask the clinic owner to link it in Team.');
    expect(await doctor.getByRole('alert').count()).toBe(0);
    await check(doctor, '01-doctor-today-not-linked');

    await nav(doctor).getByRole('link', { name: 'Calendar' }).click();
    await heading(doctor, 'Calendar');
    await notLinked(doctor).waitFor();
    expect(await doctor.getByRole('alert').count()).toBe(0);

    await nav(doctor).getByRole('link', { name: 'Patients' }).click();
    await heading(doctor, 'Patients');
    await doctor.getByLabel('Phone or name').fill('mona');
    await doctor.getByRole('button', { name: 'Search' }).click();
    await notLinked(doctor).waitFor();
    expect(await doctor.getByRole('alert').count()).toBe(0);
    await check(doctor, '02-doctor-patients-not-linked');
  });

  step('lets the owner link the account to its doctor profile in Team, one account per doctor', async () => {
    await owner.goto(`${server.baseUrl}/staff/`);
    await heading(owner, 'Sign in to your clinic');
    await owner.getByLabel('E-mail').fill(ownerLogin.email);
    await owner.getByLabel('Password').fill(ownerLogin.password);
    await owner.getByRole('button', { name: 'Sign in' }).click();
    await heading(owner, 'Set up two-step sign-in');
    const secret = ((await owner.locator('#mfa-secret').textContent()) ?? '').replace(/\s/g, '');
    await owner.getByLabel('Enter the 6-digit code the app shows').fill(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) }));
    await owner.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await heading(owner, 'Save your recovery codes');
    await owner.getByRole('button', { name: 'I saved them, continue' }).click();
    await heading(owner, 'Today');

    await nav(owner).getByRole('link', { name: 'Team' }).click();
    await heading(owner, 'Team');
    const select = owner.getByLabel(`Doctor profile of ${doctorLogin.name}`);
    await expect.poll(() => select.isEnabled()).toBe(true);
    expect(await select.inputValue()).toBe('');
    expect(await select.locator('option').allTextContents()).toEqual(['Not linked', 'Dr. Karim Adel', 'Dr. Nour Hassan']);
    // Only doctor accounts get the select: the owner's own row has none.
    expect(await owner.getByLabel(`Doctor profile of ${ownerLogin.name}`).count()).toBe(0);
    await select.selectOption({ label: 'Dr. Nour Hassan' });
    await owner.getByRole('status').filter({ hasText: `Saved: ${doctorLogin.name} is linked to the doctor profile Dr. Nour Hassan.` }).waitFor();
    // The select is re-rendered from the refetched links after the save; poll instead of reading once.
    await expect.poll(() => select.inputValue()).toBe(nourId);
    // The other doctor account is no longer offered Dr. Nour Hassan, and is told who holds it.
    const other = owner.getByLabel(`Doctor profile of ${otherDoctorLogin.name}`);
    expect(await other.locator('option').allTextContents()).toEqual(['Not linked', 'Dr. Karim Adel', `Dr. Nour Hassan (linked to ${doctorLogin.name})`]);
    expect(await other.locator(`option[value="${nourId}"]`).isDisabled()).toBe(true);
    await check(owner, '03-team-linked');

    expect((await storedConfig()).staffDoctors).toEqual({ [doctorUserId]: nourId });
  });

  step("shows the doctor their own appointment on Today and not another doctor's", async () => {
    await nav(doctor).getByRole('link', { name: 'Today' }).click();
    await heading(doctor, 'Today');
    await doctor.getByRole('article', { name: new RegExp(mine.name) }).waitFor();
    expect(await notLinked(doctor).count()).toBe(0);
    const main = (await doctor.locator('main').textContent()) ?? '';
    expect(main).toContain(mine.name);
    expect(main).not.toContain(theirs.name);
    expect(main).not.toContain('Dr. Karim Adel');
    await check(doctor, '04-doctor-today-own');

    // The owner's Today has both, so the doctor's view is filtered, not empty by chance.
    await nav(owner).getByRole('link', { name: 'Today' }).click();
    await owner.getByRole('article', { name: new RegExp(theirs.name) }).waitFor();
    await owner.getByRole('article', { name: new RegExp(mine.name) }).waitFor();
  });

  step('logged no unexpected console errors', () => {
    // Expected: the browser reporting the refused calls of the not-linked account (403).
    expect(ownerErrors).toEqual([]);
    expect(doctorErrors.filter((e) => !/status of 403/.test(e))).toEqual([]);
  });
});
