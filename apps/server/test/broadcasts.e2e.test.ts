import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KERNEL_TOKENS, clinicId as toClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { CONVERSATION_TOKENS, signPayload, whatsappTextWebhook, type WhatsAppNumbers } from '@frontdesk/conversation/server';
import { startGraphApiFake, type GraphApiFake } from '@frontdesk/conversation/testing';
import { TENANCY_TOKENS, type RegisterClinic } from '@frontdesk/tenancy/server';
import { clientAs, headerActors, startTestServer, type TestServer } from './support';

const APP_SECRET = 'broadcast-app-secret-0123456789';
const NUMBER = { phoneNumberId: '500000000000005', displayNumber: '+201000000005' };
const ACCESS_TOKEN = 'graph-fake-access-token';

async function until<T>(what: string, read: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Broadcasts and STOP/START through the real server: patients' messages are
 * signed WhatsApp webhooks, and the server's sends reach a local fake of the
 * Graph API. The story runs in a clinic of its own, with its own number, so
 * its throttle and audience are its own.
 */
describe('broadcasts and STOP/START on WhatsApp, on the real server', () => {
  let server: TestServer;
  /** The Cloud API's send endpoint, as WhatsApp would answer it: this number with this token, a wamid for each valid message. */
  let graph: GraphApiFake;
  const clinic = uniqueClinicId('bcast');
  const amal = '+201119990001';
  const badr = '+201119990002';
  const receptionist = () => clientAs(server, 'staff:receptionist');
  /** The WhatsApp messages Graph accepted for `phone`. */
  const to = (phone: string) => graph.calls.filter((c) => c.channel === 'whatsapp' && c.status === 200 && c.recipient === phone.replace(/^\+/, ''));
  let counter = 0;

  async function patientSays(phone: string, text: string): Promise<void> {
    const body = whatsappTextWebhook({ ...NUMBER, from: phone, text, id: `wamid.BCAST${Date.now()}${++counter}`, sentAt: new Date(), profileName: 'Patient' });
    const answer = await fetch(`${server.baseUrl}/webhooks/meta`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signPayload(body, APP_SECRET) }, body });
    expect(answer.status).toBe(200);
  }
  const broadcast = async (id: string) => (await receptionist().staff.conversation.broadcasts.list.query()).find((b) => b.id === id)!;
  const marketingOf = async (phone: string) => (await receptionist().staff.scheduling.patients.get.query({ phone })).consent.marketing;

  beforeAll(async () => {
    graph = await startGraphApiFake({ whatsappNumbers: { [NUMBER.phoneNumberId]: ACCESS_TOKEN } });
    server = await startTestServer({
      resolveActor: headerActors(clinic),
      env: { META_APP_SECRET: APP_SECRET, META_ACCESS_TOKEN: ACCESS_TOKEN, META_GRAPH_URL: graph.url, WHATSAPP_SIMULATOR: 'false' },
    });
    const { container } = server.platform;
    await container.get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic).execute({ clinicId: clinic, name: 'Broadcast Clinic', timezone: 'Africa/Cairo', defaultLanguage: 'en' }, { kind: 'system', id: 'test' }, 'test');
    await container
      .get<TenantGuard>(KERNEL_TOKENS.TenantGuard)
      .run({ clinicId: toClinicId(clinic), actor: { kind: 'system', id: 'test' }, requestId: 'test' }, () =>
        container.get<WhatsAppNumbers>(CONVERSATION_TOKENS.WhatsAppNumbers).assign(toClinicId(clinic), NUMBER),
      );
    for (const [phone, name] of [[amal, 'Amal Said'], [badr, 'Badr Fahmy']] as const) {
      await receptionist().staff.scheduling.patients.upsert.mutate({ phone, name });
      await receptionist().staff.scheduling.patients.setConsent.mutate({ phone, kind: 'marketing', granted: true });
    }
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('lets receptionists and owners broadcast, never doctors', async () => {
    const doctor = clientAs(server, 'staff:doctor');
    for (const call of [() => doctor.staff.conversation.broadcasts.send.mutate({ text: 'Hello' }), () => doctor.staff.conversation.broadcasts.list.query(), () => doctor.staff.conversation.broadcasts.audience.query()]) {
      const error = await call().then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCClientError);
      expect((error as { data?: { code?: string } }).data?.code).toBe('FORBIDDEN');
    }
    expect(await receptionist().staff.conversation.broadcasts.audience.query()).toEqual({ recipients: 2, optedOut: 0 });
    expect(await clientAs(server, 'staff:owner').staff.conversation.broadcasts.list.query()).toEqual([]);
    const tooLong = await receptionist()
      .staff.conversation.broadcasts.send.mutate({ text: 'x'.repeat(1001) })
      .then(() => undefined, (e: unknown) => e as { data?: { code?: string } });
    expect(tooLong?.data?.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(tooLong?.data)).toContain('must be at most 1000 characters');
  });

  it('sends the clinic_update template to every patient who agreed, with the text as its body, and counts them', async () => {
    const text = 'We are closed on Friday for the holiday. Happy Eid!';
    const sent = await receptionist().staff.conversation.broadcasts.send.mutate({ text });
    expect(sent).toMatchObject({ audience: 2, queued: 2, language: 'en', createdBy: 'usr_receptionist' });
    // One every 3 s: the second patient's turn comes 3 s after the first's.
    expect(new Date(sent.lastSendAt).getTime() - new Date(sent.firstSendAt).getTime()).toBe(3_000);
    await until('both templates', () => graph.calls.filter((c) => c.status === 200 && c.template?.bodyParameters[0] === text).length, (n) => n === 2);
    for (const phone of [amal, badr]) {
      expect(to(phone).map((c) => ({ type: c.type, template: c.template }))).toEqual([{ type: 'template', template: { name: 'clinic_update', language: 'en', bodyParameters: [text] } }]);
    }
    expect(await until('counters', () => broadcast(sent.id), (b) => b.sent === 2)).toMatchObject({ skipped: 0, sent: 2, failed: 0 });
  });

  it('confirms a STOP, withdraws the consent as the patient, and leaves them out of the next broadcast; START brings them back', async () => {
    await patientSays(badr, 'STOP');
    const confirmation = await until('the STOP confirmation', () => to(badr).filter((c) => c.type === 'text'), (calls) => calls.length === 1);
    expect(confirmation[0]!.text).toMatch(/START/);
    expect(confirmation[0]!.text).toMatch(/[\u0600-\u06FF]/); // Arabic: Badr never wrote before
    expect(await marketingOf(badr)).toMatchObject({ granted: false, changedBy: expect.stringMatching(/^patient:pat_/) });
    expect(await receptionist().staff.conversation.broadcasts.audience.query()).toEqual({ recipients: 1, optedOut: 0 });
    // A second STOP changes nothing and is confirmed again.
    await patientSays(badr, 'stop');
    await until('the second confirmation', () => to(badr).filter((c) => c.type === 'text').length, (n) => n === 2);

    const second = await receptionist().staff.conversation.broadcasts.send.mutate({ text: 'New evening hours from Sunday.' });
    expect(second.audience).toBe(1);
    await until('the second broadcast', () => broadcast(second.id), (b) => b.sent === 1);
    expect(to(amal).map((c) => c.template?.bodyParameters[0])).toContain('New evening hours from Sunday.');
    expect(to(badr).map((c) => c.template?.bodyParameters[0])).not.toContain('New evening hours from Sunday.');

    await patientSays(badr, 'START');
    const started = await until('the START confirmation', () => to(badr).filter((c) => c.type === 'text'), (calls) => calls.length === 3);
    expect(started[2]!.text).toMatch(/STOP/);
    expect(await marketingOf(badr)).toMatchObject({ granted: true, changedBy: expect.stringMatching(/^patient:pat_/) });
    const third = await receptionist().staff.conversation.broadcasts.send.mutate({ text: 'Free check-ups this Saturday.' });
    expect(third.audience).toBe(2);
    await until('the third broadcast', () => to(badr).filter((c) => c.template?.bodyParameters[0] === 'Free check-ups this Saturday.').length, (n) => n === 1, 20_000);
  });

  it('skips a patient who sends STOP after the broadcast was queued, at their turn', async () => {
    const queued = await receptionist().staff.conversation.broadcasts.send.mutate({ text: 'Last call for flu shots.' });
    expect(queued.audience).toBe(2);
    // Amal's turn comes first, Badr's 3 s later: his STOP lands in between.
    await patientSays(badr, 'إلغاء الاشتراك');
    await until('the STOP confirmation', () => to(badr).filter((c) => c.type === 'text').length, (n) => n === 4);
    const done = await until('both turns', () => broadcast(queued.id), (b) => b.sent + b.skipped === 2, 25_000);
    expect(done).toMatchObject({ sent: 1, skipped: 1, failed: 0 });
    expect(to(amal).map((c) => c.template?.bodyParameters[0])).toContain('Last call for flu shots.');
    expect(to(badr).map((c) => c.template?.bodyParameters[0])).not.toContain('Last call for flu shots.');
    // Newest first, with the counters.
    expect((await receptionist().staff.conversation.broadcasts.list.query()).map((b) => b.text)).toEqual([
      'Last call for flu shots.',
      'Free check-ups this Saturday.',
      'New evening hours from Sunday.',
      'We are closed on Friday for the holiday. Happy Eid!',
    ]);
  });
});
