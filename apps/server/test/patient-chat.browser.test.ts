import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { KERNEL_TOKENS, clinicId as toClinicId, type ClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { CONVERSATION_TOKENS } from '@frontdesk/conversation/server';
import type { PatientMagicLinks } from '@frontdesk/identity';
import { IDENTITY_PUBLIC_TOKENS } from '@frontdesk/identity/server';
import { DEMO_CLINIC, DEMO_LOGINS } from '../src/platform';
import {
  RESULTS_DIR,
  arabicDigits,
  browserStory,
  collectErrors,
  patientChat,
  seriousAccessibilityViolations,
  signInToDashboard,
  type PatientChatDriver,
} from './browser-support';
import { startTestServer, type TestServer } from './support';

/**
 * Issue #5's patient web chat in real Chromium on a phone-sized screen,
 * against the real server with the offline receptionist and the WhatsApp
 * simulator: the chat opens in Arabic, right to left; a patient greets the
 * clinic, verifies their phone by sending the code from WhatsApp, books a
 * check-up in Arabic (Arabic-Indic digits); the receptionist, signed in to
 * the staff dashboard in a browser of her own, finds the web-chat
 * conversation in the Inbox with the Arabic transcript and the booked
 * check-up, and the same appointment in the Calendar. The patient finds it
 * all again after a reload, and switches to English. Then, each as a new
 * patient: a front-desk sign-in link; one the receptionist makes on the
 * patient card, which works once (a doctor is never offered one); the rate
 * limit's "slow down" (the typed text stays), a clinic
 * team member's message (the staff side goes through the container here; the
 * inbox screens can take over that part), and the embed.js widget.
 *
 * `patientChat` (browser-support.ts) drives the chat in either language.
 *
 * The offline flow's prompts are modules/conversation/src/adapters/offline/offline-texts.ts.
 */

const MOBILE = { width: 390, height: 844 };

/** Screenshots of the extra pages, next to the story's. */
const shot = (name: string) => join(RESULTS_DIR, `patient-chat-${name}.png`);

/** A number nobody else in the run uses: +2010 and 8 random digits. */
const freshPhone = () => `+2010${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

/** What this test needs of the staff inbox (modules/conversation's StaffInbox; its class is not exported). */
interface StaffInboxUseCases {
  send(clinicId: ClinicId, scope: { actor: { kind: 'staff'; id: string; clinicId: ClinicId; role: 'receptionist' }; requestId: string }, conversationId: string, text: string): Promise<unknown>;
}

/** What this test needs of the inbound guard (modules/conversation's AdmitInbound; its class is not exported). */
interface InboundAdmission {
  dropCounts(clinicId: ClinicId): Promise<{ limit: string; dropped: number }[]>;
}

/** The number of the numbered line (`2. كشف - 300 جنيه`) that mentions `what`. */
function optionNumber(reply: string, what: string): number {
  for (const line of reply.split('\n')) {
    const match = /^\s*(\d+)\.\s+(.*)$/.exec(line);
    if (match && match[2]!.includes(what)) return Number(match[1]);
  }
  throw new Error(`no option "${what}" in the reply:\n${reply}`);
}

describe('the patient web chat: Arabic first, verify on WhatsApp, book, then English', () => {
  let server: TestServer;
  let page: Page;
  let errors: string[];
  let chat: PatientChatDriver;
  const story = browserStory('patient-chat');
  const { step } = story;
  const phone = freshPhone();
  const ending = phone.slice(-3);
  const extraPages: Page[] = [];
  const receptionist = DEMO_LOGINS.find((l) => l.kind === 'staff' && l.role === 'receptionist')!;
  /** The receptionist's dashboard: a browser context of its own (own cookies), desktop-sized. */
  let desk: Page;
  let deskErrors: string[];
  /** When the booked check-up starts (ISO), as the patient card shows it. */
  let bookedStart: string;
  /** The chat sign-in link the receptionist made for the patient, as the dashboard shows it. */
  let deskLink: string;
  /** The demo clinic's dropped messages per limit before the rate-limit step (the run's Redis is shared by every test file). */
  let dropsBefore: Record<string, number>;

  /** The demo clinic's dropped messages per limit, as the server counts them. */
  async function dropCounts(): Promise<Record<string, number>> {
    const clinic = toClinicId(server.demoClinicId);
    const container = server.platform.container;
    const counts = await container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard).run({ clinicId: clinic, actor: { kind: 'system', id: 'patient-chat-drops' }, requestId: 'patient-chat-drops' }, () =>
      container.get<InboundAdmission>(CONVERSATION_TOKENS.AdmitInbound).dropCounts(clinic),
    );
    return Object.fromEntries(counts.map((c) => [c.limit, c.dropped]));
  }

  /** A dashboard page's screenshot next to the story's, and its accessibility check. */
  async function checkDesk(name: string): Promise<void> {
    await desk.screenshot({ path: shot(name), fullPage: true });
    expect(await seriousAccessibilityViolations(desk), `accessibility of ${name}`).toEqual([]);
  }

  /** Another patient: a new browser context (own cookies and storage), phone-sized. */
  async function anotherPatient(): Promise<{ page: Page; errors: string[]; chat: PatientChatDriver }> {
    const other = await page.context().browser()!.newPage({ viewport: MOBILE });
    other.setDefaultTimeout(10_000);
    extraPages.push(other);
    return { page: other, errors: collectErrors(other), chat: patientChat(other, server.baseUrl) };
  }

  beforeAll(async () => {
    server = await startTestServer();
    ({ page, errors } = await story.open());
    await page.setViewportSize(MOBILE);
    chat = patientChat(page, server.baseUrl);
  });

  afterAll(async () => {
    await Promise.all(extraPages.map((p) => p.close().catch(() => undefined)));
    await story.close();
    await server?.close();
  });

  step('opens in Arabic, right to left, with the clinic greeting and the verification prompt', async () => {
    await chat.open(server.demoClinicId);
    await story.heading('مرحبًا بكم في Nile Dental Care');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.title()).toBe('تواصل مع العيادة · Frontdesk');
    expect(await page.getByRole('heading', { level: 1, name: 'تواصل مع العيادة' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'أكّد رقم موبايلك عشان تحجز أو تشوف مواعيدك' }).isVisible()).toBe(true);
    // The clinic's Arabic greeting, from `open` with language ar.
    expect(await page.locator('[data-greeting] .pc-text').innerText()).toContain('Nile Dental Care');
    expect(await page.locator('[data-greeting] .pc-text').innerText()).toMatch(/[\u0600-\u06FF]/);
    expect(await page.getByRole('textbox', { name: 'رسالتك' }).isVisible()).toBe(true);
    expect(await page.getByRole('log').count()).toBe(1);
    await story.checkPage('01-arabic-start');
  });

  step('answers "السلام عليكم" in Arabic, the patient on one side and the assistant on the other', async () => {
    const reply = await chat.say('السلام عليكم');
    expect(reply).toMatch(/[\u0600-\u06FF]/);
    expect(reply).toContain('ابعت رقم'); // the offline receptionist's menu
    const mine = page.locator('[data-author="patient"]').last();
    expect(await mine.locator('.pc-text').innerText()).toBe('السلام عليكم');
    // Times in the patient's locale: Arabic-Indic digits in the Arabic chat.
    expect(await mine.locator('time').innerText()).toMatch(/[٠-٩]/);
    expect(Date.parse((await mine.locator('time').getAttribute('datetime')) ?? '')).not.toBeNaN();
    // RTL: the patient's bubble at the inline end (left), the assistant's at the start (right).
    const patientBox = (await mine.boundingBox())!;
    const assistantBox = (await page.locator('[data-author="assistant"]').last().boundingBox())!;
    expect(patientBox.x).toBeLessThan(assistantBox.x);
    expect(await chat.composer.inputValue()).toBe('');
    await story.checkPage('02-greeting');
  });

  step('verifies the phone: the code shown in the chat, sent from WhatsApp, turns the chat verified', async () => {
    const code = await chat.requestCode(phone);
    expect(code).toMatch(/^\d{6}$/);
    const whatsapp = page.getByRole('link', { name: 'ابعت الكود على واتساب' });
    const href = (await whatsapp.getAttribute('href')) ?? '';
    expect(href.startsWith('https://wa.me/201000000001?text=')).toBe(true);
    expect(decodeURIComponent(href)).toContain(code);
    expect(await page.getByText(`ابعت الكود ده على واتساب من رقمك اللي آخره ${ending}`).isVisible()).toBe(true);
    expect(await page.locator('.pc-countdown').innerText()).toMatch(/الكود هيخلص بعد [45]:\d\d/);
    await story.checkPage('03-code');

    await chat.sendFromWhatsApp(phone, code);
    await page.getByText(`تم التأكيد: الرقم اللي آخره ${ending}`).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('verification-code').count()).toBe(0);
    // The phone got the pipeline's Arabic thank-you on WhatsApp.
    await expect.poll(() => chat.whatsappSentTo(phone), { timeout: 10_000 }).toContainEqual(expect.stringContaining('رقمك اتأكد'));
    await story.checkPage('04-verified');
  });

  step('books a check-up in Arabic with the offline receptionist, numbers in Arabic-Indic digits', async () => {
    const services = await chat.say('احجز');
    expect(services).toContain('عايز تحجز أنهي خدمة؟');
    const doctors = await chat.say(arabicDigits(optionNumber(services, 'كشف')));
    expect(doctors).toContain('تحب تحجز مع أنهي دكتور؟');
    let answer = await chat.say(arabicDigits(optionNumber(doctors, 'د. كريم نبيل')));
    expect(answer).toContain('المواعيد الفاضية مع د. كريم نبيل:');
    // Another test may take the first time between the offer and the pick: the receptionist then offers fresh times.
    for (let attempt = 0; attempt < 3 && !answer.includes('تحب أحجز'); attempt++) {
      answer = await chat.say(arabicDigits(1));
    }
    expect(answer).toContain('تحب أحجز كشف');
    expect(answer).toContain('د. كريم نبيل');
    const booked = await chat.say('نعم');
    expect(booked).toContain('تم الحجز ✅ كشف مع د. كريم نبيل');
    await story.checkPage('05-booked');

    // Stored for the verified phone, not only said.
    const appointments = await server.platform.redis.zrange(`t:{${server.demoClinicId}}:patient-appts:${phone}`, '0', '-1');
    expect(appointments).toHaveLength(1);
  });

  step("shows the receptionist the web-chat conversation in the Inbox: the Arabic transcript and the booked check-up", async () => {
    desk = await page.context().browser()!.newPage({ viewport: { width: 1280, height: 800 } });
    desk.setDefaultTimeout(10_000);
    extraPages.push(desk);
    deskErrors = collectErrors(desk);
    await signInToDashboard(desk, server.baseUrl, receptionist);
    await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
    await desk.getByRole('heading', { level: 2, name: 'Inbox' }).waitFor();

    // The web chat's conversation carries the phone verified through WhatsApp.
    const escapedPhone = phone.replace('+', '\\+');
    const conversation = desk.getByRole('list', { name: 'Conversations, most recent first' }).getByRole('link', { name: new RegExp(escapedPhone) });
    await conversation.waitFor();
    expect(await conversation.count()).toBe(1);
    expect(await conversation.textContent()).toContain('Web chat');
    await conversation.click();
    await desk.getByRole('heading', { level: 3, name: new RegExp(`^${escapedPhone} on Web chat$`) }).waitFor();

    const transcript = desk.getByRole('log', { name: 'Transcript' });
    const line = (author: string, text: string) => transcript.getByRole('article', { name: new RegExp(`^${author}`) }).filter({ hasText: text });
    await line('Patient', 'السلام عليكم').waitFor();
    await line('Patient', 'احجز').waitFor();
    await line('Assistant', 'تم الحجز ✅ كشف مع د. كريم نبيل').waitFor();
    expect(await line('Assistant', 'تم الحجز').count()).toBe(1);

    // The patient card: the verified phone and the booked check-up among the coming visits.
    const card = desk.getByRole('region', { name: 'Patient' });
    expect(await card.locator('dd').first().textContent()).toBe(phone);
    const upcoming = card.getByRole('list', { name: 'Upcoming appointments' }).getByRole('listitem');
    await upcoming.first().waitFor();
    expect(await upcoming.count()).toBe(1);
    expect(await upcoming.textContent()).toContain('Check-up with Dr. Karim Nabil');
    bookedStart = (await upcoming.locator('time').getAttribute('datetime')) ?? '';
    expect(Date.parse(bookedStart)).toBeGreaterThan(Date.now());
    await checkDesk('05a-desk-conversation');
  });

  step('shows the receptionist the same appointment in the Calendar, on its day', async () => {
    await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
    await desk.getByRole('heading', { level: 2, name: 'Calendar' }).waitFor();
    // The day as the clinic counts it (the calendar shows the clinic's local dates).
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: DEMO_CLINIC.timezone }).format(new Date(bookedStart));
    await desk.getByLabel('Date', { exact: true }).fill(day);
    const appointment = desk.getByRole('list', { name: /^Appointments on / }).getByRole('article').filter({ hasText: phone });
    await appointment.waitFor();
    expect(await appointment.count()).toBe(1);
    expect(await appointment.locator('time').first().getAttribute('datetime')).toBe(bookedStart);
    const facts = (await appointment.locator('.fd-appt-facts').textContent()) ?? '';
    expect(facts).toContain('Check-up');
    expect(facts).toContain('Dr. Karim Nabil');
    expect(await appointment.getByText('Booked', { exact: true }).count()).toBe(1);
    await checkDesk('05b-desk-calendar');
  });

  step('finds the conversation and the verification again after a reload', async () => {
    await page.reload();
    await page.getByText(`تم التأكيد: الرقم اللي آخره ${ending}`).waitFor();
    await page.locator('[data-author="assistant"]').filter({ hasText: 'تم الحجز ✅' }).waitFor();
    expect(await page.locator('[data-author="patient"]').count()).toBeGreaterThanOrEqual(6);
  });

  step('switches to English: layout, copy and replies', async () => {
    await page.getByRole('button', { name: 'Show the chat in English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chat with the clinic' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.title()).toBe('Chat with the clinic · Frontdesk');
    expect(await page.getByText(`Verified: number ending in ${ending}`).isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Your message' }).isVisible()).toBe(true);
    await page.locator('[data-greeting] .pc-text').filter({ hasText: /^Hello!/ }).waitFor();

    const reply = await chat.say('my appointments');
    expect(reply).toContain('Your upcoming appointments:');
    expect(reply).toContain('Check-up with Dr. Karim Nabil');
    // LTR: the patient's bubble now on the right.
    const patientBox = (await page.locator('[data-author="patient"]').last().boundingBox())!;
    const assistantBox = (await page.locator('[data-author="assistant"]').last().boundingBox())!;
    expect(patientBox.x).toBeGreaterThan(assistantBox.x);
    // Mixed lines keep their own direction.
    expect(await page.locator('[data-author="assistant"]').filter({ hasText: 'تم الحجز' }).locator('.pc-text').getAttribute('dir')).toBe('auto');
    await story.checkPage('06-english');

    // The choice is remembered.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Chat with the clinic' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
  });

  step('had no console errors', () => {
    expect(errors).toEqual([]);
    expect(deskErrors).toEqual([]);
  });

  step("verifies a returning patient with the front desk's sign-in link, and clears it from the address bar", async () => {
    const returning = freshPhone();
    const link = await server.platform.container.get<PatientMagicLinks>(IDENTITY_PUBLIC_TOKENS.PatientMagicLinks).create({
      clinicId: toClinicId(server.demoClinicId),
      phone: returning,
      actor: { kind: 'staff', id: 'usr_patient_chat_desk', clinicId: toClinicId(server.demoClinicId), role: 'receptionist' },
      requestId: 'patient-chat-test',
    });
    const visitor = await anotherPatient();
    // The worst order, forced: the chat's first read of its verification state is answered before
    // the link is redeemed, and that stale answer arrives after the redemption's.
    let firstStatusAnswered!: () => void;
    const statusAnswered = new Promise<void>((resolve) => (firstStatusAnswered = resolve));
    let redeemAnswered!: () => void;
    const redemptionArrived = new Promise<void>((resolve) => (redeemAnswered = resolve));
    let held = false;
    await visitor.page.route(
      (url) => url.pathname.includes('public.conversation.verification'),
      async (route) => {
        if (held) return route.continue();
        held = true;
        const stale = await route.fetch();
        firstStatusAnswered();
        await redemptionArrived;
        await route.fulfill({ response: stale });
      },
    );
    await visitor.page.route(
      (url) => url.pathname.includes('public.conversation.redeemLink'),
      async (route) => {
        await statusAnswered;
        await route.fulfill({ response: await route.fetch() });
        redeemAnswered();
      },
    );
    await visitor.page.goto(`${server.baseUrl}${link.path}`);
    await visitor.page.getByText(`تم التأكيد: الرقم اللي آخره ${returning.slice(-3)}`).waitFor();
    expect(new URL(visitor.page.url()).hash).toBe('');
    await visitor.page.screenshot({ path: shot('07-magic-link'), fullPage: true });
    expect(visitor.errors).toEqual([]);
  });

  step('lets the receptionist make a chat sign-in link on the patient card, shown with its expiry and copied', async () => {
    await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
    await desk.getByRole('list', { name: 'Conversations, most recent first' }).getByRole('link', { name: new RegExp(phone.replace('+', '\\+')) }).click();
    const section = desk.getByRole('region', { name: 'Patient' }).getByRole('region', { name: 'Chat sign-in link' });
    await section.getByRole('button', { name: 'Make a chat sign-in link' }).click();
    const field = section.getByRole('textbox', { name: 'Sign-in link' });
    await field.waitFor();
    deskLink = await field.inputValue();
    expect(deskLink).toMatch(new RegExp(`/chat/\\?clinic=${server.demoClinicId}#link=[A-Za-z0-9_-]{43}$`));
    expect(await field.getAttribute('readonly')).toBe('');
    const hint = await desk.locator(`[id="${await field.getAttribute('aria-describedby')}"]`).textContent();
    expect(hint).toMatch(/^Valid for 15 minutes, until \d\d:\d\d, and works once\.$/);

    await desk.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl });
    await section.getByRole('button', { name: 'Copy link' }).click();
    await section.getByRole('status').filter({ hasText: 'Copied to the clipboard.' }).waitFor();
    expect(await desk.evaluate(() => navigator.clipboard.readText())).toBe(deskLink);
    expect(await section.getByRole('button', { name: 'Make a new link' }).isEnabled()).toBe(true);
    await checkDesk('07a-desk-sign-in-link');
  });

  step("signs a fresh chat in with the receptionist's link once; a second opening fails with a clear message", async () => {
    // The link names the server's public URL; the test server listens on a port of its own, so the path is opened there.
    const shown = new URL(deskLink);
    const onServer = `${server.baseUrl}${shown.pathname}${shown.search}${shown.hash}`;
    const first = await anotherPatient();
    await first.page.goto(onServer);
    await first.page.getByText(`تم التأكيد: الرقم اللي آخره ${ending}`).waitFor();
    expect(new URL(first.page.url()).hash).toBe('');
    expect(await first.page.getByRole('alert').count()).toBe(0);
    await first.page.screenshot({ path: shot('07b-desk-link-opened'), fullPage: true });
    expect(first.errors).toEqual([]);

    const second = await anotherPatient();
    await second.page.goto(onServer);
    const refused = second.page.getByRole('alert').filter({ hasText: 'اللينك ده انتهى أو اتستخدم قبل كده. اطلب لينك جديد من العيادة، أو أكّد رقمك من هنا.' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain('This sign-in link is not valid any more. Ask the clinic for a new one.');
    expect(await second.page.locator('.pc-verified').count()).toBe(0);
    // Still a way in: the verification form stays on offer.
    expect(await second.page.getByRole('heading', { level: 2, name: 'أكّد رقم موبايلك عشان تحجز أو تشوف مواعيدك' }).isVisible()).toBe(true);
    await second.page.screenshot({ path: shot('07c-desk-link-used-again'), fullPage: true });
    expect(await seriousAccessibilityViolations(second.page)).toEqual([]);
    // The browser logs the refused redemption (404) it was sent to make; nothing else.
    expect(second.errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
    expect(second.errors.length).toBeLessThanOrEqual(1);
  });

  step("offers the sign-in link on a patient's page to the receptionist, and never to a doctor", async () => {
    // A demo patient of Dr. Karim Nabil's (apps/server/src/demo-schedule.ts), whose page the demo doctor may open.
    const seeded = { phone: '+201001234501', name: 'Youssef Kamal' };
    const patientPage = `${server.baseUrl}/staff/#/patients/${encodeURIComponent(seeded.phone)}`;
    await desk.goto(patientPage);
    await desk.getByRole('heading', { level: 2, name: seeded.name }).waitFor();
    const section = desk.getByRole('region', { name: 'Chat sign-in link' });
    // A failed call is explained where the link would be, and the button works again after it.
    const createCall = (url: URL) => url.pathname.includes('staff.identity.patientLinks.create');
    await desk.route(createCall, (route) => route.abort('connectionrefused'));
    await section.getByRole('button', { name: 'Make a chat sign-in link' }).click();
    const failed = section.getByRole('alert');
    await failed.waitFor();
    expect(await failed.locator('p').first().textContent()).toBe('The sign-in link was not made.');
    expect(await section.getByRole('textbox', { name: 'Sign-in link' }).count()).toBe(0);
    await checkDesk('07d-desk-patient-page-link-failed');
    await desk.unroute(createCall);
    await section.getByRole('button', { name: 'Make a chat sign-in link' }).click();
    await section.getByRole('textbox', { name: 'Sign-in link' }).waitFor();
    expect(await failed.count()).toBe(0);
    await checkDesk('07e-desk-patient-page-link');

    const doctor = await page.context().browser()!.newPage({ viewport: { width: 1280, height: 800 } });
    doctor.setDefaultTimeout(10_000);
    extraPages.push(doctor);
    const doctorErrors = collectErrors(doctor);
    await signInToDashboard(doctor, server.baseUrl, DEMO_LOGINS.find((l) => l.kind === 'staff' && l.role === 'doctor')!);
    await doctor.goto(patientPage);
    await doctor.getByRole('heading', { level: 2, name: seeded.name }).waitFor();
    await doctor.getByRole('region', { name: 'Profile' }).waitFor();
    expect(await doctor.getByRole('region', { name: 'Chat sign-in link' }).count()).toBe(0);
    expect(await doctor.getByRole('button', { name: /sign-in link/ }).count()).toBe(0);
    await doctor.screenshot({ path: shot('07f-doctor-patient-page'), fullPage: true });
    expect(doctorErrors).toEqual([]);
  });

  step('keeps the typed text when the clinic says to slow down (10 messages a minute per chat)', async () => {
    dropsBefore = await dropCounts();
    const visitor = await anotherPatient();
    await visitor.chat.open(server.demoClinicId, '&lang=en');
    const tooFast = visitor.page.getByRole('alert').filter({ hasText: 'You are sending messages too fast.' });
    const answers = visitor.page.locator('[data-author="assistant"]:not([data-greeting])');
    // The limit counts fixed minutes, so a burst across a minute's end may need up to twice the limit.
    let typed = '';
    for (let i = 1; i <= 21 && !(await tooFast.isVisible()); i++) {
      typed = `question number ${i}`;
      const before = await answers.count();
      await visitor.chat.composer.fill(typed);
      await visitor.chat.composer.press('Enter');
      // Either the answer or the "slow down"; the loser of the race times out quietly.
      await Promise.race([
        tooFast.waitFor().catch(() => undefined),
        visitor.page.waitForFunction((count) => document.querySelectorAll('[data-author="assistant"]:not([data-greeting])').length > count, before).catch(() => undefined),
      ]);
    }
    await tooFast.waitFor({ timeout: 1_000 });
    // Nothing typed is lost: the message is still in the box, to send again later.
    expect(await visitor.chat.composer.inputValue()).toBe(typed);
    expect(await visitor.page.locator('[data-author="patient"]').filter({ hasText: new RegExp(`^${typed}$`) }).count()).toBe(0);
    // The pipeline's apology arrives as a notice line.
    await visitor.page.locator('[data-author="system"]').first().waitFor();
    await visitor.page.screenshot({ path: shot('08-rate-limited'), fullPage: true });
    expect(await seriousAccessibilityViolations(visitor.page)).toEqual([]);
    expect(visitor.errors).toEqual([]);
  });

  step('shows the receptionist the dropped message in the Inbox, counted against the chat-session limit', async () => {
    // The loop above stops at the first "slow down", so exactly one message was dropped, by the session limit (the visitor has no phone).
    const deskErrorsBefore = deskErrors.length; // an earlier step refused a request on purpose
    await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
    await desk.getByRole('heading', { level: 2, name: 'Inbox' }).waitFor();
    const drops = desk.getByRole('region', { name: 'Messages dropped by the rate limits' }).getByRole('table', { name: 'Messages dropped per rate limit' });
    const row = (label: string) => drops.getByRole('row', { name: new RegExp(`^${label} `) });
    const expected = { session: dropsBefore.session! + 1, phone: dropsBefore.phone!, clinic: dropsBefore.clinic! };
    // Only this file drives the demo clinic over a limit, so the counts are exact.
    await row('Per chat session').getByRole('cell').first().filter({ hasText: new RegExp(`^${expected.session}$`) }).waitFor();
    expect(await drops.getByRole('rowheader').allTextContents()).toEqual(['Per chat session', 'Per phone', 'For the clinic']);
    expect(await row('Per chat session').getByRole('cell').allTextContents()).toEqual([String(expected.session), 'Over 10 messages a minute from one chat']);
    expect(await row('Per phone').getByRole('cell').allTextContents()).toEqual([String(expected.phone), 'Over 60 messages an hour from one phone number, over all its chats']);
    expect(await row('For the clinic').getByRole('cell').allTextContents()).toEqual([String(expected.clinic), 'Over 200 messages a minute to the clinic, from all patients together']);
    expect(await dropCounts()).toEqual(expected);
    await checkDesk('08a-desk-rate-limit-drops');
    expect(deskErrors.slice(deskErrorsBefore)).toEqual([]);
  });

  step("shows a clinic team member's message as the clinic team's, and says a person is answering", async () => {
    const visitor = await anotherPatient();
    // The conversation id comes with `open`; the staff side addresses the conversation by it.
    const opened = visitor.page.waitForResponse((response) => response.url().includes('public.conversation.open'));
    await visitor.chat.open(server.demoClinicId);
    const [{ result }] = (await (await opened).json()) as [{ result: { data: { conversationId: string } } }];
    await visitor.chat.say('عايز أكلم حد من العيادة لو سمحت');

    const clinic = toClinicId(server.demoClinicId);
    const desk = { kind: 'staff' as const, id: 'usr_patient_chat_desk', clinicId: clinic, role: 'receptionist' as const };
    const container = server.platform.container;
    await container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard).run({ clinicId: clinic, actor: desk, requestId: 'patient-chat-staff' }, () =>
      container.get<StaffInboxUseCases>(CONVERSATION_TOKENS.StaffInbox).send(clinic, { actor: desk, requestId: 'patient-chat-staff' }, result.data.conversationId, 'أهلاً، أنا منى من الاستقبال. أقدر أساعدك إزاي؟'),
    );

    const staffLine = visitor.page.locator('[data-author="staff"]');
    await staffLine.waitFor();
    expect(await staffLine.locator('.pc-author').innerText()).toBe('فريق العيادة');
    expect(await staffLine.locator('.pc-text').innerText()).toBe('أهلاً، أنا منى من الاستقبال. أقدر أساعدك إزاي؟');
    await visitor.page.getByRole('status').filter({ hasText: 'حد من العيادة بيرد عليك دلوقتي.' }).waitFor();
    await visitor.page.screenshot({ path: shot('09-clinic-team'), fullPage: true });
    expect(await seriousAccessibilityViolations(visitor.page)).toEqual([]);
    expect(visitor.errors).toEqual([]);
  });

  step('embed.js: one script tag adds a chat button that opens the chat in an iframe', async () => {
    const visitor = await anotherPatient();
    await visitor.page.setViewportSize({ width: 1280, height: 800 });
    // The clinic's own site, stood in for by an intercepted page on the server's origin.
    const site = `${server.baseUrl}/clinic-site-for-embed-test.html`;
    await visitor.page.route(site, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><title>Nile Dental Care</title></head><body><main><h1>Nile Dental Care</h1><p>Our clinic's own site.</p></main>
<script src="${server.baseUrl}/chat/embed.js" data-clinic="${server.demoClinicId}" async></script></body></html>`,
      }),
    );
    await visitor.page.goto(site);
    const button = visitor.page.getByRole('button', { name: 'تواصل مع العيادة' });
    await button.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await visitor.page.locator('iframe').count()).toBe(0);

    await button.click();
    const frame = visitor.page.locator('iframe[title="الشات مع العيادة"]');
    await frame.waitFor();
    const src = new URL((await frame.getAttribute('src')) ?? '');
    expect(src.pathname).toBe('/chat/');
    expect(Object.fromEntries(src.searchParams)).toEqual({ clinic: server.demoClinicId, embed: '1' });
    const close = visitor.page.getByRole('button', { name: 'اقفل الشات' });
    expect(await close.getAttribute('aria-expanded')).toBe('true');

    // The chat works inside the frame (the server lets /chat/ be framed).
    const chatFrame = visitor.page.frameLocator('iframe[title="الشات مع العيادة"]');
    await chatFrame.getByRole('heading', { level: 1, name: 'Nile Dental Care' }).waitFor();
    const box = chatFrame.getByRole('textbox', { name: 'رسالتك' });
    await box.fill('السلام عليكم');
    await box.press('Enter');
    await chatFrame.locator('[data-author="assistant"]:not([data-greeting])').first().waitFor();
    await visitor.page.screenshot({ path: shot('10-embed-open') });

    // Escape inside the chat closes the widget and gives the focus back to the button.
    await box.press('Escape');
    await expect.poll(() => frame.isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await visitor.page.evaluate(() => document.activeElement?.getAttribute('data-frontdesk-chat'))).toBe('button');

    // The button toggles too, and opening again keeps the same conversation.
    await button.click();
    expect(await frame.isVisible()).toBe(true);
    expect(await chatFrame.locator('[data-author="patient"]').count()).toBe(1);
    await close.click();
    expect(await frame.isVisible()).toBe(false);
    expect(await seriousAccessibilityViolations(visitor.page)).toEqual([]);
    expect(visitor.errors).toEqual([]);
  });

  step('in embed mode the chat drops the Frontdesk banner and shows the clinic name instead', async () => {
    const visitor = await anotherPatient();
    await visitor.chat.open(server.demoClinicId, '&embed=1');
    await visitor.page.getByRole('heading', { level: 1, name: 'Nile Dental Care' }).waitFor();
    expect(await visitor.page.locator('.fd-header').count()).toBe(0);
    expect(await visitor.page.getByText('Frontdesk', { exact: true }).count()).toBe(0);
    expect(await visitor.page.locator('html').getAttribute('dir')).toBe('rtl');
    await visitor.page.screenshot({ path: shot('11-embed-mode'), fullPage: true });
    expect(await seriousAccessibilityViolations(visitor.page)).toEqual([]);
    expect(visitor.errors).toEqual([]);
  });
});
