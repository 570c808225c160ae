import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KERNEL_TOKENS, clinicId as toClinicId, type TenantGuard } from '@frontdesk/shared-kernel';
import { uniqueClinicId } from '@frontdesk/shared-kernel/testing';
import { CONVERSATION_TOKENS, signPayload, whatsappTextWebhook, type WhatsAppNumbers } from '@frontdesk/conversation/server';
import { TENANCY_TOKENS, type RegisterClinic, type SuspendClinic } from '@frontdesk/tenancy/server';
import { DEMO_WHATSAPP } from '../src/platform';
import { startTestServer, type TestServer } from './support';

const APP_SECRET = 'test-app-secret-0123456789abcdef';
const VERIFY_TOKEN = 'verify-token-0123456789';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

let counter = 0;
function envelope(phoneNumberId: string, from: string, text: string, id = `wamid.E2E${Date.now()}${++counter}`) {
  return { body: whatsappTextWebhook({ phoneNumberId, displayNumber: '+201000000001', from, text, id, sentAt: new Date(), profileName: 'Patient' }), id };
}

describe('the WhatsApp webhook on the real server', () => {
  let server: TestServer;
  const post = (body: string, signature?: string) =>
    fetch(`${server.baseUrl}/webhooks/meta`, { method: 'POST', headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) }, body });
  const redis = () => server.platform.redis;
  const demo = toClinicId('demo-clinic');
  const seenKey = (clinic: string, id: string) => `t:{${clinic}}:inbound-seen:${sha256(id)}`;
  const simulatorMessages = async (phone: string) =>
    ((await (await fetch(`${server.baseUrl}/dev/whatsapp/messages?phone=${encodeURIComponent(phone)}`)).json()) as { messages: { direction: string; text: string }[] }).messages;
  async function repliesTo(phone: string, count: number) {
    for (let i = 0; i < 100; i++) {
      const out = (await simulatorMessages(phone)).filter((m) => m.direction === 'out');
      if (out.length >= count) return out;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no reply to ${phone}`);
  }

  beforeAll(async () => {
    server = await startTestServer({ env: { META_APP_SECRET: APP_SECRET, META_VERIFY_TOKEN: VERIFY_TOKEN } });
  });
  afterAll(() => server.close());

  it('echoes the challenge only for the right verify token', async () => {
    const wrong = await fetch(`${server.baseUrl}/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=c-123`);
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).not.toContain('c-123');
    const right = await fetch(`${server.baseUrl}/webhooks/meta?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=c-123`);
    expect(right.status).toBe(200);
    expect(await right.text()).toBe('c-123');
  });

  it('answers a forged or missing signature with 401 and reads or writes nothing in Redis', async () => {
    const phone = '+201112223301';
    const { body, id } = envelope(DEMO_WHATSAPP.phoneNumberId, phone, 'عايز أحجز 🦷');
    // Every command the server's Redis connection sends while the forged POSTs run (the bench's MONITOR idea):
    // other test files share this redis-server, so only this connection's commands are counted.
    const app = redis() as Redis;
    const appSource = /\baddr=(\S+)/.exec(String(await app.call('CLIENT', 'INFO')))?.[1];
    expect(appSource).toMatch(/:\d+$/);
    const monitor = await app.duplicate().monitor();
    const seen: string[][] = [];
    monitor.on('monitor', (_time: string, args: string[], source: string) => void (source === appSource && seen.push(args)));
    try {
      expect((await post(body)).status).toBe(401);
      expect((await post(body, signPayload(body, 'another-secret-0123456789'))).status).toBe(401);
      // One byte changed after signing.
      expect((await post(body.replace('WABA', 'WABB'), signPayload(body, APP_SECRET))).status).toBe(401);
      // The test's own probe, on the same connection: proves the monitor sees that connection.
      expect(await app.exists(seenKey('demo-clinic', id))).toBe(0);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      monitor.disconnect();
    }
    expect(seen).toEqual([['exists', seenKey('demo-clinic', id)]]);
    const conversations = await server.platform.container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard).run(
      { clinicId: demo, actor: { kind: 'system', id: 'test' }, requestId: 'test' },
      () => redis().zrange('t:{demo-clinic}:conversations', '0', '-1'),
    );
    const lines = await redis().keys('t:{demo-clinic}:conv-lines:*');
    expect(conversations.length).toBe(lines.length);
    expect(await simulatorMessages(phone)).toEqual([]);
  });

  it('verifies the raw bytes (Arabic and emoji as Meta escapes them), answers with the offline receptionist, and ignores a redelivery', async () => {
    const phone = '+201112223302';
    const { body, id } = envelope(DEMO_WHATSAPP.phoneNumberId, phone, 'السلام عليكم 👋');
    expect(body).toContain('\\u0627');
    const first = await post(body, signPayload(body, APP_SECRET));
    expect(first.status).toBe(200);
    expect(await redis().exists(seenKey('demo-clinic', id))).toBe(1);
    const replies = await repliesTo(phone, 1);
    expect(replies[0]!.text).toMatch(/[\u0600-\u06FF]/);
    const again = await post(body, signPayload(body, APP_SECRET));
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect((await simulatorMessages(phone)).filter((m) => m.direction === 'out')).toHaveLength(replies.length);
  });

  it("routes by phone-number id: clinic A's number never writes into clinic B", async () => {
    const clinicB = uniqueClinicId('wa-b');
    const { container } = server.platform;
    const guard = container.get<TenantGuard>(KERNEL_TOKENS.TenantGuard);
    await container.get<RegisterClinic>(TENANCY_TOKENS.RegisterClinic).execute({ clinicId: clinicB, name: 'Clinic B', timezone: 'Africa/Cairo' }, { kind: 'system', id: 'test' }, 'test');
    const numbers = container.get<WhatsAppNumbers>(CONVERSATION_TOKENS.WhatsAppNumbers);
    await guard.run({ clinicId: toClinicId(clinicB), actor: { kind: 'system', id: 'test' }, requestId: 'test' }, async () => {
      await expect(numbers.assign(toClinicId(clinicB), DEMO_WHATSAPP)).rejects.toMatchObject({ code: 'CONVERSATION.WHATSAPP_NUMBER_TAKEN' });
      await numbers.assign(toClinicId(clinicB), { phoneNumberId: '200000000000002', displayNumber: '+201000000002' });
    });
    const phone = '+201112223303';
    const { body, id } = envelope('200000000000002', phone, 'Hello');
    expect((await post(body, signPayload(body, APP_SECRET))).status).toBe(200);
    expect(await redis().exists(seenKey(clinicB, id))).toBe(1);
    expect(await redis().exists(seenKey('demo-clinic', id))).toBe(0);
    await repliesTo(phone, 1);
    // A suspended clinic's AI does not answer: the patient is told to call.
    await container.get<SuspendClinic>(TENANCY_TOKENS.SuspendClinic).execute({ clinicId: clinicB, reason: 'Unpaid invoice' }, { kind: 'operator', id: 'op_test' }, 'test');
    // The pipeline reads the catalog through a 1 s per-process cache (documented staleness).
    await new Promise((r) => setTimeout(r, 1_100));
    const paused = envelope('200000000000002', phone, 'Hello again');
    expect((await post(paused.body, signPayload(paused.body, APP_SECRET))).status).toBe(200);
    expect((await repliesTo(phone, 2))[1]!.text).toMatch(/paused for now/);
    // An unknown number is acknowledged (Meta would retry otherwise) and stored nowhere.
    const stray = envelope('999999999999999', phone, 'Hello');
    expect((await post(stray.body, signPayload(stray.body, APP_SECRET))).status).toBe(200);
    expect(await redis().keys(`t:*:inbound-seen:${sha256(stray.id)}`)).toEqual([]);
  });
});

describe('without an app secret', () => {
  it('refuses every webhook POST (fail closed)', async () => {
    const server = await startTestServer({ env: { WHATSAPP_SIMULATOR: 'false' } });
    try {
      const { body } = envelope(DEMO_WHATSAPP.phoneNumberId, '+201112223304', 'Hello');
      const unsigned = await fetch(`${server.baseUrl}/webhooks/meta`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(unsigned.status).toBe(401);
      const signed = await fetch(`${server.baseUrl}/webhooks/meta`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signPayload(body, '') }, body });
      expect(signed.status).toBe(401);
      expect((await fetch(`${server.baseUrl}/dev/whatsapp`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
