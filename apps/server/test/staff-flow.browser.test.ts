import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSync } from 'otplib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';

import { clinicId as toClinicId, KERNEL_TOKENS, type TenantGuard } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { IDENTITY_TOKENS, type AccountProvisioning } from '@frontdesk/identity/server';
import type { ClinicCatalog } from '@frontdesk/tenancy';
import { TENANCY_TOKENS, type RegisterClinic } from '@frontdesk/tenancy/server';
import { browserStory } from './browser-support';
import { startTestServer, type TestServer } from './support';

/**
 * Issue #3's browser proof, in real Chromium against the real server: an owner
 * signs in and sets up two-step sign-in, invites a receptionist by e-mail; the
 * receptionist accepts, signs in without MFA and cannot open the billing page.
 */
describe('the staff dashboard: owner with MFA invites a receptionist who cannot open billing', () => {
  let server: TestServer;
  let page: Page;
  let errors: string[];
  const story = browserStory('staff-flow');
  const { step, checkPage, heading } = story;
  let dataDir: string;
  const clinicId = uniqueClinicId('flow');
  const clinicName = 'Cedar Family Dental';
  /** E-mail domains may not contain the `_` of clinic ids. */
  const domain = `${clinicId.replace(/_/g, '-')}.test`;
  const owner = { email: `layla@${domain}`, name: 'Dr. Layla Haddad', password: 'cedar trees along the nile at dawn' };
  const receptionist = { email: `omar.saleh@${domain}`, name: 'Omar Saleh', password: 'a quiet morning at the front desk' };
  let inviteLink: string;
  /** What the server stored, read through the tenancy module's public port. */
  const readCatalog = () =>
    server.platform.container
      .get<TenantGuard>(KERNEL_TOKENS.TenantGuard)
      .run({ clinicId: toClinicId(clinicId), actor: { kind: 'system', id: 'staff-flow-test' }, requestId: 'staff-flow-read' }, () =>
        server.platform.container.get<ClinicCatalog>(TENANCY_TOKENS.ClinicCatalog).getCatalog(toClinicId(clinicId)),
      );

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-staff-flow-'));
    server = await startTestServer({ env: { DATA_DIR: dataDir } });
    const container = server.platform.container;
    const system = { kind: 'system' as const, id: 'staff-flow-test' };
    await container
      .get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic)
      .execute({ clinicId, name: clinicName, timezone: 'Africa/Cairo', defaultLanguage: 'en' }, system, 'staff-flow');
    const guard = container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
    await guard.run({ clinicId: toClinicId(clinicId), actor: system, requestId: 'staff-flow' }, () =>
      container.get<AccountProvisioning>(IDENTITY_TOKENS.Provisioning).createStaff({ clinicId: toClinicId(clinicId), role: 'owner', ...owner }),
    );
    ({ page, errors } = await story.open());
  });

  afterAll(async () => {
    await story.close();
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  step('makes the owner set up two-step sign-in at the first sign-in, then shows the recovery codes once', async () => {
    const response = await page.goto(`${server.baseUrl}/staff/`);
    expect(response?.status()).toBe(200);
    await heading('Sign in to your clinic');
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await checkPage('01-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await heading('Set up two-step sign-in');
    const qr = page.getByRole('img', { name: /QR code/ });
    await qr.or(page.getByRole('alert')).waitFor();
    expect(await page.getByRole('alert').count(), await page.locator('main').innerText()).toBe(0);
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = ((await page.locator('#mfa-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await checkPage('02-enrol');

    const code = generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });
    await page.getByLabel('Enter the 6-digit code the app shows').fill(code);
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();

    await heading('Save your recovery codes');
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    expect(await codes.count()).toBe(10);
    expect(await codes.first().textContent()).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    await checkPage('03-recovery-codes');
    await page.getByRole('button', { name: 'I saved them, continue' }).click();

    await heading('Today');
    await page.getByText(`Welcome, ${owner.name}`).waitFor();
    await page.getByText(`You are signed in to ${clinicName}`).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Today', 'Inbox', 'Calendar', 'Patients', 'Broadcasts', 'Team', 'Settings', 'Security', 'Audit log', 'Billing', 'My account']);
    await checkPage('04-owner-home');
  });

  step('explains a catalog mistake next to the form, then saves the corrected branch', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await heading('Clinic settings');
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Branches' }).click();
    await page.getByText('No branches yet').waitFor();
    await page.getByRole('button', { name: 'Add a branch' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Zamalek');
    await page.getByLabel('Arabic name').fill('الزمالك');
    await page.getByLabel('Address').fill('12 Brazil Street, Zamalek, Cairo');
    await page.getByLabel('Phone').fill('0100 123 4567');
    await page.getByLabel('Sunday').fill('09:00-17:00');
    await page.getByLabel('Monday').fill('09:00-13:00, 16:00-21:00');
    await page.getByRole('button', { name: 'Add branch' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('is not a phone number in international format');
    await checkPage('05-settings-branch-invalid');

    await page.getByLabel('Phone').fill('+20 100 123 4567');
    await page.getByRole('button', { name: 'Add branch' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved Zamalek.' }).waitFor();
    const row = page.getByRole('row', { name: /Zamalek/ });
    expect(await row.textContent()).toContain('+201001234567');
    expect(await row.textContent()).toContain('Mon 09:00–13:00, 16:00–21:00');
    await checkPage('06-settings-branches');
  });

  step('adds a doctor at the branch, a service with a deposit and an FAQ answer, then edits the answer', async () => {
    const sections = page.getByRole('navigation', { name: 'Settings sections' });
    await sections.getByRole('link', { name: 'Doctors' }).click();
    await page.getByRole('button', { name: 'Add a doctor' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Dr. Hany Mostafa');
    await page.getByLabel('Arabic name').fill('د. هاني مصطفى');
    await page.getByLabel('Specialty').fill('Orthodontics');
    await page.getByRole('checkbox', { name: 'Zamalek' }).check();
    await page.getByRole('button', { name: 'Add doctor' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved Dr. Hany Mostafa.' }).waitFor();
    expect(await page.getByRole('row', { name: /Dr\. Hany Mostafa/ }).textContent()).toContain('Orthodontics');

    await sections.getByRole('link', { name: 'Services' }).click();
    await page.getByRole('button', { name: 'Add a service' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Braces consultation');
    await page.getByLabel('Arabic name').fill('استشارة تقويم');
    await page.getByLabel(/^Duration/).fill('45');
    await page.getByLabel(/^Buffer/).fill('15');
    await page.getByLabel(/^Price/).fill('600');
    await page.getByLabel(/^Deposit/).fill('150');
    await page.getByRole('button', { name: 'Add service' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved Braces consultation.' }).waitFor();
    const service = await page.getByRole('row', { name: /Braces consultation/ }).textContent();
    expect(service).toContain('600');
    expect(service).toContain('150');

    await sections.getByRole('link', { name: 'FAQ' }).click();
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByLabel('Question', { exact: true }).fill('Is there parking?');
    await page.getByLabel('Answer', { exact: true }).fill('Yes, free parking behind the building.');
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByRole('row', { name: /Is there parking\?/ }).waitFor();
    await page.getByRole('button', { name: 'Edit: Is there parking?' }).click();
    await page.getByLabel('Answer', { exact: true }).fill('Yes, free parking on Brazil Street.');
    await page.getByRole('button', { name: 'Save question' }).click();
    await page.getByRole('row', { name: /Brazil Street/ }).waitFor();
    await checkPage('06b-settings-faq');

    const catalog = await readCatalog();
    expect(catalog.doctors.map((d) => d.name)).toEqual(['Dr. Hany Mostafa']);
    expect(catalog.services.map((x) => [x.name, x.durationMinutes, x.bufferMinutes, x.priceMinor, x.depositMinor])).toEqual([['Braces consultation', 45, 15, 60000, 15000]]);
    expect(catalog.faq.map((f) => f.answer)).toEqual(['Yes, free parking on Brazil Street.']);
  });

  step('lets the owner invite a receptionist by e-mail from the Team page', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await heading('Team');
    await page.getByRole('row', { name: new RegExp(owner.name) }).waitFor();
    await page.getByLabel('E-mail').fill(receptionist.email);
    await page.getByLabel('Role', { exact: true }).selectOption('receptionist');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: `Invitation sent to ${receptionist.email}` }).waitFor();
    const pendingList = page.getByRole('region', { name: 'Pending invitations' });
    await pendingList.getByRole('cell', { name: receptionist.email, exact: true }).waitFor();
    await checkPage('07-team-invited');

    const mailDir = join(dataDir, 'mail');
    const mails = readdirSync(mailDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(mailDir, file), 'utf8')) as { to: string; text: string; at: string })
      .filter((mail) => mail.to === receptionist.email)
      .sort((a, b) => b.at.localeCompare(a.at));
    const link = mails[0]?.text.match(/https?:\/\/\S+\/staff\/\?invite=\S+/)?.[0];
    expect(link, 'invite link in the mail').toBeDefined();
    const url = new URL(link!);
    expect(url.searchParams.get('clinic')).toBe(clinicId);
    inviteLink = `${server.baseUrl}${url.pathname}${url.search}`;
  });

  step('shows the owner the security policy and the audit log of what just happened', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Security' }).click();
    await heading('Security');
    expect(await page.getByLabel('Idle time-out (minutes)').inputValue()).toBe('30');
    await checkPage('08-security');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await heading('Audit log');
    const records = page.getByRole('table', { name: 'Audit records' });
    await records.waitFor();
    const text = (await records.textContent()) ?? '';
    for (const action of ['identity.invite.create', 'identity.mfa.enrol', 'identity.login']) expect(text).toContain(action);
    await checkPage('09-audit-log');

    await page.getByLabel('Action').fill('identity.invite.');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('table', { name: 'Audit records' }).getByRole('row').nth(2).waitFor({ state: 'detached' });
    expect(await page.getByRole('table', { name: 'Audit records' }).getByRole('row').count()).toBe(2);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My account' }).click();
    await heading('My account');
    await page.getByRole('table', { name: 'Your active sessions' }).getByText('This browser').waitFor();
    await checkPage('10-my-account');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await heading('Billing');
    await page.getByText('Billing arrives with the billing module').waitFor();
  });

  step('signs the owner out', async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in to your clinic');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
  });

  step('lets the receptionist accept the invite with a name and a password', async () => {
    const response = await page.goto(inviteLink);
    expect(response?.status()).toBe(200);
    await heading(`Join ${clinicName} on Frontdesk`);
    await page.getByText(receptionist.email).waitFor();
    expect(await page.getByText('receptionist', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('At least 12 characters', { exact: false }).isVisible()).toBe(true);
    await page.getByLabel('Your name').fill(receptionist.name);
    await page.getByLabel('Choose a password').fill(receptionist.password);
    await page.getByLabel('Repeat the password').fill(receptionist.password);
    await checkPage('11-accept-invite');
    await page.getByRole('button', { name: 'Create my account' }).click();

    await heading('Your account is ready');
    await page.getByRole('status').filter({ hasText: `Sign in with ${receptionist.email}` }).waitFor();
    await checkPage('12-invite-accepted');
  });

  step('signs the receptionist in without MFA and shows no Billing link', async () => {
    await page.getByRole('link', { name: 'Sign in' }).click();
    await heading('Sign in to your clinic');
    await page.getByLabel('E-mail').fill(receptionist.email);
    await page.getByLabel('Password').fill(receptionist.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await heading('Today');
    await page.getByText(`Welcome, ${receptionist.name}`).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = await nav.getByRole('link').allTextContents();
    expect(links).toEqual(['Today', 'Inbox', 'Calendar', 'Patients', 'Broadcasts', 'Settings', 'My account']);
    expect(links).not.toContain('Billing');
    await checkPage('13-receptionist-home');

    await nav.getByRole('link', { name: 'Settings' }).click();
    await page.getByText('Only the clinic owner can change them').waitFor();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Branches' }).click();
    await page.getByRole('row', { name: /Zamalek/ }).waitFor();
    expect(await page.getByRole('button', { name: /Add a branch|Edit|Delete/ }).count()).toBe(0);
    await checkPage('14-receptionist-settings-read-only');
  });

  step('tells the receptionist they have no access to Billing when they open it directly, without its content', async () => {
    await page.goto('about:blank');
    const response = await page.goto(`${server.baseUrl}/staff/#/billing`);
    expect(response?.status()).toBe(200);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain("You don't have access to Billing");
    expect(await page.getByText('Billing arrives with the billing module').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).count()).toBe(0);
    await checkPage('15-receptionist-billing-denied');

    await page.goto('about:blank');
    await page.goto(`${server.baseUrl}/staff/#/team`);
    expect(await page.getByRole('alert').textContent()).toContain("You don't have access to Team");
  });

  step('logged no console errors along the way', () => {
    // The only expected one: the browser reporting the 400 of the deliberately invalid branch.
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
    expect(errors.filter((error) => /status of 400/.test(error)).length).toBeLessThanOrEqual(1);
  });
});
